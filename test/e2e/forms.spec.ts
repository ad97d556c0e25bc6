// Entering real accounts: a new customer with a contact and an invoice, then a payment that
// brings the balance down — all through the app's own forms.
import { expect, test } from './fixtures';
import { officeToday } from './support/demo-expectations';
import { addDays } from '../../shared/dates/calendar';

test('a new customer, contact, invoice and payment', async ({ app }) => {
  const today = officeToday();
  const page = await app.launch();
  await page.getByRole('button', { name: 'New customer' }).click();

  const customerDialog = page.getByRole('dialog', { name: 'New customer' });
  await customerDialog.getByRole('button', { name: 'Save customer' }).click();
  await expect(customerDialog.getByRole('textbox', { name: 'Legal name' })).toHaveAttribute('aria-invalid', 'true');
  await customerDialog.getByRole('textbox', { name: 'Legal name' }).fill('Lakeside Veterinary Clinic LLC');
  await customerDialog.getByRole('combobox', { name: 'Time zone' }).selectOption('America/Denver');
  await customerDialog.getByRole('button', { name: 'Save customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lakeside Veterinary Clinic LLC' })).toBeVisible();

  // The person who pays the bills.
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'New contact' });
  await contactDialog.getByRole('textbox', { name: 'Name' }).fill('Rosa Delgado');
  await contactDialog.getByRole('textbox', { name: 'Role' }).fill('Practice manager');
  await contactDialog.getByRole('checkbox', { name: 'Authorises payment' }).check();
  await contactDialog.getByRole('textbox', { name: 'Phone number' }).fill('720 555 0199');
  // Ctrl+Enter saves from any field, a notes box included (where Enter starts a new line).
  const notes = contactDialog.getByRole('textbox', { name: 'Notes' });
  await notes.fill('Prefers a call before 10 a.m.');
  await notes.press('Enter');
  await expect(notes).toHaveValue('Prefers a call before 10 a.m.\n');
  await notes.press('Control+Enter');
  await expect(contactDialog).toBeHidden();
  await expect(page.getByRole('listitem', { name: 'Rosa Delgado' }).getByText('Authorises payment')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Call Rosa Delgado on \(720\) 555-0199/ })).toBeVisible();

  // An invoice 40 days past due; a bad amount is refused on its field first.
  await page.getByRole('button', { name: 'Add invoice' }).click();
  const invoiceDialog = page.getByRole('dialog', { name: 'New invoice' });
  await invoiceDialog.getByRole('textbox', { name: 'Invoice number' }).fill('LV-2041');
  await invoiceDialog.getByRole('textbox', { name: 'Amount' }).fill('12.345');
  await invoiceDialog.getByLabel('Issue date').fill(addDays(today, -70));
  await invoiceDialog.getByLabel('Due date').fill(addDays(today, -40));
  await invoiceDialog.getByRole('button', { name: 'Save invoice' }).click();
  await expect(invoiceDialog.getByRole('textbox', { name: 'Amount' })).toHaveAttribute('aria-invalid', 'true');
  await invoiceDialog.getByRole('textbox', { name: 'Amount' }).fill('1,480.00');
  await invoiceDialog.getByRole('button', { name: 'Save invoice' }).click();
  await expect(invoiceDialog).toBeHidden();
  await expect(page.getByTestId('total-due')).toHaveText('$1,480.00');
  await expect(page.getByTestId('oldest-days')).toHaveText('40 days');
  await expect(page.getByRole('table', { name: 'Aging' }).getByRole('cell').nth(2)).toHaveText('$1,480.00');

  // A part payment.
  await page.getByRole('button', { name: 'Record payment' }).click();
  const paymentDialog = page.getByRole('dialog', { name: 'Record payment' });
  await paymentDialog.getByRole('textbox', { name: 'Amount' }).fill('480');
  await expect(paymentDialog.getByRole('textbox', { name: 'Apply to invoice LV-2041' })).toHaveValue('480.00');
  await paymentDialog.getByRole('button', { name: 'Save payment' }).click();
  await expect(paymentDialog).toBeHidden();
  await expect(page.getByTestId('total-due')).toHaveText('$1,000.00');
  await expect(page.getByRole('list', { name: 'Timeline' }).getByRole('listitem', { name: /^Payment,/ })).toContainText('$480.00');

  // The new customer is found by the number typed another way.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('+1 720-555-0199');
  await expect(page.getByRole('option', { name: /Lakeside Veterinary Clinic LLC/ })).toBeVisible();
});
