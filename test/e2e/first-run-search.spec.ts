// First run: demo accounts appear, a customer is found by a phone number typed in another
// format, and the customer file shows the right balance and aging.
import { agingBucketLabels, agingBuckets } from '../../shared/aging/aging';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { anchorExpectations, demoCustomerCount } from './support/demo-expectations';

test('first run shows the demo accounts', async ({ app }) => {
  const page = await app.launch();
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  await expect(page.getByText(`${demoCustomerCount()} accounts`)).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
});

for (const typed of ['415.555.0134', '+1 415 555 0134', '1-415-555-0134']) {
  test(`finds the customer by the phone number typed as ${typed}`, async ({ app }) => {
    const page = await app.launch();
    const search = page.getByRole('combobox', { name: 'Search customers' });
    await search.fill(typed);
    await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toBeVisible();
    await expect(page.getByText('1 found')).toBeVisible();
  });
}

test('finds the customer by the local part of the number alone', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('555 0134');
  // Other area codes share the local part; the customer is among the matches.
  await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toBeVisible();
});

test('finds the customer by an invoice number typed without its prefix', async ({ app }) => {
  const invoice = anchorExpectations().openInvoices[0]!;
  const digits = invoice.number.replace(/^\D+/, '');
  expect(digits).not.toBe(invoice.number);
  const page = await app.launch();
  await page.getByRole('combobox', { name: 'Search customers' }).fill(digits);
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toContainText(demoAnchorCustomerName);
});

test('finds the customer when the name is typed with a one-letter slip', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('Harbour Piont');
  await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toBeVisible();
  await expect(page.getByText('1 found')).toBeVisible();
});

test('Enter straight after typing opens what was typed, not the row highlighted before', async ({ app }) => {
  const page = await app.launch();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
  // The text arrives and Enter follows in one go, before the list can catch up: a quick typist
  // (or a barcode-style paste and Enter) is faster than the search.
  await page.getByRole('combobox', { name: 'Search customers' }).evaluate((input: HTMLInputElement) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(input, 'Harbor Point');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
});

test('the customer file shows the balance and the aging buckets', async ({ app }) => {
  const expected = anchorExpectations();
  const page = await app.launch();
  const search = page.getByRole('combobox', { name: 'Search customers' });
  await search.fill('(415) 555-0134');
  await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toBeVisible();
  await search.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
  await expect(page.getByTestId('total-due')).toHaveText(expected.money(expected.aging.totalDueMinor));
  await expect(page.getByTestId('past-due')).toHaveText(expected.money(expected.aging.pastDueMinor));
  await expect(page.getByTestId('oldest-days')).toHaveText(`${expected.aging.oldestDaysPastDue} days`);
  const aging = page.getByRole('table', { name: 'Aging' });
  for (const [index, bucket] of agingBuckets.entries()) {
    await expect(aging.getByRole('columnheader').nth(index)).toHaveText(agingBucketLabels[bucket]);
    await expect(aging.getByRole('cell').nth(index)).toHaveText(expected.money(expected.aging.buckets[bucket]));
  }
  // Every open invoice is listed with how late it is.
  const invoices = page.getByRole('table', { name: 'Invoices' });
  for (const invoice of expected.openInvoices) {
    await expect(invoices.getByRole('rowheader', { name: new RegExp(invoice.number) })).toBeVisible();
  }
  // The authoriser is marked.
  await expect(page.getByRole('listitem', { name: 'Marcus Lee' }).getByText('Authorises payment')).toBeVisible();
  await expect(page.getByLabel("Customer's local time")).toContainText('Their time:');
});
