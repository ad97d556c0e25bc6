// Working the account digest out from the records: whole (when it is missing or everything was
// marked) or for the few customers marked since the last read.
import Dexie from 'dexie';
import {
  digestEntryOf,
  recentCallsFrom,
  type DigestCall,
  type DigestDispute,
  type DigestInvoice,
} from '../../shared/account-digest/build-entry';
import { keptPaymentsFrom, keptPromises } from '../../shared/account-digest/kept-rows';
import type { AccountDigestEntry } from '../../shared/account-digest/model';
import type { Payment } from '../../shared/payments/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import { callsStartedSince } from '../calls/calls-since';
import type { CallDeskDb } from '../data/db';
import { groupByCustomer } from '../../shared/common/group-by';

const none: never[] = [];

/**
 * The payments every entry keeps: one read of the last keptPaymentDays for all, and for the few
 * customers whose kept promises were made before that, one range each from that day.
 */
async function keptPaymentsOfAll(
  db: CallDeskDb,
  promisesOf: ReadonlyMap<string, readonly PaymentPromise[]>,
  now: Date,
): Promise<Payment[]> {
  const common = keptPaymentsFrom([], now);
  const earlier: [string, string][] = [];
  for (const [customerId, promises] of promisesOf) {
    const from = keptPaymentsFrom(keptPromises(promises, now), now);
    if (from < common) earlier.push([customerId, from]);
  }
  const [recent, ...older] = await Promise.all([
    db.payments.where('receivedOn').aboveOrEqual(common).toArray(),
    ...earlier.map(([customerId, from]) =>
      db.payments.where('[customerId+receivedOn]').between([customerId, from], [customerId, common], true, false).toArray(),
    ),
  ]);
  return [...(recent ?? []), ...older.flat()];
}

/**
 * Every customer's entry, from one read of the open invoices, the open disputes, the promises,
 * the payments the entries keep and the calls of the customers called within the kept calls'
 * window. Runs inside the caller's transaction.
 */
export async function buildAllEntries(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const from = recentCallsFrom(now);
  const [customers, openInvoices, openDisputes, promises] = await Promise.all([
    db.customers.toArray(),
    db.invoices.where('status').equals('open').toArray(),
    db.disputes.where('status').equals('open').toArray(),
    // All of them, in key order: cheaper than the index lookups of the live ones alone.
    db.promises.toArray(),
  ]);
  const promisesOf = groupByCustomer(promises);
  // A customer's summary holds the start of its latest closed call: no later call, none to read.
  const called = customers.filter((c) => c.lastCallAt !== null && c.lastCallAt >= from).map((c) => c.id);
  const [calls, payments] = await Promise.all([callsStartedSince(db, called, from), keptPaymentsOfAll(db, promisesOf, now)]);
  const invoicesOf = groupByCustomer(openInvoices);
  const disputesOf = groupByCustomer(openDisputes);
  const callsOf = groupByCustomer(calls);
  const paymentsOf = groupByCustomer(payments);
  return customers.map((customer) =>
    digestEntryOf(
      customer,
      invoicesOf.get(customer.id) ?? none,
      disputesOf.get(customer.id) ?? none,
      promisesOf.get(customer.id) ?? none,
      paymentsOf.get(customer.id) ?? none,
      callsOf.get(customer.id) ?? none,
      now,
    ),
  );
}

/** One customer's entry from its own records, or null when the customer no longer exists. */
export async function buildEntry(db: CallDeskDb, customerId: string, now: Date): Promise<AccountDigestEntry | null> {
  const from = recentCallsFrom(now);
  const [customer, invoices, disputes, promises, payments, calls] = await Promise.all([
    db.customers.get(customerId),
    db.invoices.where('customerId').equals(customerId).toArray() as Promise<DigestInvoice[]>,
    db.disputes.where('customerId').equals(customerId).toArray() as Promise<DigestDispute[]>,
    db.promises.where('customerId').equals(customerId).toArray(),
    db.payments.where('customerId').equals(customerId).toArray(),
    db.calls.where('[customerId+startedAt]').between([customerId, from], [customerId, Dexie.maxKey]).toArray() as Promise<DigestCall[]>,
  ]);
  return customer ? digestEntryOf(customer, invoices, disputes, promises, payments, calls, now) : null;
}
