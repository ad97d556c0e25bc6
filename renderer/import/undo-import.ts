// Undoing the last import: every row it created is deleted and every row it changed is put back
// as it was, in one transaction, so the data is exactly as before the import. Refused, with the
// reason, when it is not the last import or when something recorded since depends on it (a call
// on a customer it created, a payment on an invoice it changed, an invoice edited since).
import type { Contact } from '../../shared/contacts/schema';
import type { ImportRecord } from '../../shared/import/import-history';
import type { Invoice } from '../../shared/invoices/schema';
import type { PaymentPromise } from '../../shared/promises/schema';
import { summarizeCustomer, toCustomerRow } from '../data/customer-summary';
import type { CallDeskDb, CustomerRow, CustomerSummary } from '../data/db';
import { groupByCustomer } from '../../shared/common/group-by';
import { getSettings } from '../settings/settings-repository';
import { refreshPromiseStatuses } from '../promises/promise-repository';
import { importTables, rowsOfCustomers } from './import-tables';

export class UndoRefusedError extends Error {
  override name = 'UndoRefusedError';
}

function undoTables(db: CallDeskDb) {
  return [...new Set([...importTables(db), db.notes, db.disputes, db.documents, db.placements])];
}

/** Summaries hold the same facts (key lists compared as sets: their order follows the order rows were read in). */
function sameSummary(a: CustomerSummary, b: CustomerSummary): boolean {
  const sameSet = (x: readonly string[] = [], y: readonly string[] = []) =>
    x.length === y.length && [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
  return (
    sameSet(a.searchKeys, b.searchKeys) &&
    sameSet(a.nameWords, b.nameWords) &&
    a.openBalanceMinor === b.openBalanceMinor &&
    a.oldestOpenDueDate === b.oldestOpenDueDate &&
    a.primaryPhone === b.primaryPhone &&
    (a.primaryPhoneE164 ?? null) === (b.primaryPhoneE164 ?? null) &&
    a.lastCallAt === b.lastCallAt
  );
}

/** The newest import still in the history, or undefined. */
export async function lastImport(db: CallDeskDb): Promise<ImportRecord | undefined> {
  return db.imports.orderBy('startedAt').last();
}

const refuse = (reason: string): never => {
  throw new UndoRefusedError(`This import cannot be undone: ${reason}`);
};

/** Why undoing `record` would lose or break what was recorded since; null when nothing stands in the way. */
async function dependencyProblem(db: CallDeskDb, record: ImportRecord): Promise<string | null> {
  const { created, before } = record.undo;
  const since = (row: { updatedAt: string }) => row.updatedAt > record.startedAt;
  const createdCustomers = new Set(created.customers);
  const createdIds = {
    contacts: new Set(created.contacts),
    invoices: new Set(created.invoices),
    payments: new Set(created.payments),
    followUps: new Set(created.followUps),
  };
  const customerList = [...createdCustomers];
  const [calls, notes, promises, disputes, documents, placements, followUps, contacts, invoices] = await Promise.all([
    rowsOfCustomers(db.calls, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.notes, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.promises, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.disputes, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.documents, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.placements, customerList).then((rows) => rows.length),
    rowsOfCustomers(db.followUps, customerList).then((rows) => rows.filter((f) => !createdIds.followUps.has(f.id)).length),
    rowsOfCustomers(db.contacts, customerList).then((rows) => rows.filter((c) => !createdIds.contacts.has(c.id) || since(c)).length),
    rowsOfCustomers(db.invoices, customerList).then((rows) => rows.filter((i) => !createdIds.invoices.has(i.id) || since(i)).length),
  ]);
  if (calls > 0) return 'a call has been logged since with a customer it added.';
  if (notes + promises + disputes + documents + placements + followUps > 0)
    return 'notes, promises, disputes, documents or follow-ups have been recorded since for a customer it added.';

  const touchedInvoices = new Set([...created.invoices, ...(before.invoices as Invoice[]).map((i) => i.id)]);
  const touchedCustomers = [...new Set((before.invoices as Invoice[]).map((i) => i.customerId))];
  const laterPayments = (await rowsOfCustomers(db.payments, [...touchedCustomers, ...customerList])).filter(
    (p) => !createdIds.payments.has(p.id) && p.createdAt > record.startedAt && p.allocations.some((a) => touchedInvoices.has(a.invoiceId)),
  ).length;
  if (laterPayments > 0) return 'a payment has been recorded since on an invoice it added or changed.';
  if (contacts + invoices > 0) return 'a customer it added has had contacts or invoices added or changed since.';
  const changedInvoices = (await db.invoices.bulkGet((before.invoices as Invoice[]).map((i) => i.id))).filter((i) => !i || since(i));
  if (changedInvoices.length > 0) {
    const number = changedInvoices[0]?.number;
    return number ? `invoice ${number} has been changed since.` : 'an invoice it changed has been removed since.';
  }
  const changedContacts = (await db.contacts.bulkGet((before.contacts as Contact[]).map((c) => c.id))).filter((c) => !c || since(c));
  if (changedContacts.length > 0) return 'a contact it changed has been edited or removed since.';
  const changedCustomers = (await db.customers.bulkGet((before.customers as CustomerRow[]).map((c) => c.id))).filter((c) => !c || since(c));
  if (changedCustomers.length > 0) return 'a customer it changed has been edited or removed since.';
  return null;
}

/** Undoes `importId`, which must be the last import; returns the undone record. */
export function undoImport(db: CallDeskDb, importId: string, opts: { now: Date }): Promise<ImportRecord> {
  return db.transaction('rw', undoTables(db), async () => {
    const record = await lastImport(db);
    if (!record) return refuse('there is no import to undo.');
    if (record.id !== importId) return refuse(`only the last import (${record.fileName}) can be undone.`);
    const problem = await dependencyProblem(db, record);
    if (problem) return refuse(problem);

    const { created, before } = record.undo;
    const beforeCustomers = before.customers as CustomerRow[];
    const beforeInvoices = before.invoices as Invoice[];
    const beforeContacts = before.contacts as Contact[];
    // Calls logged since on a customer the import changed are kept: their summary's last call is the current one.
    const current = new Map((await db.customers.bulkGet(beforeCustomers.map((c) => c.id))).flatMap((c) => (c ? [[c.id, c] as const] : [])));
    const paymentCustomers = [...new Set((await db.payments.bulkGet(created.payments)).flatMap((p) => (p ? [p.customerId] : [])))];

    await Promise.all([
      db.customers.bulkDelete(created.customers),
      db.contacts.bulkDelete(created.contacts),
      db.invoices.bulkDelete(created.invoices),
      db.payments.bulkDelete(created.payments),
      db.followUps.bulkDelete(created.followUps),
      db.bookChanges.where('importId').equals(record.id).delete(),
    ]);
    await Promise.all([
      db.invoices.bulkPut(beforeInvoices),
      db.contacts.bulkPut(beforeContacts),
      db.promises.bulkPut(before.promises as PaymentPromise[]),
    ]);

    const ids = beforeCustomers.map((c) => c.id);
    const [invoices, contacts] = await Promise.all([rowsOfCustomers(db.invoices, ids), rowsOfCustomers(db.contacts, ids)]);
    const invoicesBy = groupByCustomer(invoices);
    const contactsBy = groupByCustomer(contacts);
    await db.customers.bulkPut(
      beforeCustomers.map((customer) => {
        const {
          searchKeys: _s,
          nameWords: _n,
          openBalanceMinor: _o,
          oldestOpenDueDate: _d,
          primaryPhone: _p,
          primaryPhoneE164: _e,
          lastCallAt,
          ...fields
        } = customer;
        const summary = summarizeCustomer(
          fields,
          contactsBy.get(customer.id) ?? [],
          invoicesBy.get(customer.id) ?? [],
          current.get(customer.id)?.lastCallAt ?? lastCallAt,
        );
        // The row exactly as it was, unless something recorded since (a call, an invoice typed in) changed its summary.
        return sameSummary(summary, customer) ? customer : toCustomerRow(fields, summary);
      }),
    );

    const settings = await getSettings(db);
    const withPromises = [...new Set((await rowsOfCustomers(db.promises, paymentCustomers)).map((p) => p.customerId))];
    for (const customerId of withPromises) await refreshPromiseStatuses(db, { now: opts.now, customerId, settings });
    await db.imports.delete(record.id);
    return record;
  });
}

/** Undoes the newest import in the history. */
export async function undoLastImport(db: CallDeskDb, opts: { now?: Date } = {}): Promise<ImportRecord> {
  const record = await lastImport(db);
  if (!record) throw new UndoRefusedError('There is no import to undo.');
  return undoImport(db, record.id, { now: opts.now ?? new Date() });
}
