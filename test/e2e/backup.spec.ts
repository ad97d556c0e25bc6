// Backups (issue 4, point 7): "Back up now" to a file, wipe, "Restore from backup" gives back
// exactly the same data, documents included, after keeping a safety copy of the data it replaces
// (which restores the same way); without a safety copy there is no restore; a cut-off or foreign
// file is refused with a clear message and nothing changes; the automatic daily backup appears
// in the data folder and in Settings, and a failed one leads to Settings → Backups.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMain } from './support/main-state';
import { createCustomerWithInvoice, openCustomerBySearch, removeDemoData } from './support/app-steps';
import { backUpNow, backupsRegion, openBackups, waitForAutomaticBackup } from './support/backup-steps';
import { dumpDatabase } from './support/database-dump';
import type { TestHost } from '../host/test-host';

/** The safety copies (made before each restore) in main's backups folder, oldest first. */
async function safetyCopies(host: TestHost): Promise<string[]> {
  const folder = path.join(host.dataDir, 'backups');
  return existsSync(folder) ? (await readdir(folder)).filter((name) => /^before-restore-.*\.cdbackup$/.test(name)).sort() : [];
}

/** Attaches a small PNG (a real one: a screenshot) to the demo account Harbor Point. */
async function attachDocument(page: Page, file: string) {
  await writeFile(file, await page.screenshot({ clip: { x: 0, y: 0, width: 24, height: 16 } }));
  await openCustomerBySearch(page, 'Harbor Point');
  const documents = page.getByRole('region', { name: 'Documents' });
  await documents.getByLabel('Files to attach').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Attach documents' });
  await dialog.getByRole('button', { name: 'Attach' }).click();
  await expect(dialog).toBeHidden();
  await expect(documents.getByRole('button', { name: `Open ${path.basename(file)}` })).toBeVisible();
}

test('back up, wipe, restore gives back exactly the same data, documents included', async ({ app, host }, testInfo) => {
  const page = await app.launch();
  await attachDocument(page, testInfo.outputPath('Proof of delivery.png'));

  const file = testInfo.outputPath('office.cdbackup');
  await backUpNow(page, host, file);
  expect(host.dialogs.asked.at(-1)).toMatchObject({
    kind: 'save',
    defaultName: expect.stringMatching(/^Call Desk backup \d{4}-\d{2}-\d{2}\.cdbackup$/),
  });
  await backupsRegion(page).screenshot({ path: testInfo.outputPath('backups-saved.png') });
  const before = await dumpDatabase(page);
  expect(before.documents).toHaveLength(1);
  expect(before.documentFiles).toHaveLength(1);
  const customers = before.customers!.length;
  const reminders = () =>
    host.services.reminders
      .upcoming()
      .map((reminder) => reminder.id)
      .sort();
  await expect.poll(reminders, waitForMain).not.toEqual([]);
  const remindersBefore = reminders();

  // Wipe: the demo accounts go, a new one comes.
  await removeDemoData(page);
  await createCustomerWithInvoice(page, {
    name: 'Wexford Stone Ltd',
    invoiceNumber: 'WX-1',
    amount: '450.00',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
  });
  expect(await dumpDatabase(page)).not.toEqual(before);
  await expect.poll(reminders, waitForMain).toEqual([]);

  const backups = await openBackups(page);
  host.dialogs.queueOpenPath(file);
  await backups.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog).toContainText('office.cdbackup is a backup made on');
  await expect(dialog.getByRole('row', { name: /^Customers/ })).toHaveText(new RegExp(`Customers\\s*${customers}\\s*1`));
  await expect(dialog.getByRole('row', { name: /^Documents/ })).toHaveText(/Documents\s*1\s*0/);
  await expect(dialog).toContainText('Restoring replaces all of the data in Call Desk with this backup.');
  await expect(dialog).toContainText(
    'Your current data is saved first as a backup named “before-restore-date and time.cdbackup” in the backups folder',
  );
  await expect(dialog).toContainText(path.join(host.dataDir, 'backups'));
  await dialog.screenshot({ path: testInfo.outputPath('restore-dialog.png') });
  const wiped = await dumpDatabase(page);
  expect(await safetyCopies(host)).toEqual([]);
  await dialog.getByRole('button', { name: 'Replace my data' }).click();

  // The app reloads on the restored data, on the customer list, and says which backup it was
  // and where the data it replaced is kept.
  const restored = page.getByRole('status').filter({ hasText: 'Your data was restored from the backup made on' });
  await expect(restored).toBeVisible();
  const [safetyCopy] = await safetyCopies(host);
  expect(safetyCopy).toMatch(/^before-restore-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.cdbackup$/);
  await expect(restored).toContainText(`Your data as it was just before is kept as ${safetyCopy} in the backups folder`);
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('after-restore.png') });
  expect(await dumpDatabase(page)).toEqual(before);
  // Main's reminder schedule is the restored data's again.
  await expect.poll(reminders, waitForMain).toEqual(remindersBefore);

  // The safety copy is listed as "Before restore" and restoring it gives back the data it replaced.
  const listed = (await openBackups(page)).getByRole('row').filter({ hasText: 'Before restore' });
  await expect(listed).toHaveCount(1);
  await backupsRegion(page).screenshot({ path: testInfo.outputPath('backups-with-safety-copy.png') });
  await listed.getByRole('button', { name: /^Restore the backup made before a restore on / }).click();
  await expect(dialog).toContainText(`${safetyCopy} is a backup made on`);
  await expect(dialog.getByRole('row', { name: /^Customers/ })).toHaveText(new RegExp(`Customers\\s*1\\s*${customers}`));
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your data was restored from the backup made on' })).toBeVisible();
  // The list refills from the restored database: on a loaded machine that can take a while.
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option', { name: /Wexford Stone Ltd/ })).toBeVisible({
    timeout: 30_000,
  });
  expect(await dumpDatabase(page)).toEqual(wiped);
  // That restore kept a safety copy of its own, beside the first.
  expect(await safetyCopies(host)).toHaveLength(2);
  expect(await safetyCopies(host)).toContain(safetyCopy);
});

test('when the safety copy cannot be saved, nothing is restored and the user is told why', async ({ app, host }, testInfo) => {
  // A file where the backups folder should be: neither the automatic backup nor a safety copy
  // can be written there.
  await rm(path.join(host.dataDir, 'backups'), { recursive: true, force: true });
  await writeFile(path.join(host.dataDir, 'backups'), 'not a folder');
  const page = await app.launch();

  // The header says the automatic backup failed and leads, by keyboard too, to Settings → Backups.
  const notice = page.getByRole('link', { name: /^Automatic backup failed/ });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await notice.focus();
  await page.keyboard.press('Enter');
  const backups = backupsRegion(page);
  await expect(backups.getByRole('heading', { name: 'Backups', exact: true })).toBeFocused();
  await expect(backups.getByRole('status').filter({ hasText: 'The last automatic backup could not be made:' })).toBeVisible();

  const file = testInfo.outputPath('office.cdbackup');
  await backUpNow(page, host, file);
  await createCustomerWithInvoice(page, {
    name: 'Wexford Stone Ltd',
    invoiceNumber: 'WX-1',
    amount: '450.00',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
  });
  const before = await dumpDatabase(page);

  await openBackups(page);
  host.dialogs.queueOpenPath(file);
  await backups.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(
    'Call Desk could not save a copy of your current data first, so nothing was restored and your data has not been changed.',
  );
  await expect(alert).toContainText(`The backups folder (${path.join(host.dataDir, 'backups')}) could not be written to.`);
  await dialog.screenshot({ path: testInfo.outputPath('safety-copy-failed.png') });
  // The dialog stays open: the user can cancel, or try again once the cause is fixed.
  await expect(dialog.getByRole('button', { name: 'Replace my data' })).toBeEnabled();
  expect(await dumpDatabase(page)).toEqual(before);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await dumpDatabase(page)).toEqual(before);
});

test('a cut-off or foreign file is refused with a clear message and the data stays as it was', async ({ app, host }, testInfo) => {
  const page = await app.launch();
  const file = testInfo.outputPath('office.cdbackup');
  await backUpNow(page, host, file);
  const whole = await readFile(file);
  const truncated = testInfo.outputPath('cut off.cdbackup');
  await writeFile(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  const picture = testInfo.outputPath('holiday photo.cdbackup');
  await writeFile(picture, await page.screenshot({ clip: { x: 0, y: 0, width: 10, height: 10 } }));
  const text = testInfo.outputPath('notes.cdbackup');
  await writeFile(text, 'Call Wexford on Monday about WX-1.\n');

  // Something changed since the backup, so "unchanged" cannot mean "as in the backup".
  await createCustomerWithInvoice(page, {
    name: 'Wexford Stone Ltd',
    invoiceNumber: 'WX-1',
    amount: '450.00',
    issueDate: '2026-01-05',
    dueDate: '2026-02-04',
  });
  const before = await dumpDatabase(page);
  const backups = await openBackups(page);

  const cases = [
    { file: truncated, says: 'cut off.cdbackup cannot be restored. This backup file is incomplete' },
    { file: picture, says: 'holiday photo.cdbackup cannot be restored. This file is not a Call Desk backup.' },
    { file: text, says: 'notes.cdbackup cannot be restored. This file is not a Call Desk backup.' },
  ];
  for (const { file: chosen, says } of cases) {
    host.dialogs.queueOpenPath(chosen);
    await backups.getByRole('button', { name: 'Restore from backup…' }).click();
    const alert = backups.getByRole('alert');
    await expect(alert).toContainText(says);
    await expect(alert).toContainText('Your data has not been changed.');
    await expect(page.getByRole('dialog', { name: 'Restore from backup' })).toHaveCount(0);
  }
  await backups.screenshot({ path: testInfo.outputPath('backups-refused.png') });
  expect(await dumpDatabase(page)).toEqual(before);
});

test('the automatic backup is written to the data folder after launch and listed in Settings', async ({ app, host }, testInfo) => {
  const page = await app.launch();
  const folder = await waitForAutomaticBackup(host);

  const backups = await openBackups(page);
  await expect(backups).toContainText(folder);
  await expect(backups).toContainText(/Last automatic backup\s*[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}/);
  const restoreButtons = backups.getByRole('button', { name: /^Restore the backup made on / });
  await expect(restoreButtons).toHaveCount(1);
  await expect(page.getByText('Automatic backup failed')).toHaveCount(0);
  await backups.screenshot({ path: testInfo.outputPath('backups-section.png') });

  // An automatic backup can be restored too: it opens the same confirmation.
  await restoreButtons.first().click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  await expect(dialog).toContainText('is a backup made on');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
});
