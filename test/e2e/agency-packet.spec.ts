// The agency packet and the customer statement, end to end: documents attached through the
// app, "Export for agency…" saves through main's save dialog, and the PDF Chromium's print
// engine wrote is read back with pdf.js: every invoice number and call note of the account is
// in it, and so is the text of the appended PDF. Page 1 becomes the README's example image.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { waitForMain } from './support/main-state';
import { openCustomerBySearch } from './support/app-steps';
import { anchorExpectations, officeToday } from './support/demo-expectations';
import { pdfFile, pngFile } from './support/document-files';
import { readStoredAccount } from './support/stored-records';
import { screenshotPath } from './support/screenshots';
import { drawEveryPage, pdfPageCount, pdfText as readPdfText } from '../support/pdf-reading';
import { findOnPath } from '../support/find-on-path';

const appendedSentence = 'Harbor Point Dental Group agrees to pay each invoice within thirty days of receipt.';

/** The PDF's text, with whitespace runs made single spaces. */
async function pdfText(file: string): Promise<string> {
  return flat(await readPdfText(file));
}

/** Compatibility forms folded (a font's "ﬁ" ligature is "fi") and whitespace runs made one space. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

const pdftoppm = findOnPath('pdftoppm');

/**
 * Renders pages to PNG with poppler's pdftoppm, to look at them (README's example page, or
 * KEEP_EXPORTS=1). Every page is drawn with pdf.js either way, so a page that cannot be drawn
 * fails the test on a machine without poppler too. Returns how many pages were drawn.
 */
async function renderPages(
  file: string,
  prefix: string,
  opts: { first: number; last: number; dpi: number; single?: boolean },
): Promise<number> {
  const drawn = await drawEveryPage(file);
  if (pdftoppm === null) return Math.min(drawn, opts.last) - opts.first + 1;
  mkdirSync(path.dirname(prefix), { recursive: true });
  const args = [
    '-png',
    '-r',
    String(opts.dpi),
    '-f',
    String(opts.first),
    '-l',
    String(opts.last),
    ...(opts.single ? ['-singlefile'] : []),
    file,
    prefix,
  ];
  execFileSync(pdftoppm, args);
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return readdirSync(dir).filter((name) => name.startsWith(base) && name.endsWith('.png')).length;
}

/**
 * A folder of our own for the files main writes: Playwright empties test-results when any run
 * starts, and other runs may start while this one is reading its PDFs.
 */
function workFolder(name: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), `call-desk-${name}-`));
  folders.push(folder);
  return folder;
}
const folders: string[] = [];

// KEEP_EXPORTS=1 keeps the PDFs and their page images, to look at them.
test.afterEach(() => {
  if (!process.env.KEEP_EXPORTS) for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  else for (const folder of folders.splice(0)) console.info(`[agency-packet] kept ${folder}`);
});

/** The office as Settings names it: the packet's header and sign-off come from here. */
async function nameTheOffice(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Company name' }).fill('Bayline Mechanical Services');
  await settings.getByRole('textbox', { name: 'Your name' }).fill('Jordan Reyes');
  await settings.getByRole('textbox', { name: 'Callback number' }).fill('(415) 555-0100');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Customers' }).click();
}

async function openAnchor(page: Page): Promise<void> {
  await openCustomerBySearch(page, 'Harbor Point');
}

test('the agency packet holds the whole account and its documents, and page 1 renders as a professional document', async ({
  app,
  host,
}) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  await nameTheOffice(page);
  await openAnchor(page);

  // Two supporting documents through the documents UI: a signed agreement (PDF) and a delivery photo (PNG).
  const agreement = await pdfFile('Signed service agreement.pdf', appendedSentence);
  const delivery = pngFile('Delivery note photo.png', 480, 320);
  await page.getByLabel('Files to attach').setInputFiles([agreement, delivery]);
  const attach = page.getByRole('dialog', { name: 'Attach documents' });
  await attach.getByRole('combobox', { name: 'Type of Delivery note photo.png' }).selectOption({ label: 'Proof of delivery' });
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  const documents = page.getByRole('region', { name: 'Documents', exact: true });
  await expect(documents.getByRole('button', { name: 'Open Signed service agreement.pdf' })).toBeVisible();

  // Export for agency: main asks where to save, suggesting the account's name.
  const folder = workFolder('packet');
  const saveAs = path.join(folder, 'Harbor Point packet.pdf');
  host.dialogs.queueSavePath(saveAs);
  await page.getByRole('button', { name: 'Export for agency…' }).click();
  const saved = page.getByRole('status').filter({ hasText: 'Agency packet saved' });
  await expect(saved).toContainText('Harbor Point packet.pdf', { timeout: 30_000 });
  const asked = host.dialogs.asked.at(-1);
  expect(asked?.kind).toBe('save');
  expect(asked?.defaultName).toMatch(new RegExp(`^${demoAnchorCustomerName} - .* - agency packet - ${officeToday()}\\.pdf$`));
  const pages = await pdfPageCount(saveAs);
  await expect(saved).toContainText(`(${pages} pages)`);
  expect(pages).toBeGreaterThan(3);

  // Everything the account has on file is in the text: every invoice number, every call note.
  const text = await pdfText(saveAs);
  const stored = await readStoredAccount(page, demoAnchorCustomerName);
  expect(stored.invoices.length).toBeGreaterThan(0);
  expect(stored.calls.length).toBeGreaterThan(0);
  for (const invoice of stored.invoices) expect(text).toContain(invoice.number);
  for (const call of stored.calls) if (call.note.trim()) expect(text).toContain(flat(call.note));
  // The summary an agency reads first, the company header, page numbers, the appended PDF's text.
  for (const heading of [
    'Placement summary',
    'Invoice ledger',
    'Payments',
    'Promises to pay',
    'Disputes',
    'Call log',
    'Attached documents',
  ]) {
    expect(text).toContain(heading);
  }
  // Subheadings are set in capitals by the stylesheet, so the text has them in capitals.
  expect(text.toLowerCase()).toContain('documented reason for non-payment');
  // Page numbers count the file's own pages; the attached documents follow them.
  const ownPages = Number(/Page 1 of (\d+)/.exec(text)?.[1]);
  expect(ownPages).toBeGreaterThan(1);
  expect(ownPages).toBeLessThan(pages);
  expect(text).toContain(`Page ${ownPages} of ${ownPages}`);
  expect(text).toContain(appendedSentence);
  expect(text).toContain('Attachment: Delivery note photo.png');
  expect(text).toContain(anchorExpectations().money(anchorExpectations().aging.totalDueMinor));
  expect(text).toContain('Bayline Mechanical Services');
  expect(text).toContain('Prepared by Jordan Reyes');

  // Page 1 for the README (when asked for); the rest looked at while working on the template.
  const example = screenshotPath('agency-packet-page1');
  if ((await renderPages(saveAs, example, { first: 1, last: 1, dpi: 80, single: true })) === 1 && pdftoppm !== null) {
    expect(statSync(`${example}.png`).size).toBeGreaterThan(20_000);
  }
  expect(await renderPages(saveAs, path.join(folder, 'pages', 'page'), { first: 1, last: pages, dpi: 60 })).toBe(pages);

  // "Show in folder" goes to main with the saved file.
  await saved.getByRole('button', { name: 'Show in folder' }).click();
  await expect.poll(() => host.shownInFolder.at(-1), waitForMain).toBe(saveAs);
});

test('the statement lists the open invoices and the total; a cancelled save writes nothing', async ({ app, host }) => {
  const page = await app.launch();
  await openAnchor(page);
  const expected = anchorExpectations();

  // The user cancels the save dialog: no file, no message.
  host.dialogs.queueSavePath(null);
  await page.getByRole('button', { name: 'Statement PDF…' }).click();
  await expect.poll(() => host.dialogs.asked.length, waitForMain).toBe(1);
  await expect(page.getByRole('button', { name: 'Statement PDF…' })).toBeEnabled();
  await expect(page.getByText(/Statement saved|was not saved/)).toHaveCount(0);

  const folder = workFolder('statement');
  const saveAs = path.join(folder, 'statement.pdf');
  host.dialogs.queueSavePath(saveAs);
  await page.getByRole('button', { name: 'Statement PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Statement saved' })).toContainText('statement.pdf', { timeout: 30_000 });
  expect(host.dialogs.asked.at(-1)?.defaultName).toMatch(/ - statement - \d{4}-\d{2}-\d{2}\.pdf$/);

  const text = await pdfText(saveAs);
  expect(text).toContain('Statement of account');
  for (const invoice of expected.openInvoices) expect(text).toContain(invoice.number);
  expect(text).toContain(expected.money(expected.aging.totalDueMinor));
  expect(await renderPages(saveAs, path.join(folder, 'pages', 'statement'), { first: 1, last: 1, dpi: 60, single: true })).toBe(1);
});

test('a packet export shows its progress in the window that asked, from the save dialog to the saved file', async ({ app, host }) => {
  test.setTimeout(120_000);
  const page = await app.launch();
  await openAnchor(page);
  // One attached document, so main has documents to add after printing.
  await page.getByLabel('Files to attach').setInputFiles([await pdfFile('Signed service agreement.pdf', appendedSentence)]);
  const attach = page.getByRole('dialog', { name: 'Attach documents' });
  await attach.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(attach).toBeHidden();
  // Main's progress events as this window receives them, beside the app's own listener.
  await page.evaluate(() => {
    const seen: unknown[] = [];
    (window as unknown as { exportSteps: unknown[] }).exportSteps = seen;
    window.callDesk!.on('export:progress', (step) => seen.push(step));
  });

  // The user takes their time in the save dialog: the bar says what the export waits for.
  const dialog = host.dialogs.holdSaveDialog();
  await page.getByRole('button', { name: 'Export for agency…' }).click();
  const bar = page.getByRole('progressbar', { name: 'Preparing the agency packet' });
  await expect(bar).toHaveAttribute('aria-valuetext', 'Waiting for you to choose where to save it', { timeout: 30_000 });
  await expect(bar).toHaveJSProperty('value', 20);
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the agency packet' })).toHaveText(
    'Preparing the agency packet: waiting for you to choose where to save it…',
  );
  await page.screenshot({ path: test.info().outputPath('packet-progress-page.png') });

  const saveAs = path.join(workFolder('progress'), 'Harbor Point packet.pdf');
  dialog.answer(saveAs);
  await expect(page.getByRole('status').filter({ hasText: 'Agency packet saved' })).toContainText('Harbor Point packet.pdf', {
    timeout: 30_000,
  });
  await expect(bar).toHaveCount(0);

  // Main reported every stage of this export, under one id, before its reply.
  const steps = (await page.evaluate(() => (window as unknown as { exportSteps: unknown[] }).exportSteps)) as {
    progressId: string;
    stage: string;
    done: number;
    total: number;
  }[];
  expect(steps.map(({ stage, done, total }) => `${stage} ${done}/${total}`)).toEqual([
    'printing 0/0',
    'adding-documents 0/1',
    'adding-documents 1/1',
    'saving 0/0',
  ]);
  expect(new Set(steps.map((step) => step.progressId)).size).toBe(1);
});
