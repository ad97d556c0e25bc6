// The dashboard, end to end: every figure it shows is checked against the rows the app stored
// (read from IndexedDB in the test, summed by the test's own code), then the figures follow a
// placement and a payment recorded through the app, and "Print / Save as PDF" writes them
// through main into a PDF whose text says the same.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { agingBucketLabels, agingBuckets } from '../../shared/aging/aging';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { formatCurrencyTotals, type CurrencyAmount } from '../../shared/money/currency-totals';
import { formatMoney, minorToInput } from '../../shared/money/money';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';
import { expectedDashboard, readStoredDashboardRows, type ExpectedDashboard } from './support/dashboard-expectations';
import { officeToday } from './support/demo-expectations';
import { e2eOffice } from './support/first-run-setup';
import { screenshotPath } from './support/screenshots';
import { readStoredAccount } from './support/stored-records';
import { pdfText as readPdfText } from '../support/pdf-reading';

const locale = 'en-US';
const graceDays = 2; // the settings' default, which the e2e office keeps
const money = (totals: CurrencyAmount[]) => formatCurrencyTotals(totals, locale, 'USD');
const usd = (totals: CurrencyAmount[]) => totals.find((t) => t.currency === 'USD')?.amountMinor ?? 0;
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

async function expected(page: Page): Promise<ExpectedDashboard> {
  return expectedDashboard(await readStoredDashboardRows(page), officeToday(), e2eOffice.officeTimeZone, graceDays);
}

function figure(page: Page, name: string): Locator {
  return page.getByRole('main', { name: 'Dashboard' }).getByRole('region', { name, exact: true });
}

/** Opens the table behind a chart (folded under it on screen) and returns it. */
async function tableIn(section: Locator, caption: RegExp): Promise<Locator> {
  const details = section.locator('details.chart-table');
  if ((await details.getAttribute('open')) === null) await section.getByText('Show the figures as a table').click();
  const table = section.getByRole('table', { name: caption });
  await expect(table).toBeVisible();
  return table;
}

async function expectCells(row: Locator, cells: (string | number)[]): Promise<void> {
  await expect(row.getByRole('cell')).toHaveText(cells.map(String));
}

async function expectDashboardShows(page: Page, want: ExpectedDashboard): Promise<void> {
  await expect(figure(page, 'Collected this week').locator('.value')).toHaveText(money(want.week));
  await expect(figure(page, 'Collected this month').locator('.value')).toHaveText(money(want.month));
  await expect(figure(page, 'Promised in the next 7 days').locator('.value')).toHaveText(money(want.dueSoon.amounts));
  await expect(figure(page, 'Promised in the next 7 days')).toContainText(`${want.dueSoon.count} open promise`);
  await expect(figure(page, 'With an agency').locator('.value')).toHaveText(
    `${want.placed.count} account${want.placed.count === 1 ? '' : 's'}`,
  );
  await expect(figure(page, 'With an agency')).toContainText(`Owing ${money(want.placed.owing)}`);

  const receivables = figure(page, 'Receivables');
  const aging = await tableIn(receivables, /^Receivables by age/);
  for (const r of want.receivables) {
    const row = aging.getByRole('row', { name: new RegExp(`^${r.currency}`) });
    await expectCells(
      row,
      [...r.buckets, r.total].map((minor) => formatMoney(minor, r.currency, locale)),
    );
    // The bar's label says the same to a screen reader.
    const bar = receivables.getByRole('img', { name: new RegExp(`^Receivables in ${r.currency} by age`) });
    await expect(bar).toHaveAttribute(
      'aria-label',
      new RegExp(`${agingBucketLabels[agingBuckets[4]]} ${formatMoney(r.buckets[4]!, r.currency, locale).replace('$', '\\$')}`),
    );
  }

  const promises = await tableIn(figure(page, 'Promises made and kept'), /^Promises made in the last 30 days/);
  const p30 = want.promises['30'];
  const p90 = want.promises['90'];
  await expectCells(promises.getByRole('row', { name: /^Made/ }), [p30.made, money(p30.madeAmount), p90.made, money(p90.madeAmount)]);
  await expectCells(promises.getByRole('row', { name: /^Kept/ }), [p30.kept, money(p30.keptAmount), p90.kept, money(p90.keptAmount)]);

  const calls = await tableIn(figure(page, 'Calls in the last two weeks'), /^Calls per day/);
  await expect(calls.getByRole('row')).toHaveCount(1 + want.calls.length);
  for (const day of want.calls) {
    await expectCells(calls.getByRole('row', { name: new RegExp(`^${formatCalendarDate(day.date, locale)}`) }), [day.made, day.reached]);
  }
}

test("the dashboard's numbers match the data (checked against IndexedDB, not hard-coded)", { tag: '@clock' }, async ({ app, host }) => {
  test.setTimeout(180_000); // the dashboard three times, a placement, a payment and a PDF
  const page = await app.launch();
  // The charts and the PDF's static renderer run under the app's strict policy: nothing refused.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  const before = await expected(page);
  // The demo books give every figure something to show, so the checks compare real numbers.
  expect(before.receivables.length).toBeGreaterThan(0);
  expect(before.promises['90'].made).toBeGreaterThan(0);
  expect(before.calls.some((d) => d.made > 0)).toBe(true);
  await expectDashboardShows(page, before);
  await page.screenshot({ path: screenshotPath('dashboard.png'), fullPage: true });

  // An account placed with an agency is counted there, with what it owes.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Place with agency…' }).click();
  const placing = page.getByRole('dialog', { name: 'Place with agency' });
  await placing.getByRole('textbox', { name: 'Agency name' }).fill('Summit Recovery Partners');
  await placing.getByRole('button', { name: 'Place with agency' }).click();
  await expect(placing).toBeHidden();

  // A payment received today, recorded on another account.
  const payer = 'Westbrook Property Management LLC';
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Westbrook', payer);
  const account = await readStoredAccount(page, payer);
  const invoices = account.invoices.filter((i) => i.status === 'open' && i.balanceMinor > 0);
  const paid = invoices[0]!;
  const amount = Math.min(paid.balanceMinor, 123_45);
  await page.getByRole('button', { name: 'Record payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record payment' });
  await dialog.getByRole('textbox', { name: 'Amount' }).fill(minorToInput(amount, 'USD'));
  for (const invoice of invoices) {
    await dialog
      .getByRole('textbox', { name: `Apply to invoice ${invoice.number}` })
      .fill(invoice === paid ? minorToInput(amount, 'USD') : '');
  }
  await dialog.getByRole('button', { name: 'Save payment' }).click();
  await expect(dialog).toBeHidden();

  // Ctrl+3 comes back to the dashboard, which has followed both.
  await page.keyboard.press('Control+3');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const after = await expected(page);
  expect(usd(after.week)).toBe(usd(before.week) + amount);
  expect(after.placed.count).toBe(before.placed.count + 1);
  expect((await readStoredAccount(page, demoAnchorCustomerName)).customer.placement).toBeTruthy();
  await expectDashboardShows(page, after);

  // Print / Save as PDF goes through main; the PDF's text carries the same figures.
  const folder = mkdtempSync(path.join(tmpdir(), 'call-desk-dashboard-'));
  try {
    const saveAs = path.join(folder, 'dashboard.pdf');
    host.dialogs.queueSavePath(saveAs);
    await page.getByRole('button', { name: 'Print / Save as PDF…' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dashboard saved' })).toBeVisible({ timeout: 30_000 });
    expect(host.dialogs.asked.at(-1)?.defaultName).toBe(`Collections dashboard - ${officeToday()}.pdf`);
    const text = flat(await readPdfText(saveAs));
    expect(text).toContain(e2eOffice.companyName);
    expect(text).toContain(`As of ${formatCalendarDate(officeToday(), locale)}`);
    // Each key figure under its name (pdf.js reads a card's text in the order it was drawn).
    expect(text).toContain(`Collected this week ${money(after.week)}`);
    expect(text).toContain(`Collected this month ${money(after.month)}`);
    expect(text).toContain(`Promised in the next 7 days ${money(after.dueSoon.amounts)}`);
    expect(text).toContain(`With an agency ${after.placed.count} account`);
    expect(text).toContain(`Owing ${money(after.placed.owing)}`);
    for (const r of after.receivables) expect(text).toContain(formatMoney(r.total, r.currency, locale));
    const made = after.calls.reduce((n, d) => n + d.made, 0);
    const reached = after.calls.reduce((n, d) => n + d.reached, 0);
    expect(text).toContain(`${made} calls made, ${reached} reached someone`);
    const lastDay = after.calls.at(-1)!;
    expect(text).toContain(`${formatCalendarDate(lastDay.date, locale)} ${lastDay.made} ${lastDay.reached}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  expect(refused).toEqual([]);
});
