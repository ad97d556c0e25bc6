// The search's fallback when nothing matches as typed: customers whose names hold every long word
// of the query with at most one slip ("Gerge" finds George). Index keys only, read by seeking:
// see shared/search/slip-walk.ts for how the name-word index is walked.
import Dexie, { type DBCoreKeyRange, type DBCoreRangeType, type DBCoreTransaction } from 'dexie';
import { fuzzyCandidatePrefixes, fuzzyMinLength, withinOneSlip, wordMatchesKeys } from '../../shared/search/fuzzy-match';
import { nextSlipCandidate } from '../../shared/search/slip-walk';
import type { CallDeskDb, CustomerRow } from '../data/db';
import { customersUnder, invoiceNumberKeysOf } from './search-lookup';

/** At most this many name words one slip from a typed word are looked up (a guard, not a rule). */
const slipWordCap = 500;

/** Keys starting with `prefix`, as Dexie's startsWith reads them. */
const prefixRange = (prefix: string): DBCoreKeyRange => ({
  type: 2 as DBCoreRangeType, // DBCoreRangeType.Range (a const enum, not importable as a value here)
  lower: prefix,
  upper: `${prefix}\uffff`,
  lowerOpen: false,
  upperOpen: false,
});

/**
 * The distinct name words one slip from `word` among those starting with `prefix`, in index
 * order. A key cursor seeks from each word to the next that could still match
 * (nextSlipCandidate), so a range of hundreds of words costs a handful of steps.
 */
async function slipWordsInRange(db: CallDeskDb, trans: DBCoreTransaction, word: string, prefix: string): Promise<string[]> {
  const table = db.customers.core;
  const index = table.schema.getIndexByKeyPath('nameWords');
  if (!index) throw new Error('The customers table has no nameWords index.');
  const cursor = await table.openCursor({ trans, values: false, query: { index, range: prefixRange(prefix) } });
  if (!cursor) return [];
  const found: string[] = [];
  await cursor.start(() => {
    const key = cursor.key as string;
    if (withinOneSlip(word, key)) found.push(key);
    const next = found.length < slipWordCap ? nextSlipCandidate(word, key, prefix) : null;
    if (next === null) cursor.stop();
    else cursor.continue(next);
  });
  return found;
}

/**
 * The customers under any of `words` in the name-word index, in index order (word, then id) and
 * at most `most` entries, as `where('nameWords').anyOf(words).limit(most)` lists them; each
 * word is one range read (getAllKeys) instead of one cursor step per entry.
 */
async function customersUnderWords(db: CallDeskDb, words: readonly string[], most: number): Promise<string[]> {
  const sorted = [...words].sort();
  const perWord = await Promise.all(sorted.map((w) => db.customers.where('nameWords').equals(w).limit(most).primaryKeys()));
  return perWord.flat().slice(0, most);
}

/**
 * Customers matching every word of a text query with at most one slip per long word. Each long
 * word is compared with the name words in its candidate ranges; the customers under the matching
 * words are intersected across words; only those rows are read, at most `cap`, and each must
 * still match every word of the query. Runs inside a read transaction on the customers.
 */
export async function slipTolerantRows(db: CallDeskDb, words: readonly string[], cap: number): Promise<CustomerRow[]> {
  const longWords = words.filter((w) => w.length >= fuzzyMinLength);
  if (longWords.length === 0) return [];
  const trans = Dexie.currentTransaction?.idbtrans as DBCoreTransaction | undefined;
  if (!trans) throw new Error('slipTolerantRows reads inside a transaction.');
  let ids: string[] | null = null;
  for (const word of longWords) {
    const ranges = await Promise.all(fuzzyCandidatePrefixes(word).map((prefix) => slipWordsInRange(db, trans, word, prefix)));
    const matching = [...new Set(ranges.flat())];
    if (matching.length === 0) return [];
    const under = new Set(await customersUnderWords(db, matching, cap * 20));
    ids = ids === null ? [...under] : ids.filter((id) => under.has(id));
    if (ids.length === 0) return [];
  }
  const rows = (await db.customers.bulkGet((ids ?? []).slice(0, cap))).filter((row): row is CustomerRow => row !== undefined);
  const ownKeys = (row: CustomerRow) => [...row.searchKeys, ...(row.nameWords ?? [])];
  // A word the names do not hold may be one of the account's invoice numbers ("Harbour 123"):
  // the invoices' index says whose, and only when its range is too broad to read are the
  // invoices of the rows still in doubt read.
  const unmatched = [...new Set(words.filter((w) => rows.some((row) => !wordMatchesKeys(w, ownKeys(row)))))];
  const byInvoice = new Map(await Promise.all(unmatched.map(async (w) => [w, await customersUnder(db, w, cap)] as const)));
  const settled = (row: CustomerRow, w: string) => wordMatchesKeys(w, ownKeys(row)) || byInvoice.get(w)?.byInvoice.has(row.id) === true;
  const inDoubt = rows.filter((row) => words.some((w) => !settled(row, w) && byInvoice.get(w)?.invoicesComplete === false));
  const invoiceKeys = await invoiceNumberKeysOf(
    db,
    inDoubt.map((row) => row.id),
  );
  return rows.filter((row) => words.every((w) => settled(row, w) || wordMatchesKeys(w, invoiceKeys.get(row.id) ?? [])));
}
