// The import's safety copy reuses the customers, invoices and contacts the import worker read for
// its plan, and reads only the other tables, but only while nothing was written since: the file
// must be one moment of the data, as any backup is.
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import {
  BackupTooLargeForMemoryError,
  encodeDatabaseReusing,
  maxDocumentBytesInMemory,
  type TablesReadAt,
} from '../../../renderer/backup/encode-database';
import { exportSnapshot } from '../../../renderer/backup/snapshot';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import { loadStoredForPlan, tablesForCopy } from '../../../renderer/import/stored-for-plan';
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

/** The tables read for a plan, its invoices replaced by `invoices`. */
function withInvoices(known: TablesReadAt, invoices: unknown[]): TablesReadAt {
  return { ...known, tables: Promise.resolve(known.tables).then((tables) => ({ ...tables, invoices })) };
}

/** A copy reusing a plan's read, whose encoded tables come only on `release`; `moments` collects what it is told. */
async function copyWithTablesHeld() {
  const db = await filledDb();
  const { readAt } = await loadStoredForPlan(db.name);
  const known = tablesForCopy(readAt!)!;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const moments: (string | null)[] = [];
  const making = encodeDatabaseReusing(db.name, meta, { ...known, tables: held.then(() => known.tables) }, (stamp) => moments.push(stamp));
  return { db, readAt: readAt!, moments, release, making };
}

describe('a backup that reuses tables already read', () => {
  it('is the same backup as a whole read when nothing was written since the rows were read', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    const reused = await encodeDatabaseReusing(db.name, meta, tablesForCopy(readAt!));
    const whole = await streamedBytes(db.name, meta);
    expect(reused.changeStamp).toBe(readAt!.changeStamp);
    expect(reused.summary).toEqual(whole.summary);
    // The invoices were deflated page by page as they were read, so the zip's bytes differ; what
    // it holds does not, and the manifest's checksum covers every table's SHA-256.
    const [fromReuse, fromWhole] = await Promise.all([decoded(reused.bytes), decoded(whole.bytes)]);
    expect(fromReuse.tables).toEqual(fromWhole.tables);
    expect(fromReuse.checksum).toBe(fromWhole.checksum);
  });

  it('reads the rest of its moment and says so before the tables read earlier have come', async () => {
    const { readAt, moments, release, making } = await copyWithTablesHeld();
    await expect.poll(() => moments).toEqual([readAt.changeStamp]);
    release();
    expect((await making).changeStamp).toBe(readAt.changeStamp);
  });

  it('reads the documents in its moment, so nothing after it reaches the database', async () => {
    const { db, moments, release, making } = await copyWithTablesHeld();
    await expect.poll(() => moments).toHaveLength(1);
    // Removed after the moment: the copy still holds the document, as it was at that moment.
    await db.documentFiles.delete('doc-1');
    release();
    const copied = await decoded((await making).bytes);
    expect(copied.documents.map((document) => document.id)).toEqual(['doc-1']);
  });

  it('refuses to hold documents over the in-memory limit before its moment is told', async () => {
    const db = await filledDb();
    await db.documents.update('doc-1', { size: maxDocumentBytesInMemory + 1 });
    const moments: (string | null)[] = [];
    await expect(encodeDatabaseReusing(db.name, meta, null, (stamp) => moments.push(stamp))).rejects.toBeInstanceOf(
      BackupTooLargeForMemoryError,
    );
    expect(moments).toEqual([]);
  });

  it('fails rather than leave out a table it was told would come', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    const known = tablesForCopy(readAt!)!;
    const lacking = Promise.resolve(known.tables).then(({ calls: _calls, ...rest }) => rest);
    await expect(encodeDatabaseReusing(db.name, meta, { ...known, tables: lacking })).rejects.toThrow('lack calls');
  });

  it('takes the given rows for their tables, and reads every other table', async () => {
    const db = await filledDb();
    const { readAt } = await loadStoredForPlan(db.name);
    // Rows that differ from the stored ones show which were used.
    const marked = readAt!.invoices.map((invoice) => ({ ...invoice, po: 'FROM-THE-PLAN' }));
    const reused = await encodeDatabaseReusing(db.name, meta, withInvoices(tablesForCopy(readAt!)!, marked));
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
    const reused = await encodeDatabaseReusing(db.name, meta, withInvoices(tablesForCopy(readAt!)!, marked));
    expect(reused.changeStamp).not.toBe(readAt!.changeStamp);
    const tables = await tablesOf(reused.bytes);
    expect((tables.invoices as { po: string }[]).some((invoice) => invoice.po === 'FROM-THE-PLAN')).toBe(false);
    expect((tables.customers as { id: string; notes: string }[]).find((c) => c.id === first!.id)?.notes).toBe(
      'Written after the plan read its rows',
    );
  });
});
