// The invoice packs (renderer/data/invoice-packs.ts): read through them, the invoices are always
// exactly what the table holds, whatever was written since the packs were; and they are written
// only from rows known to be what is stored.
import { describe, expect, it } from 'vitest';
import { exportSnapshot, restoreSnapshot } from '../../../renderer/backup/snapshot';
import { readChangeStamp } from '../../../renderer/data/change-stamp';
import type { CallDeskDb } from '../../../renderer/data/db';
import { readInvoicePagesThroughPacks, readInvoicesThroughPacks, writeInvoicePacks } from '../../../renderer/data/invoice-pack-store';
import { unpackRows } from '../../../shared/common/column-pack';
import { packRowKind } from '../../../renderer/data/invoice-packs';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import type { Invoice } from '../../../shared/invoices/schema';
import { useFreshDb } from './fixtures';
import { invoiceRecord } from './records';

/** Ids in a few packs ("a1…", "b2…", "c3…"), as random UUIDs would spread them over 256. */
const idsIn = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, '0')}`);
const invoicesWith = (ids: readonly string[], balanceMinor = 500_00) =>
  ids.map((id, i) => invoiceRecord(id, `cust-${i % 3}`, '2026-11-01', balanceMinor));

/** The table's rows as a pack keeps them: without the search keys, in key order. */
async function tableRows(db: CallDeskDb): Promise<Invoice[]> {
  const rows = await db.invoices.toArray();
  return rows.map(({ customerSearchKeys: _keys, ...row }) => row as Invoice);
}

/** Every invoice read as the import's plan reads them; null when the packs are not trusted. */
async function throughPacks(db: CallDeskDb): Promise<Invoice[] | null> {
  return db.transaction('r', [db.invoices, db.invoicePacks], async () => {
    const packs = await readInvoicesThroughPacks(db);
    return packs ? (await Promise.all(packs)).flat() : null;
  });
}

async function staleMarks(db: CallDeskDb): Promise<string[]> {
  const keys = (await db.invoicePacks.toCollection().primaryKeys()) as string[];
  return keys.flatMap((key) => {
    const kind = packRowKind({ key });
    return kind?.kind === 'stale' ? [kind.prefix] : [];
  });
}

/** Stores `invoices` and writes the packs from them, as an import's worker does after its apply. */
async function storedAndPacked(db: CallDeskDb, invoices: Invoice[]): Promise<void> {
  await db.invoices.bulkAdd(invoices);
  expect(await writeInvoicePacks(db, await tableRows(db), await readChangeStamp(db))).toBe(true);
}

describe('invoice packs', () => {
  let db: CallDeskDb;
  useFreshDb((fresh) => (db = fresh));

  it('are not trusted until written whole, and invoice writes before that mark nothing', async () => {
    expect(await throughPacks(db)).toBeNull();
    await db.invoices.bulkAdd(invoicesWith(idsIn('a1', 5)));
    await db.invoices.put({ ...invoiceRecord('a10001', 'cust-1', '2026-11-01', 1_00) });
    expect(await throughPacks(db)).toBeNull();
    expect(await db.invoicePacks.count()).toBe(0);
  });

  it('written from the stored rows, give back every invoice exactly, in key order, one record per pack', async () => {
    const invoices = invoicesWith([...idsIn('c3', 4), ...idsIn('a1', 3), ...idsIn('b2', 5)]);
    await storedAndPacked(db, invoices);
    const read = await throughPacks(db);
    expect(read).toEqual(await tableRows(db));
    expect(read!.map((i) => i.id)).toEqual(invoices.map((i) => i.id).sort());
    expect(read!.some((i) => 'customerSearchKeys' in i)).toBe(false);
    // Three packs and the row that says they are complete.
    expect(await db.invoicePacks.count()).toBe(4);
  });

  it("give a fresh pack as stored beside its rows, and a stale pack's rows alone", async () => {
    await storedAndPacked(db, invoicesWith([...idsIn('a1', 3), ...idsIn('b2', 2)]));
    await db.invoices.update('b20001', { balanceMinor: 1_00 });
    const pages = await db.transaction('r', [db.invoices, db.invoicePacks], async () =>
      Promise.all((await readInvoicePagesThroughPacks(db))!),
    );
    expect(pages.map((page) => page.rows.map((i) => i.id))).toEqual([idsIn('a1', 3), idsIn('b2', 2)]);
    expect(unpackRows(pages[0]!.packed!)).toEqual(pages[0]!.rows);
    expect(pages[1]!.packed).toBeNull();
    expect(pages[1]!.rows[1]).toMatchObject({ id: 'b20001', balanceMinor: 1_00 });
  });

  it('every kind of invoice write marks its pack stale, and a reader then takes that pack from the table', async () => {
    await storedAndPacked(db, invoicesWith([...idsIn('a1', 3), ...idsIn('b2', 3), ...idsIn('c3', 3)]));
    const checks: [string, () => Promise<unknown>, string[]][] = [
      ['put', () => db.invoices.put({ ...invoiceRecord('a10000', 'cust-0', '2026-11-01', 123_00) }), ['a1']],
      ['update', () => db.invoices.update('b20001', { balanceMinor: 1_00 }), ['a1', 'b2']],
      ['add in a new pack', () => db.invoices.add(invoiceRecord('d40000', 'cust-2', '2026-12-01', 9_00)), ['a1', 'b2', 'd4']],
      ['delete', () => db.invoices.delete('c30002'), ['a1', 'b2', 'c3', 'd4']],
      ['modify by a query', () => db.invoices.where('customerId').equals('cust-0').modify({ poNumber: 'PO-7' }), ['a1', 'b2', 'c3', 'd4']],
    ];
    for (const [what, write, stale] of checks) {
      await write();
      expect((await staleMarks(db)).sort(), what).toEqual(stale);
      expect(await throughPacks(db), what).toEqual(await tableRows(db));
    }
  });

  it('marks made by writes running side by side in one transaction are all kept', async () => {
    await storedAndPacked(db, invoicesWith([...idsIn('a1', 2), ...idsIn('b2', 2), ...idsIn('c3', 2)]));
    await db.transaction('rw', db.invoices, () =>
      Promise.all([
        db.invoices.bulkPut(invoicesWith(idsIn('a1', 2), 1_00)),
        db.invoices.bulkPut(invoicesWith(idsIn('c3', 2), 2_00)),
        db.invoices.bulkAdd(invoicesWith(idsIn('e5', 1), 3_00)),
      ]),
    );
    expect((await staleMarks(db)).sort()).toEqual(['a1', 'c3', 'e5']);
    expect(await throughPacks(db)).toEqual(await tableRows(db));
  });

  it('a write whose rows cannot be named (the table cleared) leaves no pack trusted', async () => {
    await storedAndPacked(db, invoicesWith(idsIn('a1', 3)));
    await db.invoices.clear();
    await db.invoices.add(invoiceRecord('a10009', 'cust-0', '2026-11-01', 5_00));
    expect(await throughPacks(db)).toBeNull();
  });

  it('an id shorter than a pack prefix is read once, from its own pack', async () => {
    await storedAndPacked(db, invoicesWith(['a', 'ab01', 'ab02', 'b']));
    await db.invoices.put(invoiceRecord('a', 'cust-0', '2026-11-01', 7_00));
    expect(await staleMarks(db)).toEqual(['a']);
    expect(await throughPacks(db)).toEqual(await tableRows(db));
  });

  it('are written only at the change stamp the rows were known at, and only the stale ones once complete', async () => {
    await storedAndPacked(db, invoicesWith([...idsIn('a1', 2), ...idsIn('b2', 2)]));
    const known = await tableRows(db);
    const stampKnown = await readChangeStamp(db);
    await db.invoices.put(invoiceRecord('a10000', 'cust-0', '2026-11-01', 42_00));
    // Rows from before that write: refused, and the mark stays.
    expect(await writeInvoicePacks(db, known, stampKnown)).toBe(false);
    expect(await staleMarks(db)).toEqual(['a1']);
    expect(await throughPacks(db)).toEqual(await tableRows(db));

    // At the current stamp only the stale pack is written: the b2 pack is not, even from rows that say otherwise.
    const current = await tableRows(db);
    const tampered = current.map((i) => (i.id.startsWith('b2') ? { ...i, balanceMinor: 1 } : i));
    expect(await writeInvoicePacks(db, tampered, await readChangeStamp(db))).toBe(true);
    expect(await staleMarks(db)).toEqual([]);
    expect(await throughPacks(db)).toEqual(current);
  });

  it('writing them is not a change of the data, and they are never backed up', async () => {
    await db.invoices.bulkAdd(invoicesWith(idsIn('a1', 2)));
    const stamp = await readChangeStamp(db);
    expect(await writeInvoicePacks(db, await tableRows(db), stamp)).toBe(true);
    expect(await readChangeStamp(db)).toBe(stamp);
    expect(Object.keys(await exportSnapshot(db))).not.toContain('invoicePacks');
  });

  it('after a restore they are not trusted until written again', async () => {
    await storedAndPacked(db, invoicesWith(idsIn('a1', 2)));
    await restoreSnapshot(db, {}, latestSchemaVersion);
    expect(await throughPacks(db)).toBeNull();
  });
});
