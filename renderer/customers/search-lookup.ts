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
interface Under {
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

async function customersUnder(db: CallDeskDb, token: string, most: number): Promise<Under> {
  const [own, invoiceKeys] = await Promise.all([
    db.customers
      .where('searchKeys')
      .startsWith(token)
      .limit(most + 1)
      .primaryKeys(),
    db.invoices
      .where('customerSearchKeys')
      .startsWith(token)
      .limit(most + 1)
      .keys(),
  ]);
  const byInvoice = new Set(invoiceKeys.slice(0, most).map((key) => customerOfInvoiceSearchKey(key as string)));
  return {
    ids: [...new Set([...own.slice(0, most), ...byInvoice])],
    byInvoice,
    complete: own.length <= most && invoiceKeys.length <= most,
    invoicesComplete: invoiceKeys.length <= most,
  };
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
  const doubtful = rows.filter(inDoubt);
  const invoiceKeysOf = new Map<string, string[]>();
  if (doubtful.length > 0) {
    const invoices = await db.invoices
      .where('customerId')
      .anyOf(doubtful.map((row) => row.id))
      .toArray();
    for (const invoice of invoices) {
      const keys = (invoice.customerSearchKeys ?? []).map(numberKeyOfInvoiceSearchKey);
      invoiceKeysOf.set(invoice.customerId, [...(invoiceKeysOf.get(invoice.customerId) ?? []), ...keys]);
    }
  }
  return rows.filter((row) => tokens.every((token) => settled(row, token) || matchesAllTokens(invoiceKeysOf.get(row.id) ?? [], [token])));
}

/**
 * Rows for one lookup, reading as few rows as possible. Customer ids come from the indexes alone
 * (getAllKeys, no row values): first under the longest token, then intersected with those under
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
