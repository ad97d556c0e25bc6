// The call never gets lost: while a call is open, every other screen shows a bar with the
// customer, the running time and "Return to call"; and the script keys work from the note.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';

test('the script keys work from the note, and a bar on every screen leads back to the open call', async ({ app }) => {
  const page = await app.launch();
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();
  // No bar on the call itself: its own header has the timer.
  await expect(page.getByRole('region', { name: 'Call in progress' })).toHaveCount(0);

  // Ctrl+] and Ctrl+[ from the note move through the script; the caret stays in the note. On the
  // general script, whose steps this names (the call opens on the one proposed).
  const note = page.getByRole('textbox', { name: 'Call note' });
  const script = page.getByRole('region', { name: 'Call script' });
  await page.getByRole('combobox', { name: 'Script' }).selectOption('collection-call');
  await expect(script.getByRole('heading', { level: 2 }).first()).toHaveText('Past-due account call');
  await note.click();
  await page.keyboard.type('Asked for Marcus.');
  await page.keyboard.press('Control+]');
  await expect(script.getByText('1 of 9 steps covered')).toBeVisible();
  await expect(script.getByRole('button', { name: 'Say who you are and why you are calling' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Control+]');
  await expect(script.getByText('2 of 9 steps covered')).toBeVisible();
  await page.keyboard.press('Control+[');
  await expect(script.getByRole('button', { name: 'Say who you are and why you are calling' })).toHaveAttribute('aria-expanded', 'true');
  await expect(note).toBeFocused();
  await page.keyboard.type(' He is out.');
  await expect(note).toHaveValue('Asked for Marcus. He is out.');

  // Elsewhere, the bar shows who the call is with and how long it has run.
  const bar = page.getByRole('region', { name: 'Call in progress' });
  for (const screen of ['Promises', 'Export', 'Settings', 'Customers']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screen }).click();
    await expect(page.getByRole('heading', { level: 1, name: screen })).toBeVisible();
    await expect(bar).toContainText(demoAnchorCustomerName);
    await expect(bar.getByRole('timer', { name: 'Time on this call' })).toHaveText(/^\d+:\d\d$/);
  }
  const before = await bar.getByRole('timer').textContent();
  await expect(bar.getByRole('timer')).not.toHaveText(before ?? '', { timeout: 10_000 }); // it runs

  // Return to call, from the keyboard.
  await bar.getByRole('link', { name: 'Return to call' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();
  await expect(note).toHaveValue('Asked for Marcus. He is out.');
  await expect(bar).toHaveCount(0);

  // Once the call is closed, the bar is gone everywhere.
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await outcome.getByRole('button', { name: /^Save outcome/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promises' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Promises' })).toBeVisible();
  await expect(bar).toHaveCount(0);
});
