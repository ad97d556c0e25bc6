// The payments promises can count: a promise counts only its customer's payments received on or
// after the day it was made (shared/promises/lifecycle.ts), so those are read as one range of the
// [customerId+receivedOn] index per customer, not as every payment of every customer with a
// promise: a book with years of payments reads only the weeks that matter.
import Dexie from 'dexie';
import { addDays } from '../../shared/dates/calendar';
import type { Payment } from '../../shared/payments/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { CallDeskDb } from '../data/db';

/**
 * For each customer, the day before the earliest UTC day one of its promises was made: a
 * promise's own day is taken in the office's zone, never more than a day either side of UTC.
 */
export function countedFrom(promises: readonly Pick<PaymentPromise, 'customerId' | 'createdAt'>[]): Map<string, string> {
  const from = new Map<string, string>();
  for (const promise of promises) {
    const day = addDays(promise.createdAt.slice(0, 10), -1);
    const known = from.get(promise.customerId);
    if (known === undefined || day < known) from.set(promise.customerId, day);
  }
  return from;
}

/**
 * Every payment the promises can count. Runs inside the caller's transaction (it must hold
 * payments). One range query per customer, all at once: the bench measured them at half the time
 * of one cursor walking every range (inAnyRange) for a thousand customers.
 */
export async function paymentsCountedBy(db: CallDeskDb, promises: readonly PaymentPromise[]): Promise<Payment[]> {
  const ranges = [...countedFrom(promises)].map(([customerId, day]) =>
    db.payments.where('[customerId+receivedOn]').between([customerId, day], [customerId, Dexie.maxKey]).toArray(),
  );
  return (await Promise.all(ranges)).flat();
}

/** Every payment received on or after `from` (a calendar day). */
export function paymentsReceivedFrom(db: CallDeskDb, from: string): Promise<Payment[]> {
  return db.payments.where('receivedOn').aboveOrEqual(from).toArray();
}
