// Settings feed the script (who is calling, for which company), the demo accounts can be
// removed in one step when the office starts for real, and About tells the version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { releasesPageUrl } from '../../shared/updates/releases';
import { repoRoot } from '../host/paths';
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

test('Help ▸ Check for updates… and Settings ▸ About tell the version and where releases are, without going online', async ({ app }) => {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const page = await app.launch();

  // The native Help menu sends its command to whatever screen is open.
  await app.emit('menu:command', 'check-for-updates');
  let dialog = page.getByRole('dialog', { name: 'Check for updates' });
  await expect(dialog).toContainText(`You are using Call Desk version ${version}.`);
  await expect(dialog).toContainText('Call Desk does not connect to the internet by itself');
  const address = dialog.getByRole('textbox', { name: 'Releases page' });
  await expect(address).toHaveValue(releasesPageUrl);
  await expect(address).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: 'Settings' }).click();
  const about = page.getByRole('region', { name: 'About Call Desk' });
  await expect(about).toContainText(`You are using Call Desk version ${version}.`);
  const open = about.getByRole('button', { name: 'Check for updates…' });
  await open.click();
  dialog = page.getByRole('dialog', { name: 'Check for updates' });
  await expect(dialog.getByRole('textbox', { name: 'Releases page' })).toHaveValue(releasesPageUrl);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});
