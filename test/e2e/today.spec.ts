// Today opens first and lists whom to call, in order, with the reason in words; the accounts left
// out say why on demand; the screen has no serious accessibility problem in either theme.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToCustomerList } from './support/app-steps';
import { screenshotPath } from './support/screenshots';

// Wednesday 16:45 in the Chicago office: 14:45 in Los Angeles, just after Harbor Point's callback
// time, and 22:45 in Bristol, outside the calling hours there.
test.use({ now: '2026-06-17T21:45:00.000Z' });

function queue(page: Page) {
  return page.getByRole('table', { name: 'Calls for today' });
}

test('demo data gives a Today queue led by the due callbacks and the broken promises, with reasons', async ({ app }) => {
  let page = await app.launch();
  // The setup ended on Today before the step went to the customer list; Ctrl+1 goes back.
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const rows = queue(page).getByRole('row');
  await expect(rows.nth(1)).toContainText('Jorge Alvarez');
  await expect(rows.nth(1)).toContainText(
    'Callback, overdue since Jun 15, 2026, 6:30 PM: Call Jorge after 6 pm about the missed card payment.',
  );
  await expect(rows.nth(2)).toContainText('Harbor Point Dental Group');
  await expect(rows.nth(2)).toContainText('Callback, due 4:30 PM: Call Marcus Lee (Controller) after 2 pm');
  await expect(rows.nth(3)).toContainText('Instalment 2 of 2 ($2,800.00 by cheque in the mail) was due on Jun 8, 2026; only part received');
  await expect(rows.nth(4)).toContainText('Oakridge Builders LLC');
  await expect(rows.nth(4)).toContainText('Promise of $4,212.60 by cheque in the mail was due on Jun 11, 2026; nothing received');
  // Each row: balance, oldest days past due, last contact and the customer's own time.
  await expect(rows.nth(2)).toContainText('$4,027.15');
  await expect(rows.nth(2)).toContainText('73 days');
  await expect(rows.nth(2)).toContainText('Jun 16, 2026');
  await expect(rows.nth(2)).toContainText('Wed 2:45 PM PDT');
  // A chase row explains its rank on demand.
  const chase = rows.nth(5);
  await chase.getByText(/^Rank score/).click();
  await expect(chase.getByText(/^Largest past-due amount \+/)).toBeVisible();

  // Left out, folded with its count; each reason on demand.
  await expect(page.getByRole('table', { name: 'Left out today' })).toHaveCount(0);
  await page.getByText(/^Left out \(\d+\)$/).click();
  const leftOut = page.getByRole('table', { name: 'Left out today' });
  await expect(leftOut.getByRole('row', { name: /Tidewater Seafood Kitchen/ })).toContainText('Dispute open: on hold until it is resolved');
  await expect(leftOut.getByRole('row', { name: /Hannah Brooks/ })).toContainText('Call after 8:00 their time');
  const westbrook = leftOut.getByRole('row', { name: /Westbrook Property Management/ });
  await expect(westbrook).toContainText('Promise pending: $3,150.00 due on Jun 22, 2026');
  await westbrook.getByText('Why').click();
  await expect(westbrook.getByRole('listitem')).toHaveText(['Promise pending: $3,150.00 due on Jun 22, 2026.']);

  // Filters: consumer accounts only, then over 90 days.
  const filters = page.getByRole('group', { name: "Filter today's calls" });
  await filters.getByLabel('Accounts').selectOption('consumer');
  await expect(rows.nth(1)).toContainText('Jorge Alvarez');
  await expect(queue(page).getByRole('row', { name: /Harbor Point/ })).toHaveCount(0);
  await filters.getByLabel('Accounts').selectOption('all');
  await filters.getByLabel('Oldest past due').selectOption('90+');
  await expect(queue(page).getByRole('row', { name: /Evergreen Senior Living/ })).toBeVisible();
  await expect(queue(page).getByRole('row', { name: /Jorge Alvarez/ })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('today.png'), fullPage: true });

  // Ctrl+2 is the customer list; a restart opens on Today again.
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  page = await app.restart();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(queue(page).getByRole('row').nth(2)).toContainText('Harbor Point Dental Group');
  await goToCustomerList(page);
});

test('Today has no serious or critical accessibility problems in either theme', async ({ app }) => {
  test.skip(app.runtime !== 'chromium', 'Colour scheme emulation is set on the Chromium page.');
  const page = await app.launch();
  await page.keyboard.press('Control+1');
  await expect(queue(page).getByRole('row').nth(1)).toBeVisible();
  await page.getByText(/^Left out \(\d+\)$/).click();
  await page.getByRole('table', { name: 'Left out today' }).getByText('Why').first().click();
  await queue(page)
    .getByText(/^Rank score/)
    .first()
    .click();
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const results = await new AxeBuilder({ page }).analyze();
    found.push(
      ...results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${colorScheme}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
  }
  expect(found).toEqual([]);
});
