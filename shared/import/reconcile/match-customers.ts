// Which stored customer each customer of the file is: first by how the books know it (source +
// key), then, among customers typed by hand or known by another key of the same source, by
// account number, then by legal or trading name. A stored customer is matched at most once.
import type { CustomerBooks } from '../books-identity-schema';
import type { BookCustomer, BooksSource } from '../model';
import { normaliseAccountNumber, normaliseName } from './normalise';

export interface StoredCustomerForMatch {
  id: string;
  legalName: string;
  tradingName?: string;
  accountNumber: string;
  books?: CustomerBooks | null;
}

export interface CustomerMatch<C extends StoredCustomerForMatch> {
  book: BookCustomer;
  stored: C;
  /** The stored customer did not yet carry this identity: apply writes it. */
  gainsIdentity: boolean;
}

function indexOnce<C>(index: Map<string, C>, key: string, value: C): void {
  if (key && !index.has(key)) index.set(key, value);
}

export function matchCustomers<C extends StoredCustomerForMatch>(
  source: BooksSource,
  bookCustomers: readonly BookCustomer[],
  stored: readonly C[],
): { matches: Map<string, CustomerMatch<C>>; unmatched: BookCustomer[] } {
  const byKey = new Map<string, C>();
  const byAccount = new Map<string, C>();
  const byName = new Map<string, C>();
  for (const customer of stored) {
    if (customer.books && customer.books.source !== source) continue;
    if (customer.books) indexOnce(byKey, customer.books.customerKey, customer);
    indexOnce(byAccount, normaliseAccountNumber(customer.accountNumber), customer);
    indexOnce(byName, normaliseName(customer.legalName), customer);
    if (customer.tradingName) indexOnce(byName, normaliseName(customer.tradingName), customer);
  }
  const taken = new Set<string>();
  const matches = new Map<string, CustomerMatch<C>>();
  const rest: BookCustomer[] = [];
  // Exact identities first, so a name match never takes a customer another row is known by.
  for (const book of bookCustomers) {
    const known = byKey.get(book.key);
    if (known && !taken.has(known.id)) {
      taken.add(known.id);
      matches.set(book.key, { book, stored: known, gainsIdentity: false });
    } else rest.push(book);
  }
  const unmatched: BookCustomer[] = [];
  for (const book of rest) {
    const candidates = [
      book.accountNumber ? byAccount.get(normaliseAccountNumber(book.accountNumber)) : undefined,
      byName.get(normaliseName(book.name)),
    ];
    // A customer already known by another key of this source is one the books still list under that key.
    const found = candidates.find(
      (c) => c !== undefined && !taken.has(c.id) && !(c.books && bookKeys(bookCustomers).has(c.books.customerKey)),
    );
    if (found) {
      taken.add(found.id);
      matches.set(book.key, { book, stored: found, gainsIdentity: true });
    } else unmatched.push(book);
  }
  return { matches, unmatched };
}

const keySets = new WeakMap<readonly BookCustomer[], Set<string>>();
function bookKeys(customers: readonly BookCustomer[]): Set<string> {
  let keys = keySets.get(customers);
  if (!keys) {
    keys = new Set(customers.map((c) => c.key));
    keySets.set(customers, keys);
  }
  return keys;
}
