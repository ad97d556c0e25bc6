// Steps a user takes again and again, written once so the specs read like the user's story.
import { expect, type Page } from '@playwright/test';
import { demoAnchorCustomerName } from '../../../shared/demo/demo-data';

/** The customer list, through the main navigation (the app opens on Today). */
export async function goToCustomerList(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible({ timeout: 30_000 });
}

/** Finds a customer from the customer list's search and opens its file (from any screen). */
export async function openCustomerBySearch(page: Page, query: string, name = demoAnchorCustomerName): Promise<void> {
  await goToCustomerList(page);
  const search = page.getByRole('combobox', { name: 'Search customers' });
  await search.fill(query);
  await expect(page.getByRole('option', { name: new RegExp(name) }).first()).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export function timeline(page: Page) {
  return page.getByRole('list', { name: 'Timeline' });
}

/** Removes the demo accounts through Settings, so a spec controls every reminder there is. */
export async function removeDemoData(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('button', { name: 'Yes, remove demo data' }).click();
  await expect(page.getByText(/Removed \d+ demo customers/)).toBeVisible();
}

/** A new customer with one past-due invoice, entered through the forms; ends on its file. */
export async function createCustomerWithInvoice(
  page: Page,
  c: { name: string; invoiceNumber: string; amount: string; issueDate: string; dueDate: string },
): Promise<void> {
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await page.getByRole('button', { name: 'New customer' }).click();
  const customer = page.getByRole('dialog', { name: 'New customer' });
  await customer.getByRole('textbox', { name: 'Legal name' }).fill(c.name);
  await customer.getByRole('button', { name: 'Save customer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: c.name })).toBeVisible();
  await page.getByRole('button', { name: 'Add invoice' }).click();
  const invoice = page.getByRole('dialog', { name: 'New invoice' });
  await invoice.getByRole('textbox', { name: 'Invoice number' }).fill(c.invoiceNumber);
  await invoice.getByRole('textbox', { name: 'Amount' }).fill(c.amount);
  await invoice.getByLabel('Issue date').fill(c.issueDate);
  await invoice.getByLabel('Due date').fill(c.dueDate);
  await invoice.getByRole('button', { name: 'Save invoice' }).click();
  await expect(invoice).toBeHidden();
}
