// An account billed in two currencies: the file and the customer list show one total per
// currency, each written in its own currency, and never the two added together.
import { expect, test } from './fixtures';
import { timeline } from './support/app-steps';
import { officeToday } from './support/demo-expectations';
import { addDays } from '../../shared/dates/calendar';

test('a CAD invoice on a USD customer shows both totals, never their sum', async ({ app }) => {
  const today = officeToday();
  const page = await app.launch();
  await page.getByRole('button', { name: 'New customer' }).click();
  const customerDialog = page.getByRole('dialog', { name: 'New customer' });
  await customerDialog.getByRole('textbox', { name: 'Legal name' }).fill('Maple Crossing Freight Ltd');
  await customerDialog.getByRole('button', { name: 'Save customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maple Crossing Freight Ltd' })).toBeVisible();

  async function addInvoice(number: string, amount: string, currency: string | null, daysLate: number) {
    await page.getByRole('button', { name: 'Add invoice' }).click();
    const dialog = page.getByRole('dialog', { name: 'New invoice' });
    await dialog.getByRole('textbox', { name: 'Invoice number' }).fill(number);
    await dialog.getByRole('textbox', { name: 'Amount' }).fill(amount);
    if (currency) await dialog.getByRole('textbox', { name: 'Currency' }).fill(currency);
    await dialog.getByLabel('Issue date').fill(addDays(today, -daysLate - 30));
    await dialog.getByLabel('Due date').fill(addDays(today, -daysLate));
    await dialog.getByRole('button', { name: 'Save invoice' }).click();
    await expect(dialog).toBeHidden();
  }

  // The office's own currency (USD), then a Canadian invoice, older.
  await addInvoice('MC-100', '1,200.00', null, 10);
  await expect(page.getByTestId('total-due')).toHaveText('$1,200.00');
  await addInvoice('MC-CA-7', '300.00', 'CAD', 100);

  await expect(page.getByTestId('total-due')).toHaveText('$1,200.00 · CA$300.00');
  await expect(page.getByTestId('past-due')).toHaveText('$1,200.00 · CA$300.00');
  await expect(page.getByTestId('oldest-days')).toHaveText('100 days');
  const aging = page.getByRole('table', { name: 'Aging' });
  await expect(aging.getByRole('row', { name: /^USD/ }).getByRole('cell').nth(1)).toHaveText('$1,200.00');
  await expect(aging.getByRole('row', { name: /^CAD/ }).getByRole('cell').nth(4)).toHaveText('CA$300.00');
  await expect(page.getByRole('main')).not.toContainText('1,500');

  // A payment is in one currency: choosing CAD offers the Canadian invoice only.
  await page.getByRole('button', { name: 'Record payment' }).click();
  let payment = page.getByRole('dialog', { name: 'Record payment' });
  await expect(payment.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
  await payment.getByRole('combobox', { name: 'Currency' }).selectOption('CAD');
  payment = page.getByRole('dialog', { name: 'Record payment' });
  await expect(payment.getByRole('textbox', { name: 'Apply to invoice MC-CA-7' })).toBeVisible();
  await expect(payment.getByRole('textbox', { name: 'Apply to invoice MC-100' })).toHaveCount(0);
  await payment.getByRole('textbox', { name: 'Amount' }).fill('100');
  await payment.getByRole('button', { name: 'Save payment' }).click();
  await expect(payment).toBeHidden();
  await expect(page.getByTestId('total-due')).toHaveText('$1,200.00 · CA$200.00');

  // A promise is in one currency too: the largest owed first, the other on request.
  await page.getByRole('button', { name: 'Log a call' }).click();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
  await expect(outcome.getByRole('combobox', { name: 'Currency' })).toHaveValue('USD');
  await expect(outcome.getByRole('checkbox', { name: /^MC-100 —/ })).toBeVisible();
  await outcome.getByRole('combobox', { name: 'Currency' }).selectOption('CAD');
  await expect(outcome.getByRole('checkbox', { name: /^MC-CA-7 — CA\$200\.00/ })).toBeVisible();
  await expect(outcome.getByRole('checkbox', { name: /^MC-100 —/ })).toHaveCount(0);
  await outcome.getByRole('textbox', { name: 'Promised amount' }).fill('200.00');
  await outcome.getByLabel('Payment date').fill(addDays(today, 3));
  await outcome.getByRole('checkbox', { name: /^MC-CA-7 —/ }).check();
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  const promiseEntry = timeline(page)
    .getByRole('listitem', { name: /^Promise to pay,/ })
    .first();
  await expect(promiseEntry).toContainText('CA$200.00');

  // The list: both balances on the account's row, each in its own currency.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('Maple Crossing');
  const row = page.getByRole('option', { name: /Maple Crossing Freight Ltd/ });
  await expect(row).toContainText('$1,200.00 · CA$200.00');
  await expect(row).not.toContainText('1,400');
});
