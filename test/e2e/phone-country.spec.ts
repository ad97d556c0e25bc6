// A number is read once, when it is saved: after the phone country changes from US to GB, a
// stored American number is still dialled and shown as American, and a number added after the
// change is read as British.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';

test('a stored US number still dials +1 after the phone country becomes GB; a new number is read as GB', async ({ app, host }) => {
  const page = await app.launch();
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('main', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Default country for phone numbers' }).fill('GB');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.')).toBeVisible();

  // The list shows the American number in international form now that the office is British.
  await page.getByRole('link', { name: 'Customers' }).click();
  await page.getByRole('combobox', { name: 'Search customers' }).fill('Harbor Point');
  await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toContainText(/\+1 415 555 01\d\d/);
  await openCustomerBySearch(page, 'Harbor Point');

  // A number typed now, without a country code, is read as British (shown in British form).
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'New contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Lee Brown');
  await dialog.getByRole('textbox', { name: 'Phone number' }).fill('02079460321');
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /^Call Lee Brown on 020 7946 0321 / })).toBeVisible();

  // The stored American number is dialled as it was saved.
  await page.getByRole('button', { name: /^Call Dana Whitfield on \+1 415 555 0134 / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Call with Dana Whitfield/ })).toBeVisible();
  await expect(page.getByText('Dialled +1 415 555 0134')).toBeVisible();
  expect(host.openedUrls.filter((url) => url.startsWith('tel:'))).toEqual(['tel:+14155550134']);
});
