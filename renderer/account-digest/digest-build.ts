// Working the account digest out from the records: whole (when it is missing or everything was
// marked) or for the few customers marked since the last read.
import Dexie from 'dexie';
import {
  digestEntryOf,
  recentCallsFrom,
  type DigestCall,
  type DigestDispute,
  type DigestInvoice,
  type DigestPromise,
} from '../../shared/account-digest/build-entry';
import type { AccountDigestEntry } from '../../shared/account-digest/model';
import { callsStartedSince } from '../calls/calls-since';
import type { CallDeskDb } from '../data/db';
import { groupByCustomer } from '../../shared/common/group-by';

const none: never[] = [];

/** Promises that still count: kept and cancelled ones neither ask for a call nor count against. */
export const livePromiseStatuses = ['open', 'broken', 'partially-kept'];

/**
 * Every customer's entry, from one read of the open invoices, the open disputes, the live
 * promises and the calls of the customers called within the kept calls' window. Runs inside the
 * caller's transaction.
 */
export async function buildAllEntries(db: CallDeskDb, now: Date): Promise<AccountDigestEntry[]> {
  const from = recentCallsFrom(now);
  const [customers, openInvoices, openDisputes, livePromises] = await Promise.all([
    db.customers.toArray(),
    db.invoices.where('status').equals('open').toArray(),
    db.disputes.where('status').equals('open').toArray(),
    db.promises.where('status').anyOf(livePromiseStatuses).toArray(),
  ]);
  // A customer's summary holds the start of its latest closed call: no later call, none to read.
  const called = customers.filter((c) => c.lastCallAt !== null && c.lastCallAt >= from).map((c) => c.id);
  const calls = await callsStartedSince(db, called, from);
  const invoicesOf = groupByCustomer(openInvoices);
  const disputesOf = groupByCustomer(openDisputes);
  const callsOf = groupByCustomer(calls);
  const promisesOf = groupByCustomer(livePromises);
  return customers.map((customer) =>
    digestEntryOf(
      customer,
      invoicesOf.get(customer.id) ?? none,
      disputesOf.get(customer.id) ?? none,
      promisesOf.get(customer.id) ?? none,
      callsOf.get(customer.id) ?? none,
      now,
    ),
  );
}

/** One customer's entry from its own records, or null when the customer no longer exists. */
export async function buildEntry(db: CallDeskDb, customerId: string, now: Date): Promise<AccountDigestEntry | null> {
  const from = recentCallsFrom(now);
  const [customer, invoices, disputes, promises, calls] = await Promise.all([
    db.customers.get(customerId),
    db.invoices.where('customerId').equals(customerId).toArray() as Promise<DigestInvoice[]>,
    db.disputes.where('customerId').equals(customerId).toArray() as Promise<DigestDispute[]>,
    db.promises.where('customerId').equals(customerId).toArray() as Promise<DigestPromise[]>,
    db.calls.where('[customerId+startedAt]').between([customerId, from], [customerId, Dexie.maxKey]).toArray() as Promise<DigestCall[]>,
  ]);
  return customer ? digestEntryOf(customer, invoices, disputes, promises, calls, now) : null;
}
