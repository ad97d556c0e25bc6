// Every row of a backup is checked before a restore: against its table's schema and its links to
// other rows. A real database's rows all pass; a damaged row is named with its table, its place
// and why, and "restore the rest" leaves it out with every row that belongs to it.
import { afterEach, describe, expect, it } from 'vitest';
import { checkRestoreRows } from '../../../shared/backup/check-restore-rows';
import { backupContentFrom } from '../../../renderer/backup/backup-content';
import { exportSnapshot } from '../../../renderer/backup/snapshot';
import { closeTestDbs, filledDb } from './filled-db';

afterEach(closeTestDbs);

async function filledTables(): Promise<Record<string, Record<string, unknown>[]>> {
  return backupContentFrom(await exportSnapshot(await filledDb())).tables as Record<string, Record<string, unknown>[]>;
}

describe('checking a backup’s rows before a restore', () => {
  it('finds nothing wrong in the rows of a real database, every table filled', async () => {
    const tables = await filledTables();
    const check = checkRestoreRows(tables);
    expect(check.problems).toEqual([]);
    expect(check.dependents).toEqual([]);
    expect(check.kept).toEqual(tables);
    for (const name of [
      'customers',
      'contacts',
      'invoices',
      'payments',
      'calls',
      'notes',
      'noteDrafts',
      'promises',
      'disputes',
      'followUps',
      'settings',
      'meta',
      'documents',
      'placements',
      'imports',
      'bookChanges',
    ]) {
      expect(tables[name]?.length, name).toBeGreaterThan(0);
    }
  });

  it('names a customer whose time zone does not exist, and leaves out everything of that customer when the rest is restored', async () => {
    const tables = await filledTables();
    const customers = tables.customers!;
    const index = customers.findIndex((c) => (tables.calls ?? []).some((call) => call.customerId === c.id));
    const martian = { ...customers[index]!, timeZone: 'Mars/Olympus_Mons' };
    const martianId = customers[index]!.id as string;
    customers[index] = martian;
    const check = checkRestoreRows(tables);
    const martianName = customers[index]!.legalName as string;
    expect(check.problems).toEqual([
      { table: 'customers', rowNumber: index + 1, id: martianId, name: martianName, reason: expect.stringMatching(/^timeZone: /) },
    ]);
    const ownCalls = tables.calls!.filter((call) => call.customerId === martianId);
    expect(check.dependents.filter((d) => d.table === 'calls')).toHaveLength(ownCalls.length);
    expect(check.dependents.every((d) => d.reason === `It belongs to customer ${martianName}, which is left out.`)).toBe(true);
    // Nothing of that customer is kept, and nothing else is lost.
    for (const [name, rows] of Object.entries(check.kept)) {
      expect(
        rows.some((row) => (row as { customerId?: string }).customerId === martianId),
        name,
      ).toBe(false);
    }
    expect(check.kept.customers).toHaveLength(customers.length - 1);
    const keptCount = Object.values(check.kept).reduce((n, rows) => n + rows.length, 0);
    const allCount = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
    expect(keptCount).toBe(allCount - 1 - check.dependents.length);
  });

  it('names a row that points at a record missing from the backup, and a row that is not a record at all', async () => {
    const tables = await filledTables();
    tables.invoices!.push({ ...tables.invoices![0]!, id: 'stray-invoice', customerId: 'nobody' });
    tables.promises!.push('not a promise' as unknown as Record<string, unknown>);
    const check = checkRestoreRows(tables);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        {
          table: 'invoices',
          rowNumber: tables.invoices!.length,
          id: 'stray-invoice',
          name: tables.invoices![0]!.number,
          reason: 'customerId: points at customer nobody, which is not in the backup.',
        },
        { table: 'promises', rowNumber: tables.promises!.length, id: null, name: null, reason: expect.any(String) },
      ]),
    );
    expect(check.problems).toHaveLength(2);
    expect(check.kept.invoices!.some((i) => (i as { id: string }).id === 'stray-invoice')).toBe(false);
  });

  it('names a call recording whose call is not in the backup by its file name, and keeps the one whose call is there', async () => {
    const tables = await filledTables();
    const call = tables.calls![0]!;
    const recording = (id: string, callId: string) => ({
      id,
      customerId: call.customerId,
      invoiceId: null,
      callId,
      fileName: `${id}.wav`,
      category: 'call-recording',
      mime: 'audio/wav',
      size: 16_044,
      durationSeconds: 1,
      addedAt: call.startedAt,
    });
    tables.documents!.push(recording('kept-recording', call.id as string), recording('orphan-recording', 'no-such-call'));
    const check = checkRestoreRows(tables);
    expect(check.problems).toEqual([
      {
        table: 'documents',
        rowNumber: tables.documents!.length,
        id: 'orphan-recording',
        name: 'orphan-recording.wav',
        reason: 'callId: points at call no-such-call, which is not in the backup.',
      },
    ]);
    const keptIds = (check.kept.documents as { id: string }[]).map((d) => d.id);
    expect(keptIds).toContain('kept-recording');
    expect(keptIds).not.toContain('orphan-recording');
  });

  it('refuses a settings row that would stop the app from reading its settings', async () => {
    const tables = await filledTables();
    const settings = tables.settings![0]!;
    tables.settings![0] = { ...settings, value: { ...(settings.value as object), officeTimeZone: 'Mars/Olympus_Mons' } };
    expect(checkRestoreRows(tables).problems).toEqual([
      { table: 'settings', rowNumber: 1, id: 'app', name: null, reason: expect.stringMatching(/officeTimeZone/) },
    ]);
  });
});
