// Everything stored about one account, as the exports read it. Same shape as the renderer's
// customer file (renderer/customers/customer-repository.ts), which shared/ must not import; the
// list summary fields are optional because nothing here relies on them (figures are recomputed
// from the records, so an export never prints a stale summary).
import type { AccountRecords, DataSet } from '../common/account-records';
import type { Customer } from '../customers/schema';

/** The denormalised list fields a stored customer row may carry. */
export interface CustomerListFields {
  searchKeys?: string[];
  openBalances?: { currency: string; amountMinor: number }[];
  openBalanceMinor?: number;
  oldestOpenDueDate?: string | null;
  primaryPhone?: string | null;
  lastCallAt?: string | null;
}

export type AccountFile = AccountRecords<Customer & CustomerListFields>;

/** Whole tables of records (a backup, a demo or benchmark data set): what the CSV exports read. */
export type AccountTables = DataSet;

/** One account's file picked out of whole tables (one pass over each), or null if it is not there. */
export function accountFileFrom(tables: AccountTables, customerId: string): AccountFile | null {
  const customer = tables.customers.find((c) => c.id === customerId);
  if (!customer) return null;
  const mine = <T extends { customerId: string }>(rows: readonly T[]): T[] => rows.filter((r) => r.customerId === customerId);
  return {
    customer,
    contacts: mine(tables.contacts),
    invoices: mine(tables.invoices),
    payments: mine(tables.payments),
    calls: mine(tables.calls),
    notes: mine(tables.notes),
    promises: mine(tables.promises),
    disputes: mine(tables.disputes),
    followUps: mine(tables.followUps),
    placements: mine(tables.placements),
  };
}

/** Records oldest first by a sortable string key (ISO instants and calendar dates sort as text). */
export function chronological<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}
