// The payments a set of promises can count: a promise counts only payments received on or after
// the day it was made (shared/promises/lifecycle.ts), so they are read by the day received from
// the earliest such day, not as every payment of every customer with a promise. A book with
// years of payments and thousands of old promises reads only the weeks that matter.
import { addDays } from '../../shared/dates/calendar';
import type { Payment } from '../../shared/payments/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CallDeskDb } from '../data/db';

/**
 * The day before the earliest UTC day any of the promises was made: a promise's own day is
 * taken in the office's zone, which is never more than a day either side of UTC.
 */
export function earliestCountedDay(promises: readonly Pick<PaymentPromise, 'createdAt'>[]): string | null {
  let earliest: string | null = null;
  for (const promise of promises) {
    const day = promise.createdAt.slice(0, 10);
    if (earliest === null || day < earliest) earliest = day;
  }
  return earliest === null ? null : addDays(earliest, -1);
}

/** The earlier of two calendar days, either of which may be missing. */
export function earlierDay(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null || a <= b ? a : b;
}

/** Every payment received on or after `from` (a calendar day); none when there is no day. */
export function paymentsReceivedFrom(db: CallDeskDb, from: string | null): Promise<Payment[]> {
  return from === null ? Promise.resolve([]) : db.payments.where('receivedOn').aboveOrEqual(from).toArray();
}
