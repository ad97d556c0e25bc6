// Where the apply finds the stored rows it checks and summarises: the database, or the rows the
// plan was made against when the database still has their change stamp (nothing was written
// since, so they are exactly what is stored). Reading 100,000 invoices again for the touched
// accounts' summaries took seconds of a re-import; the plan's rows are already in memory.
import { groupByCustomer } from '../../shared/common/group-by';
import type { Contact } from '../../shared/contacts/schema';
import type { Invoice } from '../../shared/invoices/schema';
import type { CallDeskDb, CustomerRow } from '../data/db';
import { rowsOfCustomers } from './import-tables';
import type { StoredRowsAt } from './stored-for-plan';

export interface StoredRowsSource {
  invoices(ids: readonly string[]): Promise<(Invoice | undefined)[]>;
  customers(ids: readonly string[]): Promise<(CustomerRow | undefined)[]>;
  invoicesOf(customerIds: readonly string[]): Promise<Invoice[]>;
  contactsOf(customerIds: readonly string[]): Promise<Contact[]>;
}

export function databaseRows(db: CallDeskDb): StoredRowsSource {
  return {
    invoices: (ids) => db.invoices.bulkGet([...ids]),
    customers: (ids) => db.customers.bulkGet([...ids]),
    invoicesOf: (customerIds) => rowsOfCustomers(db.invoices, customerIds),
    contactsOf: (customerIds) => rowsOfCustomers(db.contacts, customerIds),
  };
}

/** The plan's rows, indexed once. Only for use while the database has `stored.changeStamp`. */
export function knownRows(stored: StoredRowsAt): StoredRowsSource {
  const invoiceById = new Map(stored.invoices.map((i) => [i.id, i]));
  const customerById = new Map(stored.customers.map((c) => [c.id, c]));
  const invoicesBy = groupByCustomer(stored.invoices);
  const contactsBy = groupByCustomer(stored.contacts);
  return {
    invoices: async (ids) => ids.map((id) => invoiceById.get(id)),
    customers: async (ids) => ids.map((id) => customerById.get(id)),
    invoicesOf: async (customerIds) => customerIds.flatMap((id) => invoicesBy.get(id) ?? []),
    contactsOf: async (customerIds) => customerIds.flatMap((id) => contactsBy.get(id) ?? []),
  };
}

/**
 * The plan's rows when the database's stamp (read inside the apply's transaction) is theirs,
 * else the database.
 */
export function rowsSourceFor(db: CallDeskDb, stampNow: string | null, known: StoredRowsAt | undefined): StoredRowsSource {
  return known && known.changeStamp === stampNow ? knownRows(known) : databaseRows(db);
}
