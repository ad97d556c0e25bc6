// Supporting documents on a customer file: attach PDFs and images by the file chooser and by
// drag and drop (on the Documents section or on an invoice's row), refuse a file that is not
// what its name says and a picture over the pixel budget (the image bomb), open them in the app's
// own viewer, keep them across a reload, remove one.
import type { JSHandle, Locator, Page } from '@playwright/test';
import { addDays } from '../../shared/dates/calendar';
import { expect, test } from './fixtures';
import { pngBomb } from '../fixtures/images/crafted-images';
import { createCustomerWithInvoice } from './support/app-steps';
import { dumpDatabase } from './support/database-dump';
import { officeToday } from './support/demo-expectations';
import { pdfFile, pngFile, textRenamedAsPdf, type TestFile } from './support/document-files';

const sentence = 'Harbor Point agrees to pay every invoice within thirty days.';

function documentsRegion(page: Page): Locator {
  return page.getByRole('region', { name: 'Documents', exact: true });
}

/** A DataTransfer in the page holding `file`, as the OS hands one over in a drag. */
function dataTransferWith(page: Page, file: TestFile): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
  );
}

async function dragOver(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
}

async function drop(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
  await target.dispatchEvent('drop', { dataTransfer });
}

/** How many of the canvas's pixels are dark (text and lines), read back from the page. */
function darkPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark += 1;
    return dark;
  });
}

test('documents are attached, refused, viewed, dropped, kept across a reload and removed', async ({ app }, testInfo) => {
  const today = officeToday();
  const page = await app.launch();
  // pdf.js must work under the app's CSP: any refusal would show in the console.
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`));
  // Screenshots for a person to look at, kept in the test's output folder and the report.
  const snapshot = async (target: Page | Locator, name: string) => {
    const path = testInfo.outputPath(`${name.replace(/ /g, '-')}.png`);
    await target.screenshot({ path });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  };
  await createCustomerWithInvoice(page, {
    name: 'Harbor Point Dental Group',
    invoiceNumber: 'DOC-1001',
    amount: '2,450.00',
    issueDate: addDays(today, -75),
    dueDate: addDays(today, -45),
  });
  const region = documentsRegion(page);
  await expect(region.getByText('No documents yet.')).toBeVisible();

  // "Attach files…" opens the OS chooser; a PDF for the account and a PNG for the invoice.
  const agreement = await pdfFile('Signed agreement.pdf', sentence);
  const delivery = pngFile('delivery-note.png');
  const chooser = page.waitForEvent('filechooser');
  await region.getByRole('button', { name: 'Attach files…' }).click();
  await (await chooser).setFiles([agreement, delivery]);

  const attach = page.getByRole('dialog', { name: 'Attach documents' });
  await expect(attach.getByRole('combobox', { name: 'Type of Signed agreement.pdf' })).toBeFocused();
  await expect(attach.getByRole('combobox', { name: 'Type of Signed agreement.pdf' })).toHaveValue('signed-agreement');
  await expect(attach.getByRole('combobox', { name: 'Invoice for Signed agreement.pdf' }).locator('option:checked')).toHaveText(
    'Whole account',
  );
  await attach.getByRole('combobox', { name: 'Type of delivery-note.png' }).selectOption({ label: 'Proof of delivery' });
  await attach.getByRole('combobox', { name: 'Invoice for delivery-note.png' }).selectOption({ label: 'DOC-1001' });
  await snapshot(attach, 'attach dialog');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  await expect(region.getByRole('status')).toHaveText('Attached 2 documents.');

  const attached = region.getByRole('list', { name: 'Attached documents' });
  await expect(attached.getByRole('listitem')).toHaveCount(2);
  await expect(attached.getByRole('listitem', { name: 'Signed agreement.pdf' })).toContainText('Signed agreement');
  await expect(attached.getByRole('listitem', { name: 'Signed agreement.pdf' })).toContainText('Whole account');
  await expect(attached.getByRole('listitem', { name: 'delivery-note.png' })).toContainText('Proof of delivery');
  await expect(attached.getByRole('listitem', { name: 'delivery-note.png' })).toContainText('Invoice DOC-1001');
  await expect(attached.getByRole('listitem', { name: 'delivery-note.png' })).toContainText(/Added .+\d{4}/);
  await expect(attached.getByRole('listitem', { name: 'Signed agreement.pdf' })).toContainText(/\d(\.\d)? KB/);

  // The invoice row counts its document; the paperclip opens its own list.
  const invoices = page.getByRole('table', { name: 'Invoices' });
  await expect(invoices.getByRole('button', { name: '1 document for invoice DOC-1001' })).toBeVisible();

  // A text file renamed .pdf is refused with the reason, and nothing is attached.
  await page.getByLabel('Files to attach').setInputFiles([textRenamedAsPdf('Payment plan.pdf')]);
  await expect(attach.getByRole('alert')).toContainText(
    'Payment plan.pdf is named as a PDF, but its contents are not a PDF, PNG or JPEG file.',
  );
  await expect(attach.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
  await snapshot(attach, 'attach refused');
  await attach.getByRole('button', { name: 'Cancel' }).click();
  await expect(attach).toBeHidden();
  await expect(attached.getByRole('listitem')).toHaveCount(2);

  // The image bomb: a real 16,000 × 16,000 PNG packed into 750 KB is refused by its header, before
  // anything decodes it, and nothing is stored.
  await page
    .getByLabel('Files to attach')
    .setInputFiles([{ name: 'site-photo.png', mimeType: 'image/png', buffer: Buffer.from(pngBomb()) }]);
  await expect(attach.getByRole('alert')).toContainText(
    'site-photo.png is 16,000 × 16,000 pixels (256 megapixels); Call Desk accepts pictures up to 40 megapixels. Save a smaller copy and attach that.',
  );
  await expect(attach.getByRole('button', { name: 'Attach', exact: true })).toBeDisabled();
  await attach.getByRole('button', { name: 'Cancel' }).click();
  await expect(attach).toBeHidden();
  await expect(attached.getByRole('listitem')).toHaveCount(2);
  const stored = await dumpDatabase(page);
  expect((stored.documents as { fileName: string }[]).map((d) => d.fileName)).not.toContain('site-photo.png');
  expect(stored.documentFiles).toHaveLength(stored.documents!.length);

  // The PDF opens in the app: its page drawn by pdf.js, its text there to select and copy.
  await region.getByRole('button', { name: 'Open Signed agreement.pdf' }).click();
  const viewer = page.getByRole('dialog', { name: 'Signed agreement.pdf' });
  const firstPage = viewer.getByRole('img', { name: 'Page 1 of 1' });
  await expect(firstPage).toBeVisible();
  await expect.poll(() => darkPixels(firstPage), { timeout: 15_000 }).toBeGreaterThan(500);
  await expect(viewer.getByText(sentence)).toBeAttached();
  await snapshot(page, 'pdf viewer');
  await expect(viewer.getByRole('region', { name: 'Pages of Signed agreement.pdf' })).toBeFocused();
  const fitted = (await firstPage.boundingBox())!.width;
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(async () => (await firstPage.boundingBox())!.width).toBeGreaterThan(fitted);
  await page.keyboard.press('0'); // back to fit width, from the keyboard
  await expect(viewer.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await firstPage.boundingBox())!.width).toBe(fitted);
  const pages = viewer.getByRole('region', { name: 'Pages of Signed agreement.pdf' });
  await pages.press('+');
  await expect(viewer.getByLabel('Zoom level')).toHaveText(/^\d+%$/);
  await expect(viewer.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false');
  // Zoomed in, the page is taller than the view: once it is drawn again at the new size (its
  // canvas as many pixels wide as it is shown, which a loaded machine takes its time over), the
  // keyboard scrolls it.
  await expect.poll(() => pages.evaluate((el) => el.scrollHeight > el.clientHeight), { timeout: 30_000 }).toBe(true);
  await expect
    .poll(
      () =>
        firstPage.evaluate(
          (canvas: HTMLCanvasElement) => Math.abs(canvas.width - canvas.getBoundingClientRect().width * devicePixelRatio) <= 2,
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  await pages.press('End');
  await expect.poll(() => pages.evaluate((el) => el.scrollTop), { timeout: 30_000 }).toBeGreaterThan(0);
  await pages.press('0');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // The image opens fitted, named by its file name.
  await region.getByRole('button', { name: 'Open delivery-note.png' }).click();
  const imageViewer = page.getByRole('dialog', { name: 'delivery-note.png' });
  const picture = imageViewer.getByRole('img', { name: 'delivery-note.png' });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(240);
  await snapshot(page, 'image viewer');
  await imageViewer.getByRole('button', { name: 'Close' }).click();

  // A file dragged over the section lights it up; dropped, it goes to the attach dialog.
  const letter = await pdfFile('Letter to customer.pdf', 'We wrote on the first of the month.');
  const letterDrag = await dataTransferWith(page, letter);
  await dragOver(region, letterDrag);
  await expect(region.getByText('Drop the files to attach them to this account')).toBeVisible();
  await snapshot(region, 'drop highlight');
  await drop(region, letterDrag);
  await expect(attach.getByRole('combobox', { name: 'Type of Letter to customer.pdf' })).toHaveValue('correspondence');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  await expect(region.getByText('Drop the files to attach them to this account')).toBeHidden();

  // Dropped on an invoice's row, a file is meant for that invoice; its list opens after.
  const invoiceRow = invoices.getByRole('row', { name: /DOC-1001/ }).first();
  const po = await pdfFile('PO-5521.pdf', 'Purchase order 5521 for dental supplies.');
  const poDrag = await dataTransferWith(page, po);
  await dragOver(invoiceRow, poDrag);
  await drop(invoiceRow, poDrag);
  await expect(attach.getByRole('combobox', { name: 'Invoice for PO-5521.pdf' }).locator('option:checked')).toHaveText('DOC-1001');
  await expect(attach.getByRole('combobox', { name: 'Type of PO-5521.pdf' })).toHaveValue('purchase-order');
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  const toggle = invoices.getByRole('button', { name: '2 documents for invoice DOC-1001' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const invoiceList = invoices.getByRole('list', { name: 'Documents for invoice DOC-1001' });
  await expect(invoiceList.getByRole('listitem')).toHaveCount(2);
  await snapshot(page.getByRole('region', { name: 'Invoices' }), 'invoice documents');
  await toggle.click();
  await expect(invoiceList).toBeHidden();

  // A file dropped anywhere else is not opened in place of the app: it goes to Import (which
  // refuses a PDF and changes nothing), and Back returns to the account.
  const stray = await dataTransferWith(page, letter);
  const heading = page.getByRole('heading', { level: 1, name: 'Harbor Point Dental Group' });
  const strayDrop = await heading.evaluate((element, transfer) => {
    const over = new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true });
    const dropped = new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true });
    element.dispatchEvent(over);
    element.dispatchEvent(dropped);
    return { overTaken: over.defaultPrevented, dropStopped: dropped.defaultPrevented };
  }, stray);
  expect(strayDrop).toEqual({ overTaken: true, dropStopped: true });
  const importScreen = page.getByRole('main', { name: 'Import from your books' });
  await expect(importScreen.getByRole('alert')).toContainText('“Letter to customer.pdf” is a PDF document', { timeout: 30_000 });
  await page.goBack();
  await expect(heading).toBeVisible();

  // Everything is still there after a reload (newest first).
  await page.reload();
  await expect(attached.getByRole('listitem')).toHaveCount(4);
  await expect(attached.getByRole('button', { name: /^Open / })).toHaveText([
    'PO-5521.pdf',
    'Letter to customer.pdf',
    'delivery-note.png',
    'Signed agreement.pdf',
  ]);
  await snapshot(region, 'documents section');

  // Removing asks first, then takes the document and its file away.
  await region.getByRole('button', { name: 'Remove delivery-note.png' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove document' });
  await expect(confirm).toContainText('Remove delivery-note.png from this account?');
  await confirm.getByRole('button', { name: 'Remove document' }).click();
  await expect(confirm).toBeHidden();
  await expect(region.getByRole('status')).toHaveText('Removed delivery-note.png.');
  await expect(attached.getByRole('listitem')).toHaveCount(3);
  await expect(region.getByRole('button', { name: 'Open delivery-note.png' })).toHaveCount(0);
  await expect(invoices.getByRole('button', { name: '1 document for invoice DOC-1001' })).toBeVisible();
  await page.reload();
  await expect(attached.getByRole('listitem')).toHaveCount(3);
  expect(consoleLines.filter((line) => /Content Security Policy|Refused to/i.test(line))).toEqual([]);
});
