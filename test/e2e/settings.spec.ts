// Settings feed the script (who is calling, for which company), and the demo accounts can be
// removed in one step when the office starts for real.
import { expect, test } from './fixtures';
import { goToCustomerList, openCustomerBySearch } from './support/app-steps';

test('the caller and company from Settings are read in the script', async ({ app }) => {
  const page = await app.launch();
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Company name' }).fill('Brightwater Mechanical');
  await settings.getByRole('textbox', { name: 'Your name' }).fill('Jamie Ortega');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.')).toBeVisible();

  await page.getByRole('link', { name: 'Customers' }).click();
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  const script = page.getByRole('region', { name: 'Call script' });
  await script.getByRole('button', { name: 'Say who you are and why you are calling' }).click();
  await expect(script).toContainText('Jamie Ortega');
  await expect(script).toContainText('Brightwater Mechanical');
});

test('demo data is removed in one step and stays removed after a restart', async ({ app }) => {
  let page = await app.launch();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Remove demo data' }).click();
  await page.getByRole('button', { name: 'Yes, remove demo data' }).click();
  await expect(page.getByText(/Removed \d+ demo customers and all of their records\./)).toBeVisible();

  await page.getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByText('No customers yet. Add one with New customer.')).toBeVisible();
  page = await app.restart();
  await goToCustomerList(page);
  await expect(page.getByText('0 accounts')).toBeVisible();
  await expect(page.getByText('No customers yet. Add one with New customer.')).toBeVisible();
});
