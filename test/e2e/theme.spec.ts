// Light or dark: the app follows the computer's setting, and Settings can force either.
import { expect, test } from './fixtures';

test('the app follows the computer light or dark, and Settings can force either', async ({ app }) => {
  test.skip(app.runtime !== 'chromium', 'Colour scheme emulation is set on the Chromium page.');
  const page = await app.launch();
  const html = page.locator('html');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const colours = page.getByRole('group', { name: 'Colours' });
  await expect(colours.getByRole('radio', { name: 'Same as the computer' })).toBeChecked();
  await colours.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light'); // although the computer is dark
  expect(await background()).toBe(light);

  // The choice is kept.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(colours.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');

  await colours.getByRole('radio', { name: 'Dark' }).check();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await colours.getByRole('radio', { name: 'Same as the computer' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
});
