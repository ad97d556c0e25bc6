// Promises made in a period and how they turned out, and what open promises have falling due
// soon. Where a promise stored as open stands comes from the promise lifecycle
// (shared/promises/lifecycle.ts) worked out afresh from the payments, so the dashboard agrees with
// the Promises screen even before the stored statuses are refreshed. Any other stored status is
// final: time alone never changes it, and every payment written or removed refreshes it in the
// same transaction, so it is taken as stored and its payments are never read.
import type { CalendarDate } from '../dates/calendar';
import { totalsByCurrency } from '../money/currency-totals';
import { planOf, promiseProgress, type PromiseProgress } from '../promises/lifecycle';
import type { PaymentPromise, PromiseStatus } from '../promises/schema';
import type { DashboardPayment, PromisesDueFigures, PromiseTally, PromiseWindowFigures } from './model';
import type { OfficeDays } from './office-days';
import { isInPeriod, type DatePeriod } from './periods';

export interface PromiseContext {
  today: CalendarDate;
  officeTimeZone: string;
  promiseGraceDays: number;
  /** Each customer's payments. */
  paymentsByCustomer: ReadonlyMap<string, readonly DashboardPayment[]>;
}

const none: readonly DashboardPayment[] = [];

function progressOf(promise: PaymentPromise, context: PromiseContext): PromiseProgress {
  return promiseProgress({
    promise,
    payments: context.paymentsByCustomer.get(promise.customerId) ?? none,
    today: context.today,
    graceDays: context.promiseGraceDays,
    timeZone: context.officeTimeZone,
  });
}

/** Where the promise stands today: worked out while it is stored as open, else as stored. */
export function statusNow(promise: PaymentPromise, context: PromiseContext): PromiseStatus {
  return promise.status === 'open' ? progressOf(promise, context).status : promise.status;
}

/** The payments of the customers named (only those a promise figure will read). */
export function paymentsByCustomer(
  payments: readonly DashboardPayment[],
  customerIds: ReadonlySet<string>,
): Map<string, DashboardPayment[]> {
  const byCustomer = new Map<string, DashboardPayment[]>();
  for (const payment of payments) {
    if (!customerIds.has(payment.customerId)) continue;
    const list = byCustomer.get(payment.customerId);
    if (list) list.push(payment);
    else byCustomer.set(payment.customerId, [payment]);
  }
  return byCustomer;
}

function tally(promises: readonly PaymentPromise[]): PromiseTally {
  return {
    count: promises.length,
    amounts: totalsByCurrency(
      promises,
      (p) => p.currency,
      (p) => p.amountMinor,
    ),
  };
}

/** A promise made with its status now, for the periods it may fall in. */
export interface DatedStatus {
  promise: PaymentPromise;
  madeOn: CalendarDate;
  status: PromiseStatus;
}

/** The office day each promise made within `officeDays` was made, and its status today. */
export function statusesMadeIn(promises: readonly PaymentPromise[], officeDays: OfficeDays, context: PromiseContext): DatedStatus[] {
  const dated: DatedStatus[] = [];
  for (const promise of promises) {
    const madeOn = officeDays.dayOf(promise.createdAt);
    if (madeOn === null) continue;
    dated.push({ promise, madeOn, status: statusNow(promise, context) });
  }
  return dated;
}

/** Whether any step of the promise's plan is dated in the period: only then can it fall due in it. */
export function hasStepIn(promise: PaymentPromise, period: DatePeriod): boolean {
  return planOf(promise).some((step) => isInPeriod(step.dueDate, period));
}

export function promisesMadeIn(dated: readonly DatedStatus[], period: DatePeriod): PromiseWindowFigures {
  const made = dated.filter((d) => isInPeriod(d.madeOn, period));
  const withStatus = (status: PromiseStatus) => tally(made.filter((d) => d.status === status).map((d) => d.promise));
  return {
    period,
    made: tally(made.map((d) => d.promise)),
    kept: withStatus('kept'),
    partiallyKept: withStatus('partially-kept'),
    broken: withStatus('broken'),
    stillOpen: withStatus('open'),
    cancelled: withStatus('cancelled'),
  };
}

/** What open promises still have to pay on instalments dated in the period. */
export function promisesDueIn(promises: readonly PaymentPromise[], period: DatePeriod, context: PromiseContext): PromisesDueFigures {
  const unpaid: { currency: string; amountMinor: number }[] = [];
  let promiseCount = 0;
  for (const promise of promises) {
    if (promise.status !== 'open') continue; // a final status: nothing more falls due
    if (!hasStepIn(promise, period)) continue;
    const progress = progressOf(promise, context);
    if (progress.status !== 'open') continue;
    let counted = false;
    for (const instalment of progress.instalments) {
      const left = instalment.amountMinor - instalment.paidMinor;
      if (left <= 0 || !isInPeriod(instalment.dueDate, period)) continue;
      unpaid.push({ currency: promise.currency, amountMinor: left });
      counted = true;
    }
    if (counted) promiseCount += 1;
  }
  return {
    period,
    promiseCount,
    amounts: totalsByCurrency(
      unpaid,
      (u) => u.currency,
      (u) => u.amountMinor,
    ),
  };
}
