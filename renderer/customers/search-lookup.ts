// One lookup of the search box, on the two indexes customers are found by: their own keys
// (`customers.searchKeys`: names, account number, contacts) and their invoices' numbers
// (`invoices.customerSearchKeys`, whose keys end with the customer's id, so the index alone names
// the customer). See shared/search/search-keys.ts for what the keys are.
import {
  customerOfInvoiceSearchKey,
  matchesAllTokens,
  numberKeyOfInvoiceSearchKey,
  type SearchLookup,
} from '../../shared/search/search-keys';
import type { CallDeskDb, CustomerRow } from '../data/db';

/**
 * A token whose index range holds more than this many times the keys of the candidates so far
 * is too broad to narrow them cheaply ("inv" in "INV-1051202"); the row check applies it instead.
 */
const keyReadFactor = 8;

/** Customers under one token, from at most `most` entries of each index. */
export interface Under {
  ids: string[];
  /** Those found by an invoice's number. */
  byInvoice: Set<string>;
  /** False when either index held more than `most` entries under the token. */
  complete: boolean;
  /**
   * Whether every invoice under the token was read: when so, a row not among `byInvoice` has no
   * invoice under it, and its own keys (which the row holds) settle it.
   */
  invoicesComplete: boolean;
}

/**
 * The most entries of the invoices' index one token reads. Its keys name the customers, and index
 * keys are read by a cursor, one step each, not in one bulk read (nor counted any faster: a count
 * walks the range too, and "inv" holds every invoice). A range holding more is left to the row
 * check (keepMatching), which reads the invoices of at most one page of candidates.
 */
const invoiceKeyReadCap = 500;

export async function customersUnder(db: CallDeskDb, token: string, most: number): Promise<Under> {
  const invoiceMost = Math.min(most, invoiceKeyReadCap);
  const [own, invoiceKeys] = await Promise.all([
    db.customers
      .where('searchKeys')
      .startsWith(token)
      .limit(most + 1)
      .primaryKeys(),
    db.invoices
      .where('customerSearchKeys')
      .startsWith(token)
      .limit(invoiceMost + 1)
      .keys() as Promise<string[]>,
  ]);
  const invoicesComplete = invoiceKeys.length <= invoiceMost;
  // An invoice whose number is exactly the token comes first: typed whole, it is what was meant,
  // even where a hundred customers have a longer key under it ("555" and the 555-… phones).
  const exact = new Set<string>();
  const other = new Set<string>();
  for (const key of invoiceKeys.slice(0, invoiceMost)) {
    (numberKeyOfInvoiceSearchKey(key) === token ? exact : other).add(customerOfInvoiceSearchKey(key));
  }
  return {
    ids: [...new Set([...exact, ...own.slice(0, most), ...other])],
    byInvoice: new Set([...exact, ...other]),
    complete: own.length <= most && invoicesComplete,
    invoicesComplete,
  };
}

/** The number keys of the invoices of `customerIds`, by customer. */
export async function invoiceNumberKeysOf(db: CallDeskDb, customerIds: readonly string[]): Promise<Map<string, string[]>> {
  const keysOf = new Map<string, string[]>();
  if (customerIds.length === 0) return keysOf;
  const invoices = await db.invoices.where('customerId').anyOf(customerIds).toArray();
  for (const invoice of invoices) {
    let keys = keysOf.get(invoice.customerId);
    if (!keys) keysOf.set(invoice.customerId, (keys = []));
    for (const key of invoice.customerSearchKeys ?? []) keys.push(numberKeyOfInvoiceSearchKey(key));
  }
  return keysOf;
}

/**
 * Keeps the rows that match every token by their own keys or an invoice's number. What the
 * lookups read settles most rows; only a row left in doubt by an invoice range too broad to read
 * whole has its invoices' keys read.
 */
async function keepMatching(
  db: CallDeskDb,
  rows: CustomerRow[],
  tokens: readonly string[],
  byInvoice: ReadonlyMap<string, Under>,
): Promise<CustomerRow[]> {
  const settled = (row: CustomerRow, token: string) =>
    matchesAllTokens(row.searchKeys, [token]) || byInvoice.get(token)?.byInvoice.has(row.id) === true;
  const inDoubt = (row: CustomerRow) => tokens.some((token) => !settled(row, token) && byInvoice.get(token)?.invoicesComplete === false);
  const invoiceKeysOf = await invoiceNumberKeysOf(
    db,
    rows.filter(inDoubt).map((row) => row.id),
  );
  return rows.filter((row) => tokens.every((token) => settled(row, token) || matchesAllTokens(invoiceKeysOf.get(row.id) ?? [], [token])));
}

/**
 * Rows for one lookup, reading as few rows as possible. Customer ids come from the indexes alone
 * (no row values): first under the longest token, then intersected with those under
 * each other token that is selective enough. Only the surviving rows are read, at most `cap`, and
 * checked against every token. Runs inside a read transaction on customers and invoices.
 */
export async function lookupRows(db: CallDeskDb, lookup: SearchLookup, cap: number): Promise<CustomerRow[]> {
  const tokens = [...new Set([lookup.prefix, ...lookup.tokens])].sort((a, b) => b.length - a.length);
  const [first = '', ...others] = tokens;
  const found = new Map<string, Under>();
  // A customer is listed once per matching key, hence the margin before deduplication.
  const under = await customersUnder(db, first, others.length === 0 ? cap * 2 : cap * 20);
  found.set(first, under);
  let ids = under.ids;
  for (const token of others) {
    if (ids.length === 0) break;
    const narrower = await customersUnder(db, token, ids.length * keyReadFactor);
    found.set(token, narrower);
    if (!narrower.complete) continue;
    const kept = new Set(narrower.ids);
    ids = ids.filter((id) => kept.has(id));
  }
  const rows = (await db.customers.bulkGet(ids.slice(0, cap))).filter((row): row is CustomerRow => row !== undefined);
  return keepMatching(db, rows, tokens, found);
}
