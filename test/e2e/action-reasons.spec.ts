// Actions that can do nothing useful say why, beside the button and as its description: a new
// account with no contacts offers to add one, with no invoices it has no statement or packet
// and no payment to record. The breadcrumb has no dangling separator.
import { addDays } from '../../shared/dates/calendar';
import { expect, test } from './fixtures';
import { officeToday } from './support/demo-expectations';

test('a new account says why it cannot be called, paid or exported yet, until it can', async ({ app }) => {
  const today = officeToday();
  const page = await app.launch();
  await page.getByRole('button', { name: 'New customer' }).click();
  const customerDialog = page.getByRole('dialog', { name: 'New customer' });
  await customerDialog.getByRole('textbox', { name: 'Legal name' }).fill('Brightwater Bakery LLC');
  await customerDialog.getByRole('button', { name: 'Save customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Brightwater Bakery LLC' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toHaveText('Customers');

  // No invoices: nothing to pay, nothing for a statement or packet.
  const payment = page.getByRole('button', { name: 'Record payment' });
  await expect(payment).toBeDisabled();
  await expect(payment).toHaveAccessibleDescription('No open invoices to pay.');
  for (const name of ['Statement PDF…', 'Export for agency…']) {
    await expect(page.getByRole('button', { name })).toBeDisabled();
    await expect(page.getByRole('button', { name })).toHaveAccessibleDescription(/No invoices on file yet/);
  }

  // No contacts: the card offers to add one instead of a call button.
  const contacts = page.getByRole('region', { name: 'Contacts' });
  await expect(contacts.getByRole('button', { name: /^Call / })).toHaveCount(0);
  await contacts.getByRole('button', { name: 'Add a contact to call' }).click();
  const contactDialog = page.getByRole('dialog', { name: 'New contact' });
  await contactDialog.getByRole('textbox', { name: 'Name' }).fill('Ana Ruiz');
  await contactDialog.getByRole('textbox', { name: 'Phone number' }).fill('(312) 555-0142');
  await contactDialog.getByRole('button', { name: 'Save contact' }).click();
  await expect(contactDialog).toBeHidden();
  await expect(contacts.getByRole('button', { name: /^Call Ana Ruiz on/ })).toBeEnabled();
  await expect(contacts.getByRole('button', { name: 'Add a contact to call' })).toHaveCount(0);

  // An invoice: the statement, the packet and the payment are possible, and the reasons go.
  await page.getByRole('button', { name: 'Add invoice' }).click();
  const invoiceDialog = page.getByRole('dialog', { name: 'New invoice' });
  await invoiceDialog.getByRole('textbox', { name: 'Invoice number' }).fill('BB-1001');
  await invoiceDialog.getByRole('textbox', { name: 'Amount' }).fill('240.00');
  await invoiceDialog.getByLabel('Issue date').fill(addDays(today, -40));
  await invoiceDialog.getByLabel('Due date').fill(addDays(today, -10));
  await invoiceDialog.getByRole('button', { name: 'Save invoice' }).click();
  await expect(invoiceDialog).toBeHidden();
  await expect(payment).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Statement PDF…' })).toBeEnabled();
  await expect(page.getByText(/No invoices on file yet|No open invoices to pay/)).toHaveCount(0);
  await expect(page.getByRole('row', { name: /BB-1001/ })).toContainText('10 days past due');
});
