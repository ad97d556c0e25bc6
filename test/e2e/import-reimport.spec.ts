// The weekly re-import, end to end: last week's QuickBooks Online aging CSV into a new install, a
// promise to pay taken on a call, then this week's report as the Excel file QuickBooks exports
// (real date cells). The preview lists what changed; once confirmed, paid invoices are closed in
// the books, the part payment is on the timeline and keeps the promise, the new customer and
// invoices are there, nothing twice. Undoing that import puts every stored row back as it was, and
// so does restoring the safety copy made before it.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { xlsxFromCsvSample } from '../unit/import/presets/xlsx-sample';
import { expect, test } from './fixtures';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { dumpDatabase, type DatabaseDump } from './support/database-dump';
import { completeSetup, e2eOffice } from './support/first-run-setup';
import { expectStoredBooks, importScreen, previewImport, qboExpected, qboWeek1 } from './support/import-steps';

// Tuesday 1 December 2026, 10:00 in Chicago: the day after week 2's report, a week after week 1's.
test.use({ now: '2026-12-01T16:00:00.000Z' });

const { '2026-11-23': week1, '2026-11-30': week2 } = qboExpected();
const partPaid = '1012';
const partPayment = week2.partPaidSinceLastWeek![partPaid]!;
const usd = (minor: number) => (minor / 100).toLocaleString('en-US', { style: 'currency', currency: 'USD' });

interface StoredInvoice {
  id: string;
  customerId: string;
  number: string;
  balanceMinor: number;
  status: string;
}
interface StoredCustomer {
  id: string;
  legalName: string;
}
const customerOf = (dump: DatabaseDump, number: string) => {
  const invoice = (dump.invoices as StoredInvoice[]).find((i) => i.number === number)!;
  return (dump.customers as StoredCustomer[]).find((c) => c.id === invoice.customerId)!.legalName;
};

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await openCustomerBySearch(page, name.split(' ')[0]!, name);
}

test('next week’s Excel report closes paid invoices, records a part payment that keeps a promise, adds what is new, and undoes exactly', async ({
  app,
  host,
}, testInfo) => {
  const page = await app.launch({ firstRun: 'show' });
  await completeSetup(page, e2eOffice, 'own');

  // 1. Week 1, the CSV, into the empty install.
  await page.getByRole('link', { name: 'Import from QuickBooks, Xero or a spreadsheet' }).click();
  const screen = importScreen(page);
  await previewImport(page, host, qboWeek1);
  await screen.getByRole('button', { name: `Import ${week1.invoiceCount} invoices` }).click();
  await expect(screen.getByRole('heading', { name: 'Imported ar-aging-detail-2026-11-23.csv' })).toBeVisible({ timeout: 30_000 });
  expectStoredBooks(await dumpDatabase(page), week1.customers);

  // 2. A call with the customer of 1012: they promise the part they will pay, on that invoice.
  const debtor = customerOf(await dumpDatabase(page), partPaid);
  await openCustomer(page, debtor);
  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
  await outcome.getByRole('textbox', { name: 'Promised amount' }).fill((partPayment.paymentMinor / 100).toFixed(2));
  await outcome.getByLabel('Payment date').fill('2026-12-04'); // Friday: still open when the books show the payment
  await outcome.getByRole('checkbox', { name: new RegExp(`^${partPaid} —`) }).check();
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  const promiseEntry = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(promiseEntry).toContainText(usd(partPayment.paymentMinor));
  await expect(promiseEntry.locator('.badge')).toHaveText('Open');
  const before = await dumpDatabase(page);
  expect(before.promises).toHaveLength(1);

  // 3. Week 2, as the .xlsx QuickBooks exports, written from the CSV so the two never drift.
  const workbook = testInfo.outputPath('ar-aging-detail-2026-11-30.xlsx');
  writeFileSync(workbook, xlsxFromCsvSample('quickbooks-online/ar-aging-detail-2026-11-30.csv'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await previewImport(page, host, workbook);
  await expect(
    screen.getByText(`The file’s total row says ${usd(week2.fileTotalMinor)}; the rows add up to ${usd(week2.fileTotalMinor)}.`),
  ).toBeVisible();
  const group = (title: string) => screen.locator('details').filter({ has: page.locator('summary', { hasText: title }) });
  const openGroup = async (title: string, count: number) => {
    await expect(group(title).locator('summary')).toHaveText(`${title}: ${count}`);
    await group(title).locator('summary').click();
    await expect(group(title).getByRole('listitem')).toHaveCount(count);
    return group(title);
  };
  const newCustomers = await openGroup('New customers', week2.newCustomers!.length);
  await expect(newCustomers).toContainText('Ironwood Coffee Roasters');
  const newInvoices = await openGroup('New invoices', week2.newInvoices!.length);
  for (const number of week2.newInvoices!)
    await expect(newInvoices.getByRole('listitem').filter({ hasText: new RegExp(`^${number} · `) })).toHaveCount(1);
  const changed = await openGroup('Balances changed', 1);
  await expect(changed.getByRole('listitem')).toHaveText(
    `${partPaid} · ${debtor} · ${usd(partPayment.beforeMinor)} → ${usd(partPayment.afterMinor)} · payment of ${usd(partPayment.paymentMinor)} seen in the books`,
  );
  // The preview says which promise that payment counts toward, and what it becomes.
  const promised = await openGroup('Promises these payments count toward', 1);
  await expect(promised.getByRole('listitem')).toHaveText(
    `${debtor} · promise of ${usd(partPayment.paymentMinor)} due Dec 4, 2026 · ${usd(0)} → ${usd(partPayment.paymentMinor)} paid · Open → Kept`,
  );
  const closed = await openGroup('Paid or closed in the books (no longer in the file)', week2.paidSinceLastWeek!.length);
  for (const number of week2.paidSinceLastWeek!)
    await expect(closed.getByRole('listitem').filter({ hasText: new RegExp(`^${number} · ${customerOf(before, number)} · `) })).toHaveCount(
      1,
    );
  const unchanged = week1.invoiceCount - week2.paidSinceLastWeek!.length - Object.keys(week2.partPaidSinceLastWeek!).length;
  await expect(screen.getByText(/^Unchanged:/)).toHaveText(`Unchanged: ${unchanged} invoices already as the file has them.`);
  await page.screenshot({ path: testInfo.outputPath('import-reimport-preview.png'), fullPage: true });
  expect(await dumpDatabase(page)).toEqual(before); // nothing stored before confirming

  // A re-import says what it will do rather than a count that reads as new invoices.
  const changedCount = Object.keys(week2.partPaidSinceLastWeek!).length;
  const added = week2.invoiceCount - unchanged - changedCount;
  await screen
    .getByRole('button', { name: `Apply changes: ${added} new, ${changedCount} changed, ${week2.paidSinceLastWeek!.length} closed` })
    .click();
  await expect(screen.getByRole('heading', { name: 'Imported ar-aging-detail-2026-11-30.xlsx' })).toBeVisible({ timeout: 30_000 });

  // What is stored: the week-2 books exactly, each customer and invoice once.
  const after = await dumpDatabase(page);
  expectStoredBooks(after, week2.customers);
  const customers = after.customers as StoredCustomer[];
  const invoices = after.invoices as StoredInvoice[];
  expect(new Set(customers.map((c) => c.legalName)).size).toBe(customers.length);
  expect(invoices.map((i) => i.number).sort()).toEqual(
    [...new Set([...week1.customers, ...week2.customers].flatMap((c) => c.invoices))].sort(),
  );
  expect(
    invoices
      .filter((i) => i.status === 'closed-in-books')
      .map((i) => i.number)
      .sort(),
  ).toEqual([...week2.paidSinceLastWeek!].sort());
  const partInvoice = invoices.find((i) => i.number === partPaid)!;
  expect(partInvoice.balanceMinor).toBe(partPayment.afterMinor);
  const payments = after.payments as {
    amountMinor: number;
    seenInBooks?: { importId: string };
    allocations: { invoiceId: string; amountMinor: number }[];
  }[];
  expect(payments).toHaveLength(1);
  expect(payments[0]).toMatchObject({
    amountMinor: partPayment.paymentMinor,
    seenInBooks: { importId: (after.imports as { id: string; fileName: string }[]).find((i) => i.fileName.endsWith('.xlsx'))!.id },
    allocations: [{ invoiceId: partInvoice.id, amountMinor: partPayment.paymentMinor }],
  });
  expect((after.promises as { status: string }[]).map((p) => p.status)).toEqual(['kept']);

  // On the files: the part payment and the kept promise on the timeline, the paid invoices closed in the books.
  await openCustomer(page, debtor);
  const payment = timeline(page).getByRole('listitem', { name: /^Payment,/ });
  await expect(payment).toHaveCount(1);
  await expect(payment).toContainText('Payment seen in the books');
  await expect(payment).toContainText(usd(partPayment.paymentMinor));
  await expect(payment).toContainText(partPaid);
  await expect(promiseEntry.locator('.badge')).toHaveText('Kept');
  await expect(promiseEntry).toContainText('Kept: paid in full on time.');
  await expect(page.getByRole('table', { name: 'Invoices' }).getByRole('row', { name: new RegExp(`^${partPaid}\\b`) })).toContainText(
    usd(partPayment.afterMinor),
  );
  for (const number of week2.paidSinceLastWeek!) {
    await openCustomer(page, customerOf(after, number));
    await page.getByRole('button', { name: /^Show paid and void and closed in the books/ }).click();
    await expect(page.getByRole('table', { name: 'Invoices' }).getByRole('row', { name: new RegExp(`^${number}\\b`) })).toContainText(
      'Closed in the books',
    );
  }
  await openCustomer(page, 'Ironwood Coffee Roasters');
  await expect(page.getByRole('table', { name: 'Invoices' }).getByRole('row', { name: /^1049\b/ })).toContainText(usd(206000));

  // 4. Undo it from the history: every stored row is back as it was before week 2.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await screen.getByRole('button', { name: 'Undo last import' }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo last import' });
  await expect(confirm).toContainText('ar-aging-detail-2026-11-30.xlsx');
  await confirm.getByRole('button', { name: 'Undo import' }).click();
  await expect(screen.getByRole('status').filter({ hasText: 'The import of ar-aging-detail-2026-11-30.xlsx was undone.' })).toBeVisible();
  await expect(screen.getByRole('row', { name: /^ar-aging-detail-2026-11-30\.xlsx/ })).toHaveCount(0);
  const undone = await dumpDatabase(page);
  expect(undone).toEqual(before);

  // 5. The safety copy made before week 2 (its tables encoded as the preview read them, in the
  // import worker and its deflate worker) holds that same data: restoring it changes nothing.
  await page.getByRole('link', { name: 'Settings' }).click();
  const copies = page.getByRole('region', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Before import' });
  await expect(copies).toHaveCount(2);
  await copies
    .first()
    .getByRole('button', { name: /^Restore the backup made before an import on / })
    .click();
  const restore = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(restore.getByRole('row', { name: /^Invoices/ })).toContainText(String(week1.invoiceCount));
  await restore.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your data was restored from the backup made on' })).toBeVisible({
    timeout: 30_000,
  });
  await expect.poll(async () => dumpDatabase(page), { timeout: 30_000 }).toEqual(before);
});
