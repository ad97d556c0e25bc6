// Loading many records at once (demo data, imports, benchmarks): summaries are computed in
// memory and every table is written in one transaction, with no per-row reads.
import { callSchema } from '../../shared/calls/schema';
import { contactSchema } from '../../shared/contacts/schema';
import { storePhone } from '../../shared/phone/phone';
import { customerSchema, type Customer } from '../../shared/customers/schema';
import { disputeSchema } from '../../shared/disputes/schema';
import { followUpSchema } from '../../shared/follow-ups/schema';
import { invoiceSchema } from '../../shared/invoices/schema';
import { noteSchema } from '../../shared/notes/schema';
import { paymentSchema } from '../../shared/payments/schema';
import { agencyPlacementSchema } from '../../shared/placements/schema';
import { paymentPromiseSchema } from '../../shared/promises/schema';
import { addToSummary, lastClosedCallAt, summarizeCustomer, toCustomerRow } from './customer-summary';
import type { CallDeskDb, CustomerRow } from './db';
import { groupByCustomer } from '../../shared/common/group-by';
import type { DataSet } from '../../shared/common/account-records';

export type BulkRecords = DataSet;

function parseAll<T>(rows: readonly unknown[], schema: { parse(value: unknown): T }): T[] {
  return rows.map((row) => schema.parse(row));
}

/** Tables holding records that belong to a customer (everything but settings and meta). */
function customerOwnedTables(db: CallDeskDb) {
  return [db.contacts, db.invoices, db.payments, db.calls, db.notes, db.noteDrafts, db.promises, db.disputes, db.followUps, db.placements];
}

/**
 * Adds the records in one transaction; it never replaces stored ones (a record whose id is
 * already stored fails the whole load, so summaries can be added to rather than recomputed).
 * Customers in `records.customers` get a summary from their records in the load; customers
 * already stored (an import of invoices, say) get their stored summary plus the new records.
 */
export async function bulkLoad(db: CallDeskDb, records: BulkRecords, opts: { defaultCountry: string }): Promise<void> {
  const parsed = {
    customers: parseAll(records.customers, customerSchema),
    contacts: parseAll(records.contacts, contactSchema),
    invoices: parseAll(records.invoices, invoiceSchema),
    payments: parseAll(records.payments, paymentSchema),
    calls: parseAll(records.calls, callSchema),
    notes: parseAll(records.notes, noteSchema),
    promises: parseAll(records.promises, paymentPromiseSchema),
    disputes: parseAll(records.disputes, disputeSchema),
    followUps: parseAll(records.followUps, followUpSchema),
    placements: parseAll(records.placements, agencyPlacementSchema),
  };
  // Numbers loaded without an E.164 are read once, now, with the country in force now.
  parsed.contacts = parsed.contacts.map((contact) =>
    contact.phones.every((p) => p.e164)
      ? contact
      : { ...contact, phones: contact.phones.map((p) => (p.e164 ? p : { ...p, e164: storePhone(p.number, opts.defaultCountry).e164 })) },
  );
  const contactsBy = groupByCustomer(parsed.contacts);
  const invoicesBy = groupByCustomer(parsed.invoices);
  const callsBy = groupByCustomer(parsed.calls);
  const summaryOf = (customer: Customer) =>
    summarizeCustomer(
      customer,
      contactsBy.get(customer.id) ?? [],
      invoicesBy.get(customer.id) ?? [],
      lastClosedCallAt(callsBy.get(customer.id) ?? []),
    );
  const newRows = parsed.customers.map((customer) => toCustomerRow(customer, summaryOf(customer)));
  const listed = new Set(parsed.customers.map((c) => c.id));
  const storedOwners = new Set<string>();
  for (const group of [
    parsed.contacts,
    parsed.invoices,
    parsed.calls,
    parsed.payments,
    parsed.notes,
    parsed.promises,
    parsed.disputes,
    parsed.followUps,
    parsed.placements,
  ]) {
    for (const row of group) if (!listed.has(row.customerId)) storedOwners.add(row.customerId);
  }

  await db.transaction('rw', [db.customers, ...customerOwnedTables(db)], async () => {
    const owners = await db.customers.bulkGet([...storedOwners]);
    const stored = owners.filter((c): c is CustomerRow => c !== undefined);
    if (stored.length < owners.length) throw new Error('Some records belong to a customer that does not exist.');
    try {
      await Promise.all([
        db.customers.bulkAdd(newRows),
        db.contacts.bulkAdd(parsed.contacts),
        db.invoices.bulkAdd(parsed.invoices),
        db.payments.bulkAdd(parsed.payments),
        db.calls.bulkAdd(parsed.calls),
        db.notes.bulkAdd(parsed.notes),
        db.promises.bulkAdd(parsed.promises),
        db.disputes.bulkAdd(parsed.disputes),
        db.followUps.bulkAdd(parsed.followUps),
        db.placements.bulkAdd(parsed.placements),
      ]);
    } catch (error) {
      if (error instanceof Error && error.name === 'BulkError')
        throw new Error('Some of these records are already stored; nothing was loaded.', { cause: error });
      throw error;
    }
    // Customers who gained a contact need all their contacts for the primary phone.
    const gainedContact = stored.filter((c) => contactsBy.has(c.id)).map((c) => c.id);
    const allContactsBy = groupByCustomer(gainedContact.length ? await db.contacts.where('customerId').anyOf(gainedContact).toArray() : []);
    await db.customers.bulkPut(
      stored.map((customer) =>
        toCustomerRow(customer, addToSummary(customer, summaryOf(customer), allContactsBy.get(customer.id) ?? null)),
      ),
    );
  });
}

/** Deletes the demo customers and everything that belongs to them; returns how many customers. */
export function removeDemoData(db: CallDeskDb): Promise<number> {
  // Documents are removed here rather than through customerOwnedTables: their bytes live in
  // documentFiles, keyed by document id, not customer.
  return db.transaction('rw', [db.customers, ...customerOwnedTables(db), db.documents, db.documentFiles], async () => {
    // `demo` is a boolean and so not indexed; this is a one-off scan of the customers table.
    const ids = await db.customers.filter((c) => c.demo).primaryKeys();
    if (ids.length === 0) return 0;
    await Promise.all(customerOwnedTables(db).map((table) => table.where('customerId').anyOf(ids).delete()));
    const documentIds = await db.documents.where('customerId').anyOf(ids).primaryKeys();
    await db.documents.bulkDelete(documentIds);
    await db.documentFiles.bulkDelete(documentIds);
    await db.customers.bulkDelete(ids);
    return ids.length;
  });
}

export async function hasAnyCustomer(db: CallDeskDb): Promise<boolean> {
  const first = await db.customers.limit(1).primaryKeys();
  return first.length > 0;
}
