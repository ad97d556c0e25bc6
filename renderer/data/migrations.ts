// Upgrades of stored data between schema versions (the store definitions are in
// schema-versions.ts). Each upgrade runs inside Dexie's version-change transaction, so a failure
// leaves the database at its old version with its old data.
import type { Transaction } from 'dexie';
import type { Call } from '../../shared/calls/schema';
import type { Contact } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import type { Invoice } from '../../shared/invoices/schema';
import type { Settings } from '../../shared/settings/schema';
import { lastClosedCallAt, summarizeCustomer, toCustomerRow } from './customer-summary';
import { settingsKey } from './schema-versions';

export function groupByCustomer<T extends { customerId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.customerId);
    if (group) group.push(row);
    else groups.set(row.customerId, [row]);
  }
  return groups;
}

/** Version 1 -> 2: compute the customer summary for every existing customer. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const [customers, contacts, invoices, calls, settings] = await Promise.all([
    tx.table<Customer, string>('customers').toArray(),
    tx.table<Contact, string>('contacts').toArray(),
    tx.table<Invoice, string>('invoices').toArray(),
    tx.table<Call, string>('calls').toArray(),
    tx.table<{ key: string; value: Settings }, string>('settings').get(settingsKey),
  ]);
  const defaultCountry = settings?.value.defaultCountry ?? 'US';
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
        defaultCountry,
      ),
    ),
  );
  await tx.table('customers').bulkPut(rows);
}
