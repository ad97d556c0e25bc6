// The rows of several customers are the same, in the same order, whether the table is small enough
// to be read whole or is read one customer's range at a time.
import { describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../renderer/data/db';
import { rowsOfCustomers } from '../../../renderer/import/import-tables';
import { useFreshDb } from '../data/fixtures';

/** What one range read per customer gives: the answer either way must be this. */
async function rangeByRange(db: CallDeskDb, customerIds: readonly string[]) {
  const groups = await Promise.all(customerIds.map((id) => db.bookChanges.where('customerId').equals(id).toArray()));
  return groups.flat();
}

function bookChange(id: string, customerId: string) {
  return { id, customerId, importId: 'imp-1', at: '2026-11-23T08:00:00.000Z', fileName: 'aging.csv', summary: id } as never;
}

describe('rows of several customers', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  it('reads a table with fewer rows than customers asked for whole, and answers as range reads do', async () => {
    // Keys out of customer order, a customer asked twice, one with no rows.
    await db.bookChanges.bulkAdd([bookChange('c', 'cus-2'), bookChange('a', 'cus-1'), bookChange('b', 'cus-2')]);
    const asked = ['cus-2', 'cus-9', 'cus-1', 'cus-2'];
    const rows = await rowsOfCustomers(db.bookChanges, asked);
    expect(rows.map((r) => r.id)).toEqual(['b', 'c', 'a', 'b', 'c']);
    expect(rows).toEqual(await rangeByRange(db, asked));
  });

  it('reads range by range when the table holds more rows than customers asked for', async () => {
    await db.bookChanges.bulkAdd(Array.from({ length: 30 }, (_, i) => bookChange(`r-${String(i).padStart(2, '0')}`, `cus-${i % 5}`)));
    const asked = ['cus-3', 'cus-0'];
    expect(await rowsOfCustomers(db.bookChanges, asked)).toEqual(await rangeByRange(db, asked));
    expect((await rowsOfCustomers(db.bookChanges, asked)).length).toBe(12);
  });

  it('asks nothing for no customers, and finds nothing in an empty table', async () => {
    expect(await rowsOfCustomers(db.promises, [])).toEqual([]);
    expect(await rowsOfCustomers(db.promises, ['cus-1', 'cus-2'])).toEqual([]);
  });
});
