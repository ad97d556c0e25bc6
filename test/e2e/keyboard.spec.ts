// A bookkeeper on the phone keeps their hands on the keyboard: find, open, log a call, take a
// note with a timestamp, record the outcome and close the call without touching the mouse.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { timeline } from './support/app-steps';

test('the whole call flow from the keyboard', async ({ app }) => {
  const page = await app.launch();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();

  await page.keyboard.press('Control+K');
  await expect(page.getByRole('combobox', { name: 'Search customers' })).toBeFocused();
  await page.keyboard.type('Harbor Point');
  await expect(page.getByRole('option', { name: new RegExp(demoAnchorCustomerName) })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();

  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();

  // Script: mark the current step covered and move on.
  await page.getByRole('region', { name: 'Call script' }).getByRole('button').first().focus();
  await page.keyboard.press('Control+]');
  await expect(page.getByText(/^1 of \d+ steps covered$/)).toBeVisible();

  // Note, with a timestamp.
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('textbox', { name: 'Call note' })).toBeFocused();
  await page.keyboard.press('Control+;');
  await page.keyboard.type('Voicemail full; will try again tomorrow.');
  await expect(page.getByRole('textbox', { name: 'Call note' })).toHaveValue(/^\[.+\] Voicemail full; will try again tomorrow\.$/);

  // Outcome: No answer, chosen with the arrow keys; then save with Ctrl+Enter.
  await page.keyboard.press('Alt+3');
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await expect(outcome.getByRole('radio', { name: 'Promise to pay' })).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(outcome.getByRole('radio', { name: 'No answer' })).toBeChecked();
  await page.keyboard.press('Control+Enter');

  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
  const call = timeline(page)
    .getByRole('listitem', { name: /^Call,/ })
    .first();
  await expect(call).toContainText('No answer');
  await expect(call).toContainText('Voicemail full; will try again tomorrow.');

  // F1 lists the shortcuts; Escape closes it.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Insert the date and time into the call note');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
