// Customers: create, edit, read, the paged list behind the virtual customer list, search, and
// the whole customer file.
import Dexie from 'dexie';
import type { BookChange } from '../../shared/import/import-history';
import { newId } from '../../shared/common/ids';
import { customerInputSchema, customerSchema, type CustomerInput } from '../../shared/customers/schema';
import { searchQueryPlan } from '../../shared/search/search-keys';
import { lookupRows } from './search-lookup';
import { fuzzyQueryWords } from '../../shared/search/fuzzy-match';
import { rankCustomers } from '../../shared/search/search-rank';
import { slipTolerantRows } from './slip-tolerant-search';
import { contactsInOrder, refreshCustomerSummary, summarizeCustomer, summaryTables, toCustomerRow } from '../data/customer-summary';
import type { CallDeskDb, CustomerRow } from '../data/db';
import type { AccountRecords } from '../../shared/common/account-records';

export type { CustomerRow } from '../data/db';

export type CustomerSort = 'name' | 'balance' | 'oldest';

export async function createCustomer(
  db: CallDeskDb,
  input: CustomerInput,
  opts: { demo?: boolean; now?: Date } = {},
): Promise<CustomerRow> {
  const now = (opts.now ?? new Date()).toISOString();
  const customer = customerSchema.parse({
    ...customerInputSchema.parse(input),
    id: newId(),
    createdAt: now,
    updatedAt: now,
    demo: opts.demo ?? false,
  });
  // A new customer has no contacts, invoices or calls yet.
  const row = toCustomerRow(customer, summarizeCustomer(customer, [], [], null));
  await db.customers.add(row);
  return row;
}

export async function updateCustomer(db: CallDeskDb, id: string, input: CustomerInput, opts: { now?: Date } = {}): Promise<CustomerRow> {
  const parsed = customerInputSchema.parse(input);
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', summaryTables(db), async () => {
    const existing = await db.customers.get(id);
    if (!existing) throw new Error('This customer no longer exists.');
    const customer = customerSchema.parse({ ...parsed, id, createdAt: existing.createdAt, updatedAt: now, demo: existing.demo });
    await db.customers.put({ ...existing, ...customer });
    // Names and account number feed the search keys.
    return refreshCustomerSummary(db, id);
  });
}

export function getCustomer(db: CallDeskDb, id: string): Promise<CustomerRow | undefined> {
  return db.customers.get(id);
}

export function countCustomers(db: CallDeskDb): Promise<number> {
  return db.customers.count();
}

/**
 * One page of the customer list. 'balance' is largest first; 'oldest' is oldest open due date
 * first, then the customers who owe nothing, by name.
 */
export function listCustomers(db: CallDeskDb, opts: { offset: number; limit: number; sort: CustomerSort }): Promise<CustomerRow[]> {
  const offset = Math.max(0, Math.trunc(opts.offset));
  const limit = Math.max(0, Math.trunc(opts.limit));
  if (limit === 0) return Promise.resolve([]);
  if (opts.sort === 'name') return db.customers.orderBy('legalName').offset(offset).limit(limit).toArray();
  if (opts.sort === 'balance') return db.customers.orderBy('openBalanceMinor').reverse().offset(offset).limit(limit).toArray();
  return db.transaction('r', db.customers, async () => {
    // Customers who owe nothing have no oldestOpenDueDate, so that index does not hold them;
    // they are exactly the ones with openBalanceMinor 0 (both come from the same open invoices).
    const owing = await db.customers.orderBy('oldestOpenDueDate').count();
    const head = offset < owing ? await db.customers.orderBy('oldestOpenDueDate').offset(offset).limit(limit).toArray() : [];
    const wanted = limit - head.length;
    if (wanted === 0) return head;
    const tail = await db.customers
      .where('[openBalanceMinor+legalName]')
      .between([0, Dexie.minKey], [0, Dexie.maxKey])
      .offset(Math.max(0, offset - owing))
      .limit(wanted)
      .toArray();
    return [...head, ...tail];
  });
}

// --- Search: prefix lookups on the customers' own keys and their invoices' numbers (names,
// account numbers, contacts, emails, phones however typed, invoice numbers; see
// shared/search/search-keys.ts and search-lookup.ts).

/** How many results the search box shows: enough to scroll, few enough to read per keystroke. */
export const searchResultLimit = 100;

export async function searchCustomers(
  db: CallDeskDb,
  query: string,
  opts: { defaultCountry: string; limit?: number },
): Promise<CustomerRow[]> {
  const limit = opts.limit ?? 50;
  const plan = searchQueryPlan(query, opts.defaultCountry);
  if (plan.kind === 'all') return db.customers.orderBy('legalName').limit(limit).toArray();
  return db.transaction('r', db.customers, db.invoices, async () => {
    const batches = await Promise.all(plan.lookups.map((lookup) => lookupRows(db, lookup, limit)));
    // A row is listed once per matching key and may match several lookups.
    const found = new Map<string, CustomerRow>();
    for (const batch of batches) for (const row of batch) found.set(row.id, row);
    if (found.size > 0) return rankCustomers([...found.values()], plan.normalizedQuery).slice(0, limit);
    // Nothing matches as typed: forgive a one-letter slip in a word ("Harbour" for Harbor).
    return rankCustomers(await slipTolerantRows(db, fuzzyQueryWords(query), limit), plan.normalizedQuery).slice(0, limit);
  });
}

// --- The customer file: indexed reads in parallel inside one read transaction (target: under
// 100 ms for an account with 1,000 calls).

/**
 * Orders: contacts as added; invoices by due date (oldest first); follow-ups by due time
 * (soonest first); calls, payments, notes, promises and disputes newest first.
 */
export type CustomerFile = AccountRecords<CustomerRow> & {
  /** What imports changed on the account, newest first (absent where a file is built without them). */
  bookChanges?: BookChange[];
};

const newestFirst =
  <T>(key: (row: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a));

export function getCustomerFile(db: CallDeskDb, id: string): Promise<CustomerFile | null> {
  const tables = [
    db.customers,
    db.contacts,
    db.invoices,
    db.payments,
    db.calls,
    db.notes,
    db.promises,
    db.disputes,
    db.followUps,
    db.placements,
    db.bookChanges,
  ];
  return db.transaction('r', tables, async () => {
    const byCustomer = { customerId: id };
    const [customer, contacts, invoices, payments, calls, notes, promises, disputes, followUps, placements, bookChanges] =
      await Promise.all([
        db.customers.get(id),
        db.contacts.where(byCustomer).toArray(),
        db.invoices.where(byCustomer).toArray(),
        db.payments.where(byCustomer).toArray(),
        // Ascending range read (getAll), reversed in memory: IndexedDB's getAll has no direction.
        db.calls.where('[customerId+startedAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray(),
        db.notes.where(byCustomer).toArray(),
        db.promises.where(byCustomer).toArray(),
        db.disputes.where(byCustomer).toArray(),
        db.followUps.where(byCustomer).toArray(),
        db.placements.where(byCustomer).toArray(),
        db.bookChanges.where(byCustomer).toArray(),
      ]);
    if (!customer) return null;
    return {
      customer,
      contacts: contactsInOrder(contacts),
      invoices: invoices.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number)),
      payments: payments.sort(newestFirst((p) => `${p.receivedOn}|${p.createdAt}`)),
      calls: calls.reverse(),
      notes: notes.sort(newestFirst((n) => n.createdAt)),
      promises: promises.sort(newestFirst((p) => p.createdAt)),
      disputes: disputes.sort(newestFirst((d) => d.openedAt)),
      followUps: followUps.sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
      placements: placements.sort(newestFirst((p) => p.recordedAt)),
      bookChanges: bookChanges.sort(newestFirst((b) => b.at)),
    };
  });
}
