// A backup holding a record the app cannot read (issue 11, point 1): a customer whose time zone
// does not exist, in a file whose checksums are right. The restore names the record (table, row,
// reason) and never stores it; "Restore the rest" restores everything else, leaves out that
// customer with all of its records, says what was left out, and the app works afterwards. And
// damaged data already stored takes down only the screen showing it (point 2).
import { readFile, writeFile } from 'node:fs/promises';
import { decodeBackup } from '../../shared/backup/decode-backup';
import { encodeBackup } from '../../shared/backup/encode-backup';
import { latestSchemaVersion } from '../../renderer/data/schema-versions';
import { expect, test } from './fixtures';
import { backUpNow, openBackups } from './support/backup-steps';
import { dumpDatabase } from './support/database-dump';
import { overwriteCustomer } from './support/stored-records';

type Row = Record<string, unknown>;

test('a backup with a customer in a time zone that does not exist restores the rest, and says what it left out', async ({
  app,
  host,
}, testInfo) => {
  const page = await app.launch();
  const file = testInfo.outputPath('office.cdbackup');
  await backUpNow(page, host, file);

  // The same backup with one customer's time zone made impossible, checksums made again.
  const decoded = await decodeBackup(new Uint8Array(await readFile(file)), { maxSchemaVersion: latestSchemaVersion });
  if (!decoded.ok) throw new Error(decoded.message);
  const { backup } = decoded;
  const customers = backup.tables.customers as Row[];
  const calls = backup.tables.calls as Row[];
  const index = customers.findIndex((c) => calls.some((call) => call.customerId === c.id));
  const martian = customers[index]!;
  customers[index] = { ...martian, timeZone: 'Mars/Olympus_Mons' };
  const damaged = testInfo.outputPath('damaged.cdbackup');
  await writeFile(
    damaged,
    await encodeBackup({
      schemaVersion: backup.schemaVersion,
      createdAt: backup.createdAt,
      app: backup.app,
      tables: backup.tables,
      documents: backup.documents,
    }),
  );
  const before = await dumpDatabase(page);

  const backups = await openBackups(page);
  host.dialogs.queueOpenPath(damaged);
  await backups.getByRole('button', { name: 'Restore from backup…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' });
  const damage = dialog.getByRole('region', { name: 'This backup holds a record Call Desk cannot read' });
  await expect(damage.getByRole('listitem')).toHaveText([
    `Customers, row ${index + 1} (${String(martian.legalName)}): timeZone: Choose a time zone such as America/Chicago`,
  ]);
  await expect(damage).toContainText('leaving out as well the');
  await expect(dialog.getByRole('button', { name: 'Replace my data' })).toHaveCount(0);
  await dialog.screenshot({ path: testInfo.outputPath('restore-damaged-dialog.png') });

  // Cancel keeps the data as it is.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await dumpDatabase(page)).toEqual(before);

  host.dialogs.queueOpenPath(damaged);
  await backups.getByRole('button', { name: 'Restore from backup…' }).click();
  await dialog.getByRole('button', { name: 'Restore the rest' }).click();
  const restored = page.getByRole('status').filter({ hasText: 'Your data was restored from the backup made on' });
  await expect(restored).toBeVisible();
  await expect(restored).toContainText(/\d+ records were left out because the backup held them damaged or incomplete/);
  await expect(restored.getByRole('listitem').first()).toHaveText(
    `Customers, row ${index + 1} (${String(martian.legalName)}): timeZone: Choose a time zone such as America/Chicago`,
  );
  await page.screenshot({ path: testInfo.outputPath('restored-the-rest.png') });

  // Stored: everything but that customer and what belongs to it.
  const after = await dumpDatabase(page);
  expect((after.customers as Row[]).map((c) => c.id)).toEqual(customers.filter((c) => c.id !== martian.id).map((c) => c.id));
  expect((after.calls as Row[]).length).toBe(calls.filter((c) => c.customerId !== martian.id).length);
  expect((after.calls as Row[]).some((c) => c.customerId === martian.id)).toBe(false);
  expect((after.invoices as Row[]).length).toBe((backup.tables.invoices as Row[]).filter((i) => i.customerId !== martian.id).length);

  // The app still works: the customer list and Today open.
  await expect(page.getByRole('listbox', { name: 'Customers' }).getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
});

test('a screen that cannot draw damaged data leaves the menu and Settings → Backups within reach', async ({ app }, testInfo) => {
  const page = await app.launch();
  // Damage written straight into the database, as a failing disk or an old bug might leave it.
  await overwriteCustomer(page, 'Harbor Point', { timeZone: 'Mars/Olympus_Mons' });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  const failed = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'This screen could not be shown' }) });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('Everything you saved is safe');
  await page.screenshot({ path: testInfo.outputPath('screen-error.png') });
  // The header stays, and so do the shortcuts: Ctrl+1 opens Today, drawn afresh.
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(failed).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers' }).click();
  await failed.getByRole('button', { name: 'Restore a backup' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });
  await expect(backups.getByRole('heading', { name: 'Backups', exact: true })).toBeFocused();
  await expect(backups.getByRole('button', { name: 'Restore from backup…' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'This screen could not be shown' })).toHaveCount(0);
});
