// The Promises view's rows: each promise with its customer's name and where it stands today.
import type { CalendarDate } from '../../shared/dates/calendar';
import { promiseProgress, type PromiseProgress } from '../../shared/promises/lifecycle';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CallDeskDb } from '../data/db';
import type { PromiseFilter } from './promise-filters';
import { paymentsByCustomer, type LifecycleSettings } from './promise-repository';

export interface PromiseRow {
  promise: PaymentPromise;
  customerName: string;
  progress: PromiseProgress;
  /** For an open promise the next unpaid instalment's date, else the promised date. */
  date: CalendarDate;
}

/** Lists stay quick to read and render on large books; the view says when it stopped. */
export const promiseListLimit = 500;

export interface PromiseList {
  rows: PromiseRow[];
  /** How many matched before the limit. */
  total: number;
  /** Open promises of accounts placed with an agency that this filter would list: not the office's work, so left out (due filters only). */
  placedLeftOut: number;
}

/** The filters that list work still to do; accounts placed with an agency are left out of them. */
const workFilters: ReadonlySet<PromiseFilter> = new Set(['due-today', 'upcoming', 'overdue']);

function readCandidates(db: CallDeskDb, filter: PromiseFilter): Promise<PaymentPromise[]> {
  switch (filter) {
    case 'due-today':
    case 'upcoming':
    case 'overdue':
      return db.promises.where('status').equals('open').toArray();
    case 'broken':
      return db.promises.where('status').anyOf(['broken', 'partially-kept']).toArray();
    case 'kept':
      return db.promises.where('status').equals('kept').toArray();
    case 'all':
      return db.promises.toArray();
  }
}

function matches(filter: PromiseFilter, row: PromiseRow, today: CalendarDate): boolean {
  if (filter === 'due-today') return row.date === today;
  if (filter === 'upcoming') return row.date > today;
  if (filter === 'overdue') return row.date < today;
  return true;
}

/** Open promises soonest first; decided ones (and the whole list) latest first, by the date shown. */
function order(filter: PromiseFilter) {
  const soonest = (a: PromiseRow, b: PromiseRow) => a.date.localeCompare(b.date) || a.customerName.localeCompare(b.customerName);
  const latest = (a: PromiseRow, b: PromiseRow) => b.date.localeCompare(a.date) || b.promise.createdAt.localeCompare(a.promise.createdAt);
  return filter === 'due-today' || filter === 'upcoming' || filter === 'overdue' ? soonest : latest;
}

export function listPromises(
  db: CallDeskDb,
  filter: PromiseFilter,
  opts: { today: CalendarDate; settings: LifecycleSettings },
): Promise<PromiseList> {
  return db.transaction('r', [db.promises, db.payments, db.customers], async () => {
    const promises = await readCandidates(db, filter);
    const customerIds = [...new Set(promises.map((p) => p.customerId))];
    const [customers, payments] = await Promise.all([
      db.customers.bulkGet(customerIds),
      db.payments.where('customerId').anyOf(customerIds).toArray(),
    ]);
    const names = new Map(customers.flatMap((c) => (c ? [[c.id, c.legalName] as const] : [])));
    const placed = new Set(workFilters.has(filter) ? customers.flatMap((c) => (c?.placement ? [c.id] : [])) : []);
    const byCustomer = paymentsByCustomer(payments);
    const rows: PromiseRow[] = [];
    let placedLeftOut = 0;
    for (const promise of promises) {
      const customerName = names.get(promise.customerId);
      if (customerName === undefined) continue;
      const progress = promiseProgress({
        promise,
        payments: byCustomer.get(promise.customerId) ?? [],
        today: opts.today,
        graceDays: opts.settings.promiseGraceDays,
        timeZone: opts.settings.officeTimeZone,
      });
      const date = promise.status === 'open' ? (progress.next?.dueDate ?? promise.promisedDate) : promise.promisedDate;
      const row = { promise, customerName, progress, date };
      if (!matches(filter, row, opts.today)) continue;
      // Counted only when this filter would have listed it, so the figure explains what is missing here.
      if (placed.has(promise.customerId)) placedLeftOut += 1;
      else rows.push(row);
    }
    rows.sort(order(filter));
    return { rows: rows.slice(0, promiseListLimit), total: rows.length, placedLeftOut };
  });
}
