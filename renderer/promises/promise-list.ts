// The Promises view's rows: each promise with its customer's name and where it stands today.
import type { CalendarDate } from '../../shared/dates/calendar';
import { promiseProgress, type PromiseProgress } from '../../shared/promises/lifecycle';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CallDeskDb } from '../data/db';
import { promiseFilters, type PromiseFilter } from './promise-filters';
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

/** Which promises a filter reads from the store, by status. */
function statusMatches(filter: PromiseFilter, status: PaymentPromise['status']): boolean {
  switch (filter) {
    case 'due-today':
    case 'upcoming':
    case 'overdue':
      return status === 'open';
    case 'broken':
      return status === 'broken' || status === 'partially-kept';
    case 'kept':
      return status === 'kept';
    case 'all':
      return true;
  }
}

interface RowContext {
  names: Map<string, string>;
  placed: Set<string>;
  byCustomer: ReturnType<typeof paymentsByCustomer>;
}

async function readRowContext(db: CallDeskDb, promises: readonly PaymentPromise[]): Promise<RowContext> {
  const customerIds = [...new Set(promises.map((p) => p.customerId))];
  const [customers, payments] = await Promise.all([
    db.customers.bulkGet(customerIds),
    db.payments.where('customerId').anyOf(customerIds).toArray(),
  ]);
  return {
    names: new Map(customers.flatMap((c) => (c ? [[c.id, c.legalName] as const] : []))),
    placed: new Set(customers.flatMap((c) => (c?.placement ? [c.id] : []))),
    byCustomer: paymentsByCustomer(payments),
  };
}

function rowOf(promise: PaymentPromise, ctx: RowContext, opts: { today: CalendarDate; settings: LifecycleSettings }): PromiseRow | null {
  const customerName = ctx.names.get(promise.customerId);
  if (customerName === undefined) return null;
  const progress = promiseProgress({
    promise,
    payments: ctx.byCustomer.get(promise.customerId) ?? [],
    today: opts.today,
    graceDays: opts.settings.promiseGraceDays,
    timeZone: opts.settings.officeTimeZone,
  });
  const date = promise.status === 'open' ? (progress.next?.dueDate ?? promise.promisedDate) : promise.promisedDate;
  return { promise, customerName, progress, date };
}

/** Whether a filter lists this row: its status and date match, and (for work filters) the account is still the office's. */
function listedBy(filter: PromiseFilter, row: PromiseRow, ctx: RowContext, today: CalendarDate): 'listed' | 'placed' | false {
  if (!statusMatches(filter, row.promise.status) || !matches(filter, row, today)) return false;
  return workFilters.has(filter) && ctx.placed.has(row.promise.customerId) ? 'placed' : 'listed';
}

export function listPromises(
  db: CallDeskDb,
  filter: PromiseFilter,
  opts: { today: CalendarDate; settings: LifecycleSettings },
): Promise<PromiseList> {
  return db.transaction('r', [db.promises, db.payments, db.customers], async () => {
    const promises = await readCandidates(db, filter);
    const ctx = await readRowContext(db, promises);
    const rows: PromiseRow[] = [];
    let placedLeftOut = 0;
    for (const promise of promises) {
      const row = rowOf(promise, ctx, opts);
      if (!row) continue;
      const listed = listedBy(filter, row, ctx, opts.today);
      // Counted only when this filter would have listed it, so the figure explains what is missing here.
      if (listed === 'placed') placedLeftOut += 1;
      else if (listed === 'listed') rows.push(row);
    }
    rows.sort(order(filter));
    return { rows: rows.slice(0, promiseListLimit), total: rows.length, placedLeftOut };
  });
}

/** What a filter's tab shows: how many promises it lists and their amounts, one total per currency. */
export interface PromiseTabSummary {
  count: number;
  /** Minor units by currency, in the order currencies first appear; never added across currencies. */
  totals: { currency: string; amountMinor: number }[];
}

export type PromiseTabSummaries = Record<PromiseFilter, PromiseTabSummary>;

/** Every tab's count and totals from one read, counting exactly what each list would show. */
export function summarisePromiseTabs(
  db: CallDeskDb,
  opts: { today: CalendarDate; settings: LifecycleSettings },
): Promise<PromiseTabSummaries> {
  return db.transaction('r', [db.promises, db.payments, db.customers], async () => {
    const promises = await db.promises.toArray();
    const ctx = await readRowContext(db, promises);
    const sums = new Map<PromiseFilter, { count: number; totals: Map<string, number> }>(
      promiseFilters.map((f) => [f, { count: 0, totals: new Map() }]),
    );
    for (const promise of promises) {
      const row = rowOf(promise, ctx, opts);
      if (!row) continue;
      for (const filter of promiseFilters) {
        if (listedBy(filter, row, ctx, opts.today) !== 'listed') continue;
        const sum = sums.get(filter)!;
        sum.count += 1;
        sum.totals.set(promise.currency, (sum.totals.get(promise.currency) ?? 0) + promise.amountMinor);
      }
    }
    const entries = promiseFilters.map((f) => {
      const sum = sums.get(f)!;
      return [f, { count: sum.count, totals: [...sum.totals].map(([currency, amountMinor]) => ({ currency, amountMinor })) }] as const;
    });
    return Object.fromEntries(entries) as PromiseTabSummaries;
  });
}
