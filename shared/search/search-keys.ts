// Customer search is a prefix lookup on two multiEntry indexes, so the list and the search box
// never scan invoices or contacts: the customers' 'searchKeys' (names, account number, contacts'
// names, emails and phones) and the invoices' 'customerSearchKeys' (each invoice's number, as the
// customer it belongs to is found by). Invoice numbers are kept on the invoices rather than on
// their customer because the books change balances every week: a customer row rewritten with a new
// balance then rewrites only its own few keys, not one per invoice it ever had. These pure
// functions decide what goes into those indexes and what a typed query looks up in them.
import { phoneQueryKey, phoneSearchKeys, type StoredPhone } from '../phone/phone';

/** Lower case, accents removed ("Café" and "cafe" find each other). */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text: runs of letters and digits, normalised. */
export function textWords(text: string): string[] {
  return normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** "INV-00123" and "inv 00123" are the same invoice number: lower case, letters and digits only. */
export function normalizeInvoiceNumber(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Keys for a free text: each word, plus each whitespace-separated chunk with its punctuation
 * removed, so "O'Brien" is found by "o'brien", "brien" and "obrien".
 */
function textKeys(text: string): string[] {
  const keys = textWords(text);
  for (const chunk of normalizeText(text).split(/\s+/)) {
    const compact = chunk.replace(/[^\p{L}\p{N}]/gu, '');
    if (compact) keys.push(compact);
  }
  return keys;
}

export interface SearchableCustomer {
  customer: { legalName: string; tradingName: string; accountNumber: string };
  contacts: ReadonlyArray<{ name: string; emails: readonly string[]; phones: readonly StoredPhone[] }>;
}

/**
 * Keys for an invoice number: the number without punctuation ("inv10263"), and its digits alone
 * so it is found without its prefix: the last run of digits ("10263"), that run without leading
 * zeros ("INV-00123" by "123") and all its digits together ("2024/0042" by "20240042").
 */
export function invoiceNumberKeys(number: string): string[] {
  const keys = new Set([normalizeInvoiceNumber(number)]);
  const runs = normalizeText(number).match(/\p{N}+/gu) ?? [];
  const last = runs[runs.length - 1];
  if (last) {
    keys.add(last);
    const unpadded = last.replace(/^0+(?=\p{N})/u, '');
    keys.add(unpadded);
  }
  if (runs.length > 1) keys.add(runs.join(''));
  keys.delete('');
  return [...keys];
}

/**
 * Every key one customer is indexed under (deduplicated, no empty keys). Phone keys come from the
 * E.164 stored with each number, so they never depend on today's settings.
 */
export function customerSearchKeys(source: SearchableCustomer): string[] {
  const keys = new Set<string>();
  const add = (values: Iterable<string>) => {
    for (const v of values) if (v) keys.add(v);
  };
  const { customer } = source;
  add(textKeys(customer.legalName));
  add(textKeys(customer.tradingName));
  add(textKeys(customer.accountNumber));
  for (const contact of source.contacts) {
    add(textKeys(contact.name));
    for (const email of contact.emails) {
      add([normalizeText(email.trim())]);
      add(textWords(email));
    }
    for (const phone of contact.phones) add(phoneSearchKeys(phone));
  }
  return [...keys];
}

/**
 * Between an invoice's number key and the id of the customer it belongs to, in the invoices'
 * index: a prefix lookup then names the customers from the index alone, without reading a row.
 * No typed text holds it (textWords and normalizeInvoiceNumber keep letters and digits only).
 */
const ownerSeparator = '\u0000';

/** The keys an invoice is indexed under: each of invoiceNumberKeys, followed by its customer's id. */
export function invoiceSearchKeys(invoice: { number: string; customerId: string }): string[] {
  return invoiceNumberKeys(invoice.number).map((key) => `${key}${ownerSeparator}${invoice.customerId}`);
}

/** The customer an invoice search key names. */
export function customerOfInvoiceSearchKey(key: string): string {
  return key.slice(key.lastIndexOf(ownerSeparator) + 1);
}

/** The number key part of an invoice search key (what a typed token is compared with). */
export function numberKeyOfInvoiceSearchKey(key: string): string {
  const at = key.lastIndexOf(ownerSeparator);
  return at < 0 ? key : key.slice(0, at);
}

/**
 * The words of the names (the customer's and its contacts'), at least two letters long: what a
 * mistyped word of a query is compared with (shared/search/fuzzy-match.ts).
 */
export function customerNameWords(customer: SearchableCustomer['customer'], contacts: ReadonlyArray<{ name: string }>): string[] {
  const words = [customer.legalName, customer.tradingName, ...contacts.map((c) => c.name)].flatMap(textWords);
  return [...new Set(words.filter((w) => w.length >= 2 && /\p{L}/u.test(w)))];
}

/** One index lookup: rows with a key starting with `prefix`, kept when every token prefixes a key. */
export interface SearchLookup {
  prefix: string;
  tokens: string[];
}

export type SearchQueryPlan = { kind: 'all' } | { kind: 'keys'; lookups: SearchLookup[]; normalizedQuery: string };

/** What to look up for a query typed in the search box. */
export function searchQueryPlan(query: string, defaultCountry: string): SearchQueryPlan {
  const trimmed = query.trim();
  if (!trimmed) return { kind: 'all' };
  const normalizedQuery = normalizeText(trimmed);
  const lookups: SearchLookup[] = [];
  const addLookup = (prefix: string, tokens: string[]) => {
    if (prefix && !lookups.some((l) => l.prefix === prefix && l.tokens.join(' ') === tokens.join(' '))) {
      lookups.push({ prefix, tokens });
    }
  };

  if (trimmed.includes('@')) {
    addLookup(normalizedQuery, [normalizedQuery]);
    return { kind: 'keys', lookups, normalizedQuery };
  }
  const phoneKey = phoneQueryKey(trimmed, defaultCountry);
  if (phoneKey) {
    addLookup(phoneKey, [phoneKey]);
  } else {
    const tokens = [...new Set(textWords(trimmed))];
    // The longest token narrows the index range most; the others filter the candidates.
    const longest = tokens.reduce((best, t) => (t.length > best.length ? t : best), '');
    addLookup(longest, tokens);
  }
  // Invoice numbers are indexed without punctuation, so "INV-00123" needs its own lookup.
  const invoiceKey = normalizeInvoiceNumber(trimmed);
  addLookup(invoiceKey, [invoiceKey]);
  return { kind: 'keys', lookups, normalizedQuery };
}

/** True when every token is a prefix of at least one of the keys. */
export function matchesAllTokens(keys: readonly string[], tokens: readonly string[]): boolean {
  return tokens.every((token) => keys.some((key) => key.startsWith(token)));
}
