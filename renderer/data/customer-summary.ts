// The denormalised customer summary (search keys, open balance, oldest open due date, primary
// phone, last call). Every write that touches a customer's contacts, invoices, payments or calls
// refreshes it through this file, so the rule exists once.
import Dexie from 'dexie';
import type { Call } from '../../shared/calls/schema';
import type { Contact, ContactPhone } from '../../shared/contacts/schema';
import type { Customer } from '../../shared/customers/schema';
import type { Invoice } from '../../shared/invoices/schema';
import { addCurrencyTotals, totalsByCurrency, type CurrencyAmount } from '../../shared/money/currency-totals';
import { customerNameWords, customerSearchKeys } from '../../shared/search/search-keys';
import type { CallDeskDb, CustomerRow, CustomerSummary } from './db';
import { settingsKey } from './schema-versions';

type SummaryInvoice = Pick<Invoice, 'dueDate' | 'balanceMinor' | 'status' | 'currency'>;

/** Contacts in the order they were added (ids are random, so the table order means nothing). */
export function contactsInOrder<T extends Pick<Contact, 'createdAt' | 'id'>>(contacts: readonly T[]): T[] {
  return [...contacts].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export function primaryPhoneOf(contacts: readonly Contact[]): ContactPhone | null {
  const ordered = contactsInOrder(contacts);
  const payer = ordered.find((c) => c.authorisesPayment && c.phones.length > 0);
  const first = payer ?? ordered.find((c) => c.phones.length > 0);
  return first?.phones[0] ?? null;
}

function primaryPhoneFields(contacts: readonly Contact[]): Pick<CustomerSummary, 'primaryPhone' | 'primaryPhoneE164'> {
  const phone = primaryPhoneOf(contacts);
  return { primaryPhone: phone?.number ?? null, primaryPhoneE164: phone?.e164 ?? null };
}

/** The latest start time among closed calls (an open call has no outcome yet). */
export function lastClosedCallAt(calls: Iterable<Pick<Call, 'startedAt' | 'status'>>): string | null {
  let latest: string | null = null;
  for (const call of calls) {
    if (call.status === 'closed' && (latest === null || call.startedAt > latest)) latest = call.startedAt;
  }
  return latest;
}

/**
 * The list's balance sort key from the open balances (largest first): the largest single-currency
 * balance, in that currency's minor units. For an account in one currency it is simply what is
 * owed; for a mixed account it orders by its biggest debt, and it is 0 exactly when nothing is
 * owed (the list relies on that). It is never shown as an amount: openBalances is.
 */
export function balanceSortKey(openBalances: readonly CurrencyAmount[]): number {
  return openBalances[0]?.amountMinor ?? 0;
}

/** Pure: the summary from a customer's records. */
export function summarizeCustomer(
  customer: Customer,
  contacts: readonly Contact[],
  invoices: readonly SummaryInvoice[],
  lastCallAt: string | null,
): CustomerSummary {
  let oldestOpenDueDate: string | null = null;
  const open = invoices.filter((invoice) => invoice.status === 'open' && invoice.balanceMinor > 0);
  for (const invoice of open) {
    if (oldestOpenDueDate === null || invoice.dueDate < oldestOpenDueDate) oldestOpenDueDate = invoice.dueDate;
  }
  const openBalances = totalsByCurrency(
    open,
    (i) => i.currency,
    (i) => i.balanceMinor,
  );
  return {
    searchKeys: customerSearchKeys({ customer, contacts }),
    nameWords: customerNameWords(customer, contacts),
    openBalances,
    openBalanceMinor: balanceSortKey(openBalances),
    oldestOpenDueDate,
    ...primaryPhoneFields(contacts),
    lastCallAt,
  };
}

/**
 * A stored summary plus the contribution of records newly added for that customer (never
 * replacing stored ones): every part of the summary is a sum, minimum, maximum or union, except
 * the primary phone, which needs all of the customer's contacts (`allContacts`, or null when no
 * contact was added).
 */
export function addToSummary(stored: CustomerSummary, added: CustomerSummary, allContacts: readonly Contact[] | null): CustomerSummary {
  const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null || a <= b ? a : b);
  const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a >= b ? a : b);
  const openBalances = addCurrencyTotals(stored.openBalances, added.openBalances);
  return {
    searchKeys: [...new Set([...stored.searchKeys, ...added.searchKeys])],
    nameWords: [...new Set([...(stored.nameWords ?? []), ...(added.nameWords ?? [])])],
    openBalances,
    openBalanceMinor: balanceSortKey(openBalances),
    oldestOpenDueDate: earliest(stored.oldestOpenDueDate, added.oldestOpenDueDate),
    ...(allContacts
      ? primaryPhoneFields(allContacts)
      : { primaryPhone: stored.primaryPhone, primaryPhoneE164: stored.primaryPhoneE164 ?? null }),
    lastCallAt: latest(stored.lastCallAt, added.lastCallAt),
  };
}

/** A stored row from a customer and its summary (drops any stale summary fields). */
export function toCustomerRow(customer: Customer, summary: CustomerSummary): CustomerRow {
  return { ...customer, ...summary };
}

/** The tables a summary refresh reads and writes: include them in every write transaction. */
export function summaryTables(db: CallDeskDb) {
  return [db.customers, db.contacts, db.invoices, db.calls, db.settings];
}

/** The phone country new numbers are read with now (stored numbers are never re-read). */
export async function defaultCountryOf(db: CallDeskDb): Promise<string> {
  const row = await db.settings.get(settingsKey);
  return row?.value.defaultCountry ?? 'US';
}

/**
 * Recomputes and stores one customer's summary. Called inside the caller's transaction (which
 * must include summaryTables); on its own it runs in a transaction of its own.
 */
export function refreshCustomerSummary(db: CallDeskDb, customerId: string): Promise<CustomerRow> {
  return db.transaction('rw', summaryTables(db), async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error('This customer no longer exists.');
    const [contacts, invoices, lastCall] = await Promise.all([
      db.contacts.where('customerId').equals(customerId).toArray(),
      db.invoices.where('customerId').equals(customerId).toArray(),
      db.calls
        .where('[customerId+startedAt]')
        .between([customerId, Dexie.minKey], [customerId, Dexie.maxKey])
        .reverse()
        .filter((c) => c.status === 'closed')
        .first(),
    ]);
    const row = toCustomerRow(customer, summarizeCustomer(customer, contacts, invoices, lastCall?.startedAt ?? null));
    await db.customers.put(row);
    return row;
  });
}
