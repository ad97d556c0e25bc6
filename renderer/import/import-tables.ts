// The tables applying and undoing an import write, and the promise refresh they share.
import type { Table } from 'dexie';
import { groupByCustomer } from '../../shared/common/group-by';
import type { PaymentPromise } from '../../shared/promises/schema';
import { summaryTables } from '../data/customer-summary';
import type { CallDeskDb } from '../data/db';
import { promiseStatusTables, refreshPromiseStatuses, type LifecycleSettings } from '../promises/promise-repository';

export function importTables(db: CallDeskDb) {
  // meta: the change stamp the apply checks against the safety copy's.
  return [...new Set([...summaryTables(db), ...promiseStatusTables(db), db.imports, db.bookChanges, db.meta])];
}

/**
 * Re-evaluates the promises of the customers whose payments changed, as recording a payment
 * does (refreshPromiseStatuses), and returns what it changed: the promises as they were and the
 * follow-ups it created. Runs inside the caller's transaction (importTables).
 */
export async function refreshPromisesAfterImport(
  db: CallDeskDb,
  customerIds: readonly string[],
  now: Date,
  settings: LifecycleSettings,
): Promise<{ before: PaymentPromise[]; createdFollowUps: string[] }> {
  if (customerIds.length === 0) return { before: [], createdFollowUps: [] };
  const promises = await rowsOfCustomers(db.promises, customerIds);
  const beforeById = new Map(promises.map((p) => [p.id, p]));
  const withPromises = [...new Set(promises.map((p) => p.customerId))];
  const before: PaymentPromise[] = [];
  const createdFollowUps: string[] = [];
  for (const customerId of withPromises) {
    const { changed, followUps } = await refreshPromiseStatuses(db, { now, customerId, settings });
    for (const promise of changed) before.push(beforeById.get(promise.id)!);
    createdFollowUps.push(...followUps.map((f) => f.id));
  }
  return { before, createdFollowUps };
}

/**
 * The rows of several customers. A table holding no more rows than customers asked for (often
 * none: promises, disputes, placements) is read whole in one request and filtered; otherwise one
 * indexed range read per customer, in parallel: IndexedDB answers each with one getAll, where
 * `anyOf` walks a cursor key by key (slow for thousands). A re-import touching 2,700 accounts
 * made 2,700 requests of an empty promises table, twice.
 */
export async function rowsOfCustomers<T extends { customerId: string }>(
  table: Table<T, string>,
  customerIds: readonly string[],
): Promise<T[]> {
  if (customerIds.length === 0) return [];
  // Only where a range read would give each customer's rows in key order too (a plain customerId
  // index, not a compound one), so the answer is the same either way, row for row.
  if (table.schema.idxByName.customerId) {
    const few = await table.limit(customerIds.length + 1).primaryKeys();
    if (few.length <= customerIds.length) {
      const byCustomer = groupByCustomer(few.length === 0 ? [] : await table.toArray());
      return customerIds.flatMap((id) => byCustomer.get(id) ?? []);
    }
  }
  const groups = await Promise.all(customerIds.map((id) => table.where('customerId').equals(id).toArray()));
  return groups.flat();
}
