// Placing an account with a collection agency, end to end: the form checks what it is given,
// the placement is on the timeline and the customer list, calling is off with the reason, main's
// reminders for the account go; recalling it (with a reason) brings them back.
import type { Page } from '@playwright/test';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { demoAnchorCustomerName } from '../../shared/demo/demo-data';
import type { TestHost } from '../host/test-host';
import { expect, test } from './fixtures';
import { waitForMain } from './support/main-state';
import { openCustomerBySearch, timeline } from './support/app-steps';
import { officeToday } from './support/demo-expectations';
import { readStoredAccount } from './support/stored-records';

const agency = 'Pacific Recovery Partners';

/** Reminders main holds for the anchor account, fired today or still to come. */
function anchorReminders(host: TestHost): number {
  const items = [...host.services.reminders.dueToday(), ...host.services.reminders.upcoming(10_000)];
  return new Set(items.filter((i) => i.customerName === demoAnchorCustomerName).map((i) => i.id)).size;
}

async function searchCustomers(page: Page, query: string) {
  await page.getByRole('link', { name: 'Customers' }).first().click();
  const search = page.getByRole('combobox', { name: 'Search customers' });
  await search.fill(query);
  return page.getByRole('option', { name: new RegExp(query) }).first();
}

test('placing an account takes it out of calling and reminders; recalling it brings it back', { tag: '@clock' }, async ({ app, host }) => {
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  // The demo's callback due today is in main's schedule.
  await expect.poll(() => anchorReminders(host), waitForMain).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Log a call' })).toBeEnabled();

  // The form says what is wrong, where it is wrong.
  await page.getByRole('button', { name: 'Place with agency…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Place with agency' });
  const placedOn = dialog.getByLabel('Date placed');
  await expect(placedOn).toHaveValue(officeToday());
  await dialog.getByRole('button', { name: 'Place with agency' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Agency name' })).toBeFocused();
  await expect(dialog.getByText('Agency name is required.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Agency name' }).fill(agency);
  await placedOn.fill('2999-01-01');
  await dialog.getByRole('button', { name: 'Place with agency' }).click();
  await expect(dialog.getByText('The date placed cannot be in the future.')).toBeVisible();
  expect((await readStoredAccount(page, demoAnchorCustomerName)).customer.placement ?? null).toBeNull();

  await placedOn.fill(officeToday());
  await dialog.getByRole('textbox', { name: 'Agency reference' }).fill('PRP-5521');
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Full file and signed agreement sent by courier.');
  await dialog.getByRole('button', { name: 'Place with agency' }).click();
  await expect(dialog).toBeHidden();

  // The file says so plainly, calling is off with the reason, and the timeline records it.
  const placedText = `Placed with ${agency} on ${formatCalendarDate(officeToday(), 'en-US')}`;
  const banner = page.getByRole('region', { name: 'Agency placement' });
  await expect(banner).toContainText(placedText);
  await expect(banner).toContainText('agency reference PRP-5521');
  await expect(banner).toContainText(`Calls are paused while ${agency} collects this account.`);
  await expect(page.getByRole('button', { name: 'Log a call' })).toBeDisabled();
  for (const callButton of await page.getByRole('button', { name: /^Call / }).all()) await expect(callButton).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Place with agency…' })).toHaveCount(0);
  const placedEntry = timeline(page).getByRole('listitem', { name: new RegExp(`^Placed with ${agency}`) });
  await expect(placedEntry).toContainText('Full file and signed agreement sent by courier.');

  // Ctrl+L says why no call can be logged instead of doing nothing, and no call starts.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('alert')).toHaveText(
    `${placedText}. Calls are paused while ${agency} collects this account. Recall it from the agency to call again.`,
  );
  await expect(page.getByRole('heading', { level: 1, name: demoAnchorCustomerName })).toBeVisible();

  // Main's reminders for the account are gone; the customer list shows the badge.
  await expect.poll(() => anchorReminders(host), waitForMain).toBe(0);
  await expect(await searchCustomers(page, 'Harbor Point')).toContainText('With agency');
  await page.getByRole('link', { name: /Follow-ups/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups' })).toBeVisible();
  await expect(page.getByRole('main').getByText(demoAnchorCustomerName)).toHaveCount(0);

  // Recall, with the reason: calling and reminders come back, and the timeline has both events.
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  await banner.getByRole('button', { name: 'Recall from agency…' }).click();
  const recall = page.getByRole('dialog', { name: 'Recall from agency' });
  await recall.getByRole('button', { name: 'Recall from agency' }).click();
  await expect(recall.getByText('Reason is required.')).toBeVisible();
  await recall
    .getByRole('textbox', { name: 'Reason' })
    .fill('The agency returned the account: the customer asked to deal with us directly.');
  await recall.getByRole('button', { name: 'Recall from agency' }).click();
  await expect(recall).toBeHidden();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Log a call' })).toBeEnabled();
  await expect(timeline(page).getByRole('listitem', { name: new RegExp(`^Recalled from ${agency}`) })).toContainText(
    'customer asked to deal with us directly',
  );
  await expect(placedEntry).toBeVisible();
  await expect.poll(() => anchorReminders(host), waitForMain).toBeGreaterThan(0);
  await expect(await searchCustomers(page, 'Harbor Point')).not.toContainText('With agency');

  // The agency is suggested the next time an account is placed.
  await openCustomerBySearch(page, 'Harbor Point');
  await page.getByRole('button', { name: 'Place with agency…' }).click();
  const again = page.getByRole('dialog', { name: 'Place with agency' });
  await expect(again.getByText('Agencies you used before are suggested as you type.')).toBeVisible();
  await expect(again.locator(`datalist option[value="${agency}"]`)).toHaveCount(1);
  await again.getByRole('button', { name: 'Cancel' }).click();
  await expect(again).toBeHidden();
});

test('while a call is open, "Place with agency…" is off and says why', async ({ app }) => {
  const page = await app.launch();
  await openCustomerBySearch(page, 'Harbor Point');
  const place = page.getByRole('button', { name: 'Place with agency…' });
  await expect(place).toBeEnabled();
  await expect(place).toHaveAccessibleDescription('');

  await page.getByRole('button', { name: 'Log a call' }).click();
  await expect(page).toHaveURL(/call/);
  await page.getByRole('link', { name: 'Customers' }).first().click();
  await openCustomerBySearch(page, 'Harbor Point');
  await expect(page.getByRole('status').filter({ hasText: 'A call is in progress' })).toBeVisible();
  await expect(place).toBeDisabled();
  await expect(place).toHaveAccessibleDescription('Finish the open call first.');
  await expect(page.getByRole('group', { name: 'Statements and agency' }).getByText('Finish the open call first.')).toBeVisible();
});
