// Import from the books, end to end: a QuickBooks Online A/R Aging Detail export brought into a
// new install (customers, invoices and balances as the file has them, its TOTAL row checked),
// and a PDF renamed .csv refused with nothing changed. main's open dialog is answered by the
// test host; the file is read, interpreted and matched in the import worker.
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { dumpDatabase } from './support/database-dump';
import { completeSetup, e2eOffice } from './support/first-run-setup';
import { expectStoredBooks, qboExpected, qboWeek1 as week1 } from './support/import-steps';
import { screenshotPath } from './support/screenshots';

// The Monday after the report's date, mid-morning in Chicago.
test.use({ now: '2026-11-24T16:00:00.000Z' });

const expected = qboExpected()['2026-11-23'];

test('a QuickBooks Online aging report imports into a new install with its customers and balances', async ({ app, host }, testInfo) => {
  const page = await app.launch({ firstRun: 'show' });
  await completeSetup(page, e2eOffice, 'own');
  await page.getByRole('link', { name: 'Import from QuickBooks, Xero or a spreadsheet' }).click();
  const screen = page.getByRole('main', { name: 'Import from your books' });
  await expect(screen.getByRole('heading', { name: 'Import history' })).toBeVisible();
  await expect(screen.getByText('No imports yet.')).toBeVisible();

  host.dialogs.queueOpenPath(week1);
  await screen.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(screen.getByRole('heading', { name: 'Recognised: QuickBooks Online — A/R Aging Detail' })).toBeVisible({ timeout: 30_000 });
  expect(host.dialogs.asked.at(-1)).toEqual({ kind: 'open', title: 'Import from your books' });
  // The preset's columns, each with values from the file.
  await expect(screen.getByRole('combobox', { name: 'Invoice number' })).toHaveValue(/\d+/);
  await expect(screen.getByRole('row', { name: /^Invoice number/ })).toContainText('1041 · 1043 · 1044');
  await expect(screen.getByRole('radio', { name: /^Every open invoice/ })).toBeChecked();
  await page.screenshot({ path: screenshotPath('import-columns.png') });
  // Ctrl+I again and the dialog cancelled: the file under review stays, and previews below.
  const dialogsSoFar = host.dialogs.asked.length;
  await page.keyboard.press('Control+i');
  await expect.poll(() => host.dialogs.asked.length).toBe(dialogsSoFar + 1);
  await expect(screen.getByRole('heading', { name: 'Recognised: QuickBooks Online — A/R Aging Detail' })).toBeVisible();

  await screen.getByRole('button', { name: 'Preview import' }).click();
  await expect(screen.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
  const total = (expected.fileTotalMinor / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });
  await expect(screen.getByText(`The file’s total row says ${total}; the rows add up to ${total}.`)).toBeVisible();
  await expect(screen.getByText(/^New customers:/)).toContainText(String(expected.customers.length));
  await expect(screen.getByText(/^New invoices:/)).toContainText(String(expected.invoiceCount));
  await expect(screen.getByText(/^Credits on accounts:/)).toContainText('2');
  await screen.getByText(/^New customers:/).click(); // the list opens from the keyboard or a click
  await expect(screen.getByRole('listitem').filter({ hasText: 'Cedar Ridge Landscaping' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('import-preview.png') });
  // Nothing is stored before the user confirms.
  expect((await dumpDatabase(page)).invoices).toEqual([]);

  await screen.getByRole('button', { name: `Import ${expected.invoiceCount} invoices` }).click();
  await expect(screen.getByRole('heading', { name: 'Imported ar-aging-detail-2026-11-23.csv' })).toBeVisible({ timeout: 30_000 });
  await expect(screen.getByRole('link', { name: 'Acme Plumbing Supply' })).toBeVisible();
  const copyNote = screen.getByText(/^A copy of your data from just before the import is in the backups folder/);
  await expect(copyNote).toContainText(/\(before-import-\S+\.cdbackup\), listed in Settings → Backups as “Before import”/);
  const safetyCopy = /\((before-import-\S+\.cdbackup)\)/.exec((await copyNote.textContent()) ?? '')![1]!;
  // The history lists it, with the layout it was read as.
  await expect(screen.getByRole('row', { name: /^ar-aging-detail-2026-11-23\.csv/ })).toContainText('QuickBooks Online — A/R Aging Detail');
  await page.screenshot({ path: testInfo.outputPath('import-result.png'), fullPage: true });

  // What is stored: every customer with exactly the file's invoices and open balances.
  expectStoredBooks(await dumpDatabase(page), expected.customers);

  // The customer list shows them with their balances.
  await screen.getByRole('link', { name: 'Go to the customer list' }).click();
  await expect(page.getByText(`${expected.customers.length} accounts`)).toBeVisible();
  const acme = page.getByRole('option', { name: /Acme Plumbing Supply/ });
  await expect(acme).toContainText('$5,105.50');

  // Settings → Backups lists the safety copy as made before an import, and it opens to restore.
  await page.getByRole('link', { name: 'Settings' }).click();
  const beforeImport = page.getByRole('region', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Before import' });
  await expect(beforeImport).toHaveCount(1);
  await beforeImport.getByRole('button', { name: /^Restore the backup made before an import on / }).click();
  const restoreDialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(restoreDialog).toContainText(`${safetyCopy} is a backup made on`);
  await restoreDialog.getByRole('button', { name: 'Cancel' }).click();

  // Undo, from the history, after a confirmation: the install is empty again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await screen.getByRole('button', { name: 'Undo last import' }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo last import' });
  await expect(confirm).toContainText('ar-aging-detail-2026-11-23.csv');
  await confirm.getByRole('button', { name: 'Undo import' }).click();
  await expect(screen.getByRole('status').filter({ hasText: 'The import of ar-aging-detail-2026-11-23.csv was undone.' })).toBeVisible();
  await expect(screen.getByText('No imports yet.')).toBeVisible();
  const after = await dumpDatabase(page);
  expect([after.customers, after.invoices]).toEqual([[], []]);
});

test('a PDF renamed .csv is refused where the user looks, and nothing changes', async ({ app, host }, testInfo) => {
  const page = await app.launch({ firstRun: 'show' });
  await completeSetup(page, e2eOffice, 'own');
  const before = await dumpDatabase(page);
  const pdf = testInfo.outputPath('AR Aging.csv');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  await page.keyboard.press('Control+i');
  const screen = page.getByRole('main', { name: 'Import from your books' });
  await expect(screen).toBeVisible();
  // Ctrl+I asked main for a file at once: that first dialog was cancelled, so choose again.
  await expect.poll(() => host.dialogs.asked.length).toBe(1);
  host.dialogs.queueOpenPath(pdf);
  await screen.getByRole('button', { name: 'Choose a file…' }).click();
  const alert = screen.getByRole('alert');
  await expect(alert).toContainText('PDF', { timeout: 30_000 });
  await page.screenshot({ path: testInfo.outputPath('import-refused.png'), fullPage: true });
  await expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  expect(await dumpDatabase(page)).toEqual(before);
});

test('a spreadsheet no preset knows is read with the columns the user picks, asked its date order, and remembered', async ({
  app,
  host,
}, testInfo) => {
  const page = await app.launch({ firstRun: 'show' });
  await completeSetup(page, e2eOffice, 'own');
  // Dates that read both ways, under headers the generic matching cannot place.
  const sheet = (name: string, rows: string[]) => {
    const file = testInfo.outputPath(name);
    writeFileSync(file, ['Who,Ref,Issued,Payable by,Left to pay', ...rows].join('\r\n'));
    return file;
  };
  const first = sheet('ledger-week-1.csv', [
    'Blue Heron Books,A-1001,03/04/2026,04/05/2026,"1,050.00"',
    'Tidewater Marine,A-1004,05/06/2026,06/07/2026,320.00',
  ]);

  // File ▸ Import… in the native menu: the Import screen, and main's dialog at once.
  host.dialogs.queueOpenPath(first);
  await app.emit('menu:command', 'import-file');
  const screen = page.getByRole('main', { name: 'Import from your books' });
  await expect(screen.getByRole('heading', { name: 'Not recognised — choose the columns' })).toBeVisible({ timeout: 30_000 });
  const picks: [string, string][] = [
    ['Customer', 'Who'],
    ['Invoice number', 'Ref'],
    ['Invoice date', 'Issued'],
    ['Due date', 'Payable by'],
    ['Open balance', 'Left to pay'],
  ];
  for (const [field, header] of picks) await screen.getByRole('combobox', { name: field, exact: true }).selectOption({ label: header });
  await expect(screen.getByRole('row', { name: /^Invoice number/ })).toContainText('A-1001 · A-1004');

  await screen.getByRole('button', { name: 'Preview import' }).click();
  const monthFirst = screen.getByRole('radio', { name: 'Month first (11/05/2026 = 5 Nov)' });
  await expect(monthFirst).toBeChecked({ timeout: 30_000 }); // pre-filled from the office's en-US locale, asked, not assumed
  await screen.getByRole('radio', { name: /^Day first/ }).check();
  await page.screenshot({ path: testInfo.outputPath('import-date-question.png'), fullPage: true });
  await screen.getByRole('button', { name: 'Preview import' }).click();
  await expect(screen.getByRole('heading', { name: 'Preview' })).toBeVisible({ timeout: 30_000 });
  await screen.getByRole('button', { name: 'Import 2 invoices' }).click();
  await expect(screen.getByRole('heading', { name: 'Imported ledger-week-1.csv' })).toBeVisible({ timeout: 30_000 });
  const invoices = (await dumpDatabase(page)).invoices as { number: string; dueDate: string; balanceMinor: number }[];
  expect(invoices.map((i) => [i.number, i.dueDate, i.balanceMinor]).sort()).toEqual([
    ['A-1001', '2026-05-04', 105000],
    ['A-1004', '2026-07-06', 32000],
  ]);

  // Next week's file with the same columns opens with the columns chosen last time.
  host.dialogs.queueOpenPath(sheet('ledger-week-2.csv', ['Blue Heron Books,A-1001,03/04/2026,04/05/2026,"1,050.00"']));
  await screen.getByRole('button', { name: 'Import another file' }).click();
  await screen.getByRole('button', { name: 'Choose a file…' }).click();
  await expect(screen.getByText(/^Using the columns you chose for a file like this/)).toBeVisible({ timeout: 30_000 });
  await expect(screen.getByRole('combobox', { name: 'Invoice number', exact: true })).toHaveValue('1');
  await expect(screen.getByRole('combobox', { name: 'Open balance', exact: true })).toHaveValue('4');
});
