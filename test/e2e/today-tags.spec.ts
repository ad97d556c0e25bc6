// Splitting the day's calls by tag: two demo accounts in the queue and one left out are tagged
// "Anna" on the customer form with the keyboard only; Today filtered by "Anna" shows just those,
// in the queue's order; a calling session started under the filter goes through the two in the
// queue alone; the filter is kept while working, and the tags are still there after a reload.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Wednesday 16:45 in the Chicago office (see today.spec.ts): Harbor Point Dental Group and
// Oakridge Builders LLC are in the queue, with Jorge Alvarez ranked above both; Westbrook Property
// Management is left out (a promise not yet due).
test.use({ now: '2026-06-17T21:45:00.000Z' });

const queue = (page: Page) => page.getByRole('table', { name: 'Calls for today' });
const tagFilter = (page: Page) => page.getByRole('group', { name: "Filter today's calls" }).getByRole('combobox', { name: 'Tag' });
const fileHeading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** From Today, opens the account's file and types its tags into the customer form, keyboard only. */
async function tagFromToday(page: Page, name: string, typed: string, expected: string[], screenshot?: string) {
  await page.keyboard.press('Control+1');
  const inQueue = queue(page).getByRole('link', { name });
  await expect(queue(page)).toBeVisible();
  if ((await inQueue.count()) === 0) await page.getByText(/^Left out \(\d+\)$/).click();
  await page.getByRole('main').getByRole('link', { name }).click();
  await expect(fileHeading(page, name)).toBeVisible();
  await page.getByRole('button', { name: 'Edit customer' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit customer' });
  const tags = dialog.getByRole('combobox', { name: 'Tags' });
  await tags.focus();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  // Each chip is named by its remove button.
  const removeButtons = dialog.getByRole('list', { name: 'Tags on this account' }).getByRole('button');
  await expect(removeButtons).toHaveCount(expected.length);
  for (const [i, tag] of expected.entries()) await expect(removeButtons.nth(i)).toHaveAccessibleName(`Remove tag ${tag}`);
  await expect(tags).toHaveValue('');
  // Enter in the Tags box added the tag and left the dialog open.
  await expect(dialog).toBeVisible();
  if (screenshot) {
    await dialog.screenshot({ path: screenshot });
    const results = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  }
  await dialog.getByRole('button', { name: 'Save customer' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Tags', exact: true }).getByRole('listitem')).toHaveText(expected);
}

test('tagged accounts: Today filtered by a tag, a calling session through those only, tags kept after a reload', async ({
  app,
}, testInfo) => {
  const page = await app.launch();
  await tagFromToday(page, 'Harbor Point Dental Group', 'Anna', ['Anna']);
  // A comma adds too; the same tag in other letters is not added twice.
  await tagFromToday(
    page,
    'Oakridge Builders LLC',
    'Key accounts, anna,Anna',
    ['Key accounts', 'anna'],
    testInfo.outputPath('tags-field.png'),
  );
  await tagFromToday(page, 'Westbrook Property Management LLC', 'Anna', ['Anna']);

  await page.keyboard.press('Control+1');
  await expect(tagFilter(page).getByRole('option')).toHaveText(['Any tag', 'Anna', 'Key accounts', 'No tag']);
  const allRows = await queue(page).getByRole('row').count();
  await tagFilter(page).selectOption({ label: 'Anna' });
  const rows = queue(page).getByRole('row');
  await expect(rows).toHaveCount(3); // the header and the two tagged accounts
  await expect(rows.nth(1)).toContainText('Harbor Point Dental Group');
  await expect(rows.nth(1).getByRole('list', { name: 'Tags', exact: true })).toHaveText('Anna');
  await expect(rows.nth(2)).toContainText('Oakridge Builders LLC');
  await expect(page.getByText('2 accounts to call · 1 left out')).toBeVisible();
  await page.getByText('Left out (1)').click();
  await expect(
    page.getByRole('table', { name: 'Left out today' }).getByRole('row', { name: /Westbrook Property Management LLC/ }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('today-filtered-by-tag.png'), fullPage: true });
  const todayProblems = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(todayProblems.map((v) => v.id)).toEqual([]);

  // "No tag" shows the others, Jorge Alvarez first as in the whole queue.
  await tagFilter(page).selectOption({ label: 'No tag' });
  await expect(queue(page).getByRole('row')).toHaveCount(allRows - 2);
  await expect(queue(page).getByRole('row').nth(1)).toContainText('Jorge Alvarez');
  await expect(queue(page).getByRole('row', { name: /Harbor Point/ })).toHaveCount(0);

  // The session takes the queue as filtered: Harbor Point, then Oakridge, and nobody else.
  await tagFilter(page).selectOption({ label: 'Anna' });
  await expect(queue(page).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Start calling' }).click();
  await expect(fileHeading(page, 'Harbor Point Dental Group')).toBeVisible();
  const sessionBar = page.getByRole('region', { name: 'Calling session', exact: true });
  await expect(sessionBar).toContainText('account 1 of 2, Harbor Point Dental Group');
  await sessionBar.getByRole('button', { name: 'Skip…' }).click();
  const skip = page.getByRole('dialog', { name: 'Skip Harbor Point Dental Group' });
  await skip.getByRole('textbox', { name: 'Why skip this account?' }).fill('Anna calls them on Thursdays');
  await skip.getByRole('button', { name: 'Skip and go on' }).click();
  await expect(fileHeading(page, 'Oakridge Builders LLC')).toBeVisible();
  await expect(sessionBar).toContainText('account 2 of 2, Oakridge Builders LLC');

  // Back on Today the filter is still "Anna".
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('button', { name: 'Resume calling: account 2 of 2' })).toBeVisible();
  await expect(tagFilter(page)).toHaveValue('tag:Anna');
  await expect(queue(page).getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Resume calling: account 2 of 2' }).click();
  await expect(fileHeading(page, 'Oakridge Builders LLC')).toBeVisible();

  // After a reload the tags are still on the accounts, the file and Today's filter.
  await page.reload();
  await expect(fileHeading(page, 'Oakridge Builders LLC')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tags', exact: true }).getByRole('listitem')).toHaveText(['Key accounts', 'anna']);
  await page.locator('.screen-header').screenshot({ path: testInfo.outputPath('file-header.png') });
  await page.keyboard.press('Control+1');
  await expect(tagFilter(page).getByRole('option')).toHaveText(['Any tag', 'Anna', 'Key accounts', 'No tag']);
  await expect(
    queue(page)
      .getByRole('row', { name: /Harbor Point Dental Group/ })
      .getByRole('list', { name: 'Tags', exact: true }),
  ).toHaveText('Anna');
});
