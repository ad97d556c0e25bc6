// The data is gone but its backups are not (issue 11, point 3): the browser storage Call Desk
// keeps its data in was reset (a damaged profile, a full disk). The app must not start afresh
// with demo accounts over that: it says what happened and offers the newest backup, which
// restores everything; starting afresh is a deliberate second step.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForAutomaticBackup } from './support/backup-steps';
import { dumpDatabase } from './support/database-dump';

/** What a reset browser storage leaves: no database at all. */
async function loseTheDatabase(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('call-desk');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

test('with the data gone and backups kept, the app offers the newest backup and restores it', async ({ app, host }, testInfo) => {
  const page = await app.launch();
  const folder = await waitForAutomaticBackup(host);
  const before = await dumpDatabase(page);
  const customers = (before.customers ?? []).length;
  expect(customers).toBeGreaterThan(0);

  await loseTheDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your Call Desk data was not found', level: 1 })).toBeVisible();
  await expect(page.getByText(folder)).toBeVisible();
  // Nothing was seeded: no setup, no demo accounts.
  await expect(page.getByRole('heading', { name: /Set up Call Desk/ })).toHaveCount(0);
  expect((await dumpDatabase(page)).customers ?? []).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('data-not-found.png') });

  await page.getByRole('button', { name: /^Restore the newest backup \(/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog.getByRole('row', { name: /^Customers/ })).toHaveText(new RegExp(`Customers\\s*${customers}\\s*0`));
  await dialog.getByRole('button', { name: 'Replace my data' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Your data was restored from the backup made on' })).toBeVisible();
  await expect(page.getByText(`${customers} accounts`)).toBeVisible();
  const after = await dumpDatabase(page);
  expect((after.customers ?? []).map((c) => (c as { id: string }).id).sort()).toEqual(
    (before.customers ?? []).map((c) => (c as { id: string }).id).sort(),
  );
});

test('starting afresh is a second, deliberate step, and leads to the setup', async ({ app, host }) => {
  const page = await app.launch();
  await waitForAutomaticBackup(host);
  await loseTheDatabase(page);
  await page.reload();
  await page.getByRole('button', { name: 'Start afresh…' }).click();
  await expect(page.getByText('the backups stay in their folder')).toBeVisible();
  await page.getByRole('button', { name: 'Start afresh', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your Call Desk data was not found' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Set up Call Desk', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try with demo data' })).toBeVisible();
});
