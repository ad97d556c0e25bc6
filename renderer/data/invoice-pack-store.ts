// Reading every invoice through the packs, and writing the packs again from rows known to be
// what is stored (see invoice-packs.ts for what the packs are and how they are kept honest).
import { packRows, unpackRows, type PackedRows } from '../../shared/common/column-pack';
import type { Invoice } from '../../shared/invoices/schema';
import { readChangeStamp } from './change-stamp';
import type { CallDeskDb } from './db';
import { packKey, packPrefixOf, packRowKind, packsCompleteKey, staleKey, type InvoicePack } from './invoice-packs';

/** An invoice as a pack keeps it: without the keys the table indexes it by (invoice-search-keys.ts). */
function asPacked(invoice: Invoice): Invoice {
  if (!('customerSearchKeys' in invoice)) return invoice;
  const { customerSearchKeys: _keys, ...row } = invoice as Invoice & { customerSearchKeys?: unknown };
  return row;
}

const byId = (a: Invoice, b: Invoice) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One pack's invoices, and the pack as stored when it was fresh (a stale pack's are read from the table). */
export interface InvoicePage {
  rows: Invoice[];
  /** Passed on as it is by a reader that would otherwise send the rows on (the safety copy's encoding). */
  packed: PackedRows | null;
}

/**
 * Every invoice, inside the caller's transaction (which must hold the invoices and the packs):
 * fresh packs as they are, a stale pack's invoices from the table; one page per pack, the pages
 * in key order and so their rows, each row as a pack keeps it. Null when the packs are not
 * complete: the caller reads the table. The table's reads are all asked for before the first
 * answer is awaited.
 */
export async function readInvoicePagesThroughPacks(db: CallDeskDb): Promise<Promise<InvoicePage>[] | null> {
  // One request, asked for at once: a worker busy reading the file for a second or two would
  // otherwise ask for the next only after that, where the database could have answered meanwhile.
  const rows = await db.invoicePacks.toArray();
  if (!rows.some((row) => packRowKind(row)?.kind === 'complete')) return null;
  const packs = new Map<string, InvoicePage>();
  const stale = new Set<string>();
  for (const row of rows) {
    const kind = packRowKind(row);
    if (kind?.kind === 'stale') stale.add(kind.prefix);
    else if (kind?.kind === 'pack') {
      const packed = (row as InvoicePack).invoices;
      packs.set(kind.prefix, { rows: unpackRows<Invoice>(packed), packed });
    }
  }
  const prefixes = [...new Set([...packs.keys(), ...stale])].sort();
  return prefixes.map((prefix) => {
    if (!stale.has(prefix)) return Promise.resolve(packs.get(prefix)!);
    // An id shorter than a prefix ("a") would also match longer ones ("ab…"): those are another pack's.
    return db.invoices
      .where(':id')
      .startsWith(prefix)
      .toArray()
      .then((found) => ({ rows: found.filter((invoice) => packPrefixOf(invoice.id) === prefix).map(asPacked), packed: null }));
  });
}

/** As readInvoicePagesThroughPacks, the rows alone. */
export async function readInvoicesThroughPacks(db: CallDeskDb): Promise<Promise<Invoice[]>[] | null> {
  const pages = await readInvoicePagesThroughPacks(db);
  return pages && pages.map((page) => page.then(({ rows }) => rows));
}

/** Packs written per transaction: each holds every other write back for a moment only. */
const packsPerTransaction = 32;

/**
 * Writes the packs again from `invoices`, every invoice stored, exactly as stored when the
 * database's change stamp was `changeStamp`; stops (false) as soon as the stamp is another (a write
 * came in between, and its marks stay). When the packs were complete, only the stale ones are
 * written; otherwise every one is, and the packs are complete once the last is written.
 */
export async function writeInvoicePacks(db: CallDeskDb, invoices: readonly Invoice[], changeStamp: string | null): Promise<boolean> {
  const grouped = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    const prefix = packPrefixOf(invoice.id);
    let group = grouped.get(prefix);
    if (!group) grouped.set(prefix, (group = []));
    group.push(asPacked(invoice));
  }
  const inTurn = <T>(work: () => Promise<T>) =>
    db.transaction('rw', [db.invoicePacks, db.meta], async () => ((await readChangeStamp(db)) === changeStamp ? work() : null));

  // Which packs to write: the stale ones, or every one (and none left over) when not complete.
  const toWrite = await inTurn(async () => {
    if (await db.invoicePacks.get(packsCompleteKey)) {
      const keys = (await db.invoicePacks.toCollection().primaryKeys()) as string[];
      return keys.flatMap((key) => {
        const kind = packRowKind({ key });
        return kind?.kind === 'stale' ? [kind.prefix] : [];
      });
    }
    await db.invoicePacks.clear();
    return [...grouped.keys()];
  });
  if (toWrite === null) return false;
  toWrite.sort();
  for (let at = 0; at < toWrite.length; at += packsPerTransaction) {
    const prefixes = toWrite.slice(at, at + packsPerTransaction);
    const written = await inTurn(async () => {
      const filled = prefixes.filter((prefix) => grouped.has(prefix));
      await db.invoicePacks.bulkPut(
        filled.map((prefix) => ({ key: packKey(prefix), invoices: packRows(grouped.get(prefix)!.sort(byId)) })),
      );
      await db.invoicePacks.bulkDelete([...prefixes.filter((prefix) => !grouped.has(prefix)).map(packKey), ...prefixes.map(staleKey)]);
      return true;
    });
    if (written === null) return false;
  }
  return (await inTurn(() => db.invoicePacks.put({ key: packsCompleteKey }).then(() => true))) ?? false;
}

/** Every invoice after an import: those it was planned against, with what it wrote laid over. */
export function invoicesAfterWrites(before: readonly Invoice[], written: readonly Invoice[]): Invoice[] {
  const byKey = new Map(before.map((invoice) => [invoice.id, invoice]));
  for (const invoice of written) byKey.set(invoice.id, invoice);
  return [...byKey.values()];
}
