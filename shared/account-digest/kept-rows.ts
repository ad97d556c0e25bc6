// The promises and payments an account's digest entry carries whole, as stored, so Today and the
// dashboard never read those tables: read through an index, each row is a separate lookup, and a
// thousand promises made this quarter cost the dashboard about a tenth of a second on a two-core
// machine. An entry keeps only what a later read can still ask for (the windows below only move
// forward with time, so what an entry keeps stays enough from its computedAt on):
// - every open promise, and broken or partly kept ones whose plan ended within keptBrokenDays
//   (Today calls a promise "just broken" for 30 days);
// - every promise made within keptPromiseDays (the dashboard's 90 days of promises made);
// - the payments those promises can count (received from the day before the earliest was made),
//   and every payment received within keptPaymentDays (this week's and this month's collected).
import { addDays } from '../dates/calendar';
import type { Payment } from '../payments/schema';
import { planOf } from '../promises/lifecycle';
import type { PaymentPromise } from '../promises/schema';

/** Today's "just broken" window (30 days, shared/today/queue.ts) with days to spare for zones. */
export const keptBrokenDays = 33;
/** The dashboard's longest window of promises made (90 days) with days to spare. */
export const keptPromiseDays = 93;
/** This month and this week so far, from any day of either, with days to spare. */
export const keptPaymentDays = 40;

const dayMs = 86_400_000;

/** The promises an entry worked out at `computedAt` keeps, of the account's promises (any status). */
export function keptPromises(promises: readonly PaymentPromise[], computedAt: Date): PaymentPromise[] {
  const day = computedAt.toISOString().slice(0, 10);
  const brokenFrom = addDays(day, -keptBrokenDays);
  const madeFrom = new Date(computedAt.getTime() - keptPromiseDays * dayMs).toISOString();
  return promises.filter((promise) => {
    if (promise.status === 'open' || promise.createdAt >= madeFrom) return true;
    if (promise.status !== 'broken' && promise.status !== 'partially-kept') return false;
    const last = planOf(promise).at(-1)?.dueDate ?? promise.promisedDate;
    return last >= brokenFrom;
  });
}

/**
 * The first day of payments an entry keeps: keptPaymentDays back, or the day before the earliest
 * kept promise was made (its own day is taken in the office's zone, never a day off UTC) if sooner.
 */
export function keptPaymentsFrom(kept: readonly Pick<PaymentPromise, 'createdAt'>[], computedAt: Date): string {
  let from = addDays(computedAt.toISOString().slice(0, 10), -keptPaymentDays);
  for (const promise of kept) {
    const day = addDays(promise.createdAt.slice(0, 10), -1);
    if (day < from) from = day;
  }
  return from;
}

export function keptPayments(payments: readonly Payment[], from: string): Payment[] {
  return payments.filter((payment) => payment.receivedOn >= from);
}
