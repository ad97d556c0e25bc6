// "No answer" twice leaves one callback (the second call moves it), and a follow-up marked done
// by mistake comes back with Undo, from the keyboard.
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import { expect, test } from './fixtures';
import { openCustomerBySearch } from './support/app-steps';
import type { Page } from '@playwright/test';

const followUpsScreen = (page: Page) => page.getByRole('main', { name: 'Follow-ups' });
const anchorCallbacks = (page: Page) =>
  followUpsScreen(page)
    .getByRole('row', { name: new RegExp(demoAnchorCustomerName) })
    .filter({ hasText: 'Callback' });

async function openFollowUps(page: Page): Promise<void> {
  await page
    .getByRole('link', { name: /^Follow-ups/ })
    .first()
    .click();
  // The "n open" line is there once the list has been read.
  await expect(followUpsScreen(page).getByText(/\d+ open/)).toBeVisible();
}

async function logNoAnswer(page: Page, note: string, callbackOpen = false): Promise<void> {
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Log a call' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await outcome.getByRole('radio', { name: 'No answer' }).check();
  await expect(outcome.getByLabel('Follow-up time')).toBeVisible();
  await outcome.getByRole('textbox', { name: 'Follow-up note' }).fill(note);
  // The form says the open callback will move rather than a second one appear.
  if (callbackOpen) await expect(outcome).toContainText('This moves the callback already set for');
  await outcome.getByRole('button', { name: /^Save outcome and close call/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();
}

test('a second "no answer" moves the open callback, and Done can be undone', async ({ app }) => {
  test.slow(); // two calls and three visits to Follow-ups
  const page = await app.launch();
  await openFollowUps(page);
  const before = await anchorCallbacks(page).count();

  await logNoAnswer(page, 'Try the front desk');
  await openFollowUps(page);
  const afterFirst = Math.max(before, 1);
  await expect(anchorCallbacks(page)).toHaveCount(afterFirst);

  await logNoAnswer(page, 'Ask for the office manager', true);
  await openFollowUps(page);
  await expect(anchorCallbacks(page).filter({ hasText: 'Ask for the office manager' })).toHaveCount(1);
  await expect(anchorCallbacks(page)).toHaveCount(afterFirst);

  // Done by mistake: the status line offers Undo, and the keyboard lands on it.
  const row = anchorCallbacks(page).filter({ hasText: 'Ask for the office manager' });
  const dueAt = await row.locator('time').getAttribute('datetime');
  await row.getByRole('button', { name: /^Done/ }).click();
  const status = followUpsScreen(page).getByRole('status');
  await expect(status).toContainText(`Done: Callback for ${demoAnchorCustomerName}.`);
  await expect(row).toHaveCount(0);
  const undo = status.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toContainText(`Back on the list: Callback for ${demoAnchorCustomerName}.`);
  await expect(row).toHaveCount(1);
  await expect(row.locator('time')).toHaveAttribute('datetime', dueAt ?? '');
  await expect(undo).toHaveCount(0);
});
