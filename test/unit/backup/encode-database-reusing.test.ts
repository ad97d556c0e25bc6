// The import's safety copy reuses the customers, invoices and contacts the import worker read for
// its plan, and reads only the other tables, but only while nothing was written since: the file
// must be one moment of the data, as any backup is.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { encodeDatabaseReusing } from '../../../renderer/backup/encode-database';
import { exportSnapshot } from '../../../renderer/backup/snapshot';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import { loadStoredForPlan, storedTables } from '../../../renderer/import/stored-for-plan';
import { closeTestDbs, filledDb } from './filled-db';
import { streamedBytes } from './made-backup';

afterEach(closeTestDbs);

const meta = { createdAt: '2026-11-23T08:05:00.000Z', appVersion: '0.1.0' };

async function decoded(bytes: Uint8Array) {
  const result = await decodeBackup(bytes, { maxSchemaVersion: latestSchemaVersion });
  if (!result.ok) throw new Error(result.message);
  return result.backup;
}

async function tablesOf(bytes: Uint8Array) {
  return (await decoded(bytes)).tables;
}

describe('a backup that reuses tables already read', () => {
  it('is the same backup as a whole read when nothing was written since the rows were read', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    const reused = await encodeDatabaseReusing(db.name, meta, { tables: await storedTables(readAt!), changeStamp: readAt!.changeStamp });
    const whole = await streamedBytes(db.name, meta);
    expect(reused.changeStamp).toBe(readAt!.changeStamp);
    expect(reused.summary).toEqual(whole.summary);
    // The invoices were deflated page by page as they were read, so the zip's bytes differ; what
    // it holds does not, and the manifest's checksum covers every table's SHA-256.
    const [fromReuse, fromWhole] = await Promise.all([decoded(reused.bytes), decoded(whole.bytes)]);
    expect(fromReuse.tables).toEqual(fromWhole.tables);
    expect(fromReuse.checksum).toBe(fromWhole.checksum);
  });

  it('takes the given rows for their tables, and reads every other table', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    // Rows that differ from the stored ones show which were used.
    const marked = readAt!.invoices.map((invoice) => ({ ...invoice, po: 'FROM-THE-PLAN' }));
    const reused = await encodeDatabaseReusing(db.name, meta, {
      tables: { ...(await storedTables(readAt!)), invoices: marked },
      changeStamp: readAt!.changeStamp,
    });
    const tables = await tablesOf(reused.bytes);
    expect((tables.invoices as { po: string }[]).every((invoice) => invoice.po === 'FROM-THE-PLAN')).toBe(true);
    const stored = await exportSnapshot(db);
    expect(tables.calls).toEqual(stored.calls);
    expect(tables.promises).toEqual(stored.promises);
    expect(Object.keys(tables)).toEqual(Object.keys(stored).filter((name) => name !== 'documentFiles'));
  });

  it('reads everything afresh once something was written after the rows were read', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    const marked = readAt!.invoices.map((invoice) => ({ ...invoice, po: 'FROM-THE-PLAN' }));
    const first = await db.customers.limit(1).first();
    await db.customers.update(first!.id, { notes: 'Written after the plan read its rows' });
    const reused = await encodeDatabaseReusing(db.name, meta, {
      tables: { ...(await storedTables(readAt!)), invoices: marked },
      changeStamp: readAt!.changeStamp,
    });
    expect(reused.changeStamp).not.toBe(readAt!.changeStamp);
    const tables = await tablesOf(reused.bytes);
    expect((tables.invoices as { po: string }[]).some((invoice) => invoice.po === 'FROM-THE-PLAN')).toBe(false);
    expect((tables.customers as { id: string; notes: string }[]).find((c) => c.id === first!.id)?.notes).toBe(
      'Written after the plan read its rows',
    );
  });
});
