// Loading many records at once (demo data, imports, benchmarks): summaries are computed once in
// memory and every table is written with bulkPut in one transaction, with no per-row reads.
import { callSchema, type Call } from '../../shared/calls/schema';
import { contactSchema, type Contact } from '../../shared/contacts/schema';
import { customerSchema, type Customer } from '../../shared/customers/schema';
import { disputeSchema, type Dispute } from '../../shared/disputes/schema';
import { followUpSchema, type FollowUp } from '../../shared/follow-ups/schema';
import { invoiceSchema, type Invoice } from '../../shared/invoices/schema';
import { noteSchema, type Note } from '../../shared/notes/schema';
import { paymentSchema, type Payment } from '../../shared/payments/schema';
import { paymentPromiseSchema, type PaymentPromise } from '../../shared/promises/schema';
import { lastClosedCallAt, refreshCustomerSummary, summarizeCustomer, toCustomerRow } from './customer-summary';
import type { CallDeskDb } from './db';
import { groupByCustomer } from './migrations';

export interface BulkRecords {
  customers: Customer[];
  contacts: Contact[];
  invoices: Invoice[];
  payments: Payment[];
  calls: Call[];
  notes: Note[];
  promises: PaymentPromise[];
  disputes: Dispute[];
  followUps: FollowUp[];
}

function parseAll<T>(rows: readonly unknown[], schema: { parse(value: unknown): T }): T[] {
  return rows.map((row) => schema.parse(row));
}

/** Tables holding records that belong to a customer (everything but settings and meta). */
function customerOwnedTables(db: CallDeskDb) {
  return [db.contacts, db.invoices, db.payments, db.calls, db.notes, db.noteDrafts, db.promises, db.disputes, db.followUps];
}

/**
 * Writes the records in one transaction. Each customer in `records.customers` is taken to come
 * with all of its records (its summary is computed from them alone); records of customers
 * already in the database refresh those customers' summaries from the database.
 */
export async function bulkLoad(db: CallDeskDb, records: BulkRecords, opts: { defaultCountry: string }): Promise<void> {
  const customers = parseAll(records.customers, customerSchema);
  const contacts = parseAll(records.contacts, contactSchema);
  const invoices = parseAll(records.invoices, invoiceSchema);
  const calls = parseAll(records.calls, callSchema);
  const contactsBy = groupByCustomer(contacts);
  const invoicesBy = groupByCustomer(invoices);
  const callsBy = groupByCustomer(calls);
  const rows = customers.map((customer) =>
    toCustomerRow(
      customer,
      summarizeCustomer(
        customer,
        contactsBy.get(customer.id) ?? [],
        invoicesBy.get(customer.id) ?? [],
        lastClosedCallAt(callsBy.get(customer.id) ?? []),
        opts.defaultCountry,
      ),
    ),
  );
  const listed = new Set(customers.map((c) => c.id));
  const other = {
    payments: parseAll(records.payments, paymentSchema),
    notes: parseAll(records.notes, noteSchema),
    promises: parseAll(records.promises, paymentPromiseSchema),
    disputes: parseAll(records.disputes, disputeSchema),
    followUps: parseAll(records.followUps, followUpSchema),
  };
  const existingOwners = new Set<string>();
  for (const group of [contacts, invoices, calls, other.payments, other.notes, other.promises, other.disputes, other.followUps]) {
    for (const row of group) if (!listed.has(row.customerId)) existingOwners.add(row.customerId);
  }

  await db.transaction('rw', [db.customers, db.settings, ...customerOwnedTables(db)], async () => {
    const owners = await db.customers.bulkGet([...existingOwners]);
    if (owners.some((c) => !c)) throw new Error('Some records belong to a customer that does not exist.');
    await Promise.all([
      db.customers.bulkPut(rows),
      db.contacts.bulkPut(contacts),
      db.invoices.bulkPut(invoices),
      db.calls.bulkPut(calls),
      db.payments.bulkPut(other.payments),
      db.notes.bulkPut(other.notes),
      db.promises.bulkPut(other.promises),
      db.disputes.bulkPut(other.disputes),
      db.followUps.bulkPut(other.followUps),
    ]);
    for (const customerId of existingOwners) await refreshCustomerSummary(db, customerId);
  });
}

/** Deletes the demo customers and everything that belongs to them; returns how many customers. */
export function removeDemoData(db: CallDeskDb): Promise<number> {
  return db.transaction('rw', [db.customers, ...customerOwnedTables(db)], async () => {
    // `demo` is a boolean and so not indexed; this is a one-off scan of the customers table.
    const ids = await db.customers.filter((c) => c.demo).primaryKeys();
    if (ids.length === 0) return 0;
    await Promise.all(customerOwnedTables(db).map((table) => table.where('customerId').anyOf(ids).delete()));
    await db.customers.bulkDelete(ids);
    return ids.length;
  });
}

export async function hasAnyCustomer(db: CallDeskDb): Promise<boolean> {
  const first = await db.customers.limit(1).primaryKeys();
  return first.length > 0;
}
