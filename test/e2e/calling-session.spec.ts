// A calling session down Today's queue: the first account gets a promise and Next (Ctrl+Enter),
// the second is skipped with a reason, the browser closes and reopens in the middle, the third
// gets a dispute and a callback, and the summary adds up what was recorded.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addDays, todayIn } from '../../shared/dates/calendar';
import { expect, test } from './fixtures';
import { e2eOffice } from './support/first-run-setup';
import { testNow } from './support/test-clock';

// Wednesday 16:45 in the Chicago office (see today.spec.ts): the queue starts with Jorge Alvarez,
// Harbor Point Dental Group and Redstone Framing & Concrete.
test.use({ now: '2026-06-17T21:45:00.000Z' });

const sessionBar = (page: Page) => page.getByRole('region', { name: 'Calling session', exact: true });
// Exact: the call screen's heading ("Call with Jorge Alvarez") must not pass for the file's.
const fileHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function logCallAndSave(page: Page, fill: (outcome: ReturnType<Page['getByRole']>) => Promise<void>, customer: string) {
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { level: 1, name: /^Call with/ })).toBeVisible();
  const outcome = page.getByRole('form', { name: 'Outcome' });
  await fill(outcome);
  await outcome.getByRole('button', { name: /Save outcome and close call/ }).click();
  await expect(fileHeading(page, customer)).toBeVisible();
  await expect(sessionBar(page)).toContainText('Outcome saved: go on to the next account.');
}

test('a calling session goes through three accounts with Next and Skip, survives a restart and ends with its summary', async ({
  app,
}, testInfo) => {
  // Three calls, a restart and two accessibility checks: longer than one screen's worth of work.
  test.setTimeout(120_000);
  const tomorrow = addDays(todayIn(e2eOffice.officeTimeZone, testNow()), 1);
  let page = await app.launch();
  await page.keyboard.press('Control+1');
  await page.getByRole('button', { name: 'Start calling' }).click();

  // 1. Jorge Alvarez: Next waits for the outcome; a promise of $300, then Ctrl+Enter.
  await expect(fileHeading(page, 'Jorge Alvarez')).toBeVisible();
  // Ready to dial: the focus is on the first call button, so Enter dials.
  await expect(page.getByRole('button', { name: /^Call Jorge Alvarez on / }).first()).toBeFocused();
  await expect(sessionBar(page)).toContainText(/account 1 of \d+, Jorge Alvarez/);
  await expect(sessionBar(page).getByRole('button', { name: /^Next/ })).toBeDisabled();
  if (app.runtime === 'chromium') expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('session-bar.png') });
  await logCallAndSave(
    page,
    async (outcome) => {
      await outcome.getByRole('radio', { name: 'Promise to pay' }).check();
      await outcome.getByRole('textbox', { name: 'Promised amount' }).fill('300.00');
      await outcome.getByRole('combobox', { name: 'Payment method' }).selectOption({ label: 'Card by phone' });
      await outcome.getByLabel('Payment date').fill(tomorrow);
    },
    'Jorge Alvarez',
  );
  await page.keyboard.press('Control+Enter');

  // 2. Harbor Point: skipped, with a reason.
  await expect(fileHeading(page, 'Harbor Point Dental Group')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Call Marcus Lee on / }).first()).toBeFocused();
  await expect(sessionBar(page)).toContainText(/account 2 of \d+/);
  await sessionBar(page).getByRole('button', { name: 'Skip…' }).click();
  const skip = page.getByRole('dialog', { name: 'Skip Harbor Point Dental Group' });
  await skip.getByRole('button', { name: 'Skip and go on' }).click();
  await expect(skip.getByText('Say briefly why this account is skipped.')).toBeVisible();
  await skip.getByRole('textbox', { name: 'Why skip this account?' }).fill('Marcus Lee is in budget meetings until Friday');
  await skip.getByRole('button', { name: 'Skip and go on' }).click();
  await expect(fileHeading(page, 'Redstone Framing & Concrete LLC')).toBeVisible();

  // The browser closes and opens again: Today offers to resume at the third account.
  page = await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(sessionBar(page)).toContainText(/account 3 of \d+, Redstone Framing & Concrete LLC/);
  await page.getByRole('button', { name: /^Resume calling: account 3 of \d+$/ }).click();
  await expect(fileHeading(page, 'Redstone Framing & Concrete LLC')).toBeVisible();

  // 3. Redstone: a dispute, with a callback set for tomorrow.
  await logCallAndSave(
    page,
    async (outcome) => {
      await outcome.getByRole('radio', { name: 'Dispute raised' }).check();
      await outcome.getByRole('combobox', { name: 'Dispute reason' }).selectOption({ label: 'Price differs from agreement' });
      await outcome
        .getByRole('textbox', { name: 'What the customer said' })
        .fill('Ray says the pump rental was quoted at a lower day rate.');
      await outcome.getByRole('checkbox', { name: 'Schedule a follow-up' }).check();
      await outcome.getByLabel('Follow-up date').fill(tomorrow);
      await outcome.getByRole('textbox', { name: 'Follow-up time' }).fill('10:00');
    },
    'Redstone Framing & Concrete LLC',
  );
  await sessionBar(page).getByRole('button', { name: /^Next/ }).click();
  await expect(sessionBar(page)).toContainText(/account 4 of \d+/);

  // End: Today shows what the session recorded.
  await sessionBar(page).getByRole('button', { name: 'End session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(sessionBar(page)).toHaveCount(0);
  const summary = page.getByRole('region', { name: 'Calling session summary' });
  const figures = summary.getByRole('definition');
  await expect(figures).toHaveText(['2', '2', '$300.00', '1', '1', '1']);
  await expect(summary.getByRole('term')).toHaveText(['Calls', 'Reached', 'Promised', 'Disputes', 'Callbacks set', 'Skipped']);
  await page.screenshot({ path: testInfo.outputPath('session-summary.png'), fullPage: true });
  if (app.runtime === 'chromium') expect(await seriousViolations(page)).toEqual([]);
  await summary.getByRole('button', { name: 'Close summary' }).click();
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start calling' })).toBeEnabled();
});
