// The plan's read of the stored rows: every invoice exactly once, in key order, whatever its id
// (ids are split into pages by their first character), and the three tables encoded for the
// safety copy as they were read.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeTable } from '../../../shared/backup/table-encoder';
import type { Invoice } from '../../../shared/invoices/schema';
import { loadStoredForPlan, tablesForCopy } from '../../../renderer/import/stored-for-plan';
import { exportSnapshot } from '../../../renderer/backup/snapshot';
import { closeTestDbs, filledDb, testDb } from '../backup/filled-db';

afterEach(closeTestDbs);

// Around and on every page boundary, and ids no UUID would have.
const ids = [
  ...'0123456789abcdef'.split('').flatMap((first) => [first, `${first}0000000-1111`, `${first}fffffff-9999`]),
  '',
  '/slash',
  '9~',
  ':colon',
  'A-upper',
  'INV-1',
  'Zed',
  '`tick',
  'g-after-f',
  'zzz',
  '~tilde',
  'ünïcode',
];

function invoice(id: string, customerId: string): Invoice {
  return {
    id,
    customerId,
    number: `N-${id}`,
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    sentOn: null,
    amountMinor: 10_000,
    currency: 'USD',
    delivered: '',
    poNumber: '',
    terms: 'Net 30',
    balanceMinor: 10_000,
    status: 'open',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
  };
}

describe('reading the stored rows for a plan', () => {
  it('reads every invoice once in key order, and says when its reads are asked for', async () => {
    const db = testDb();
    await db.open();
    await db.invoices.bulkPut(ids.map((id, i) => invoice(id, `c${i % 3}`)));
    const expected = await db.invoices.toArray();
    let requested = 0;
    const reading = loadStoredForPlan(db.name, () => (requested += 1));
    const stored = await reading;
    expect(requested).toBe(1);
    expect(stored.invoices.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    expect(stored.invoices).toEqual(expected);
    expect(stored.readAt?.invoices).toBe(stored.invoices);
  });

  it('encodes every table the safety copy keeps but the documents and meta, as a backup would encode the rows', async () => {
    const db = await filledDb();
    await db.invoices.bulkPut(ids.map((id, i) => invoice(id, `c${i % 3}`)));
    const stored = await loadStoredForPlan(db.name);
    const known = tablesForCopy(stored.readAt!)!;
    expect(known.changeStamp).toBe(stored.readAt!.changeStamp);
    const tables = await known.tables;
    const snapshot = await exportSnapshot(db);
    const expected = Object.keys(snapshot).filter((name) => !['documentFiles', 'documents', 'meta'].includes(name));
    // Named before they are encoded, so the copy can read the rest of its moment meanwhile.
    expect([...known.names].sort()).toEqual(expected.sort());
    expect(Object.keys(tables).sort()).toEqual(expected.sort());
    expect(expected).toEqual(expect.arrayContaining(['customers', 'invoices', 'contacts', 'calls', 'notes', 'promises', 'imports']));
    for (const name of expected) {
      const whole = await encodeTable(name, snapshot[name]!);
      expect(tables[name]).toMatchObject({ kind: 'encoded-table', name, rows: snapshot[name]!.length, sha256: whole.sha256 });
      expect(tables[name]).toMatchObject({ entry: { crc: whole.entry.crc, size: whole.entry.size } });
    }
  });

  it('gives the safety copy nothing to reuse when the encoding failed or was never made', async () => {
    const db = testDb();
    await db.open();
    const stored = await loadStoredForPlan(db.name);
    const failed = tablesForCopy({ ...stored.readAt!, encoded: Promise.resolve(null) });
    await expect(failed!.tables).rejects.toThrow('could not be encoded');
    const { encoded: _encoded, ...notEncoded } = stored.readAt!;
    expect(tablesForCopy(notEncoded)).toBeNull();
  });
});
