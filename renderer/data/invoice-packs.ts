// Every invoice again, a few hundred to a record: the invoices whose ids start with the same two
// characters make one pack. An import's plan and its safety copy need every invoice, and
// IndexedDB's cost is mostly per record, so reading 100,000 invoices as 256 packs takes about a
// third of the time of reading them one by one.
//
// The packs are derived data, trusted only as far as this middleware vouches for them: every write
// to the invoices marks the packs it touched stale, in the writing transaction itself, so no write
// path can forget to. A reader takes the fresh packs and reads the stale ones' invoices from the
// table (invoice-pack-store.ts); packs are written again only from rows known to be
// exactly what is stored (after an import, by the worker that holds them all).
//
// The table holds three kinds of row: `pack:<prefix>` (the invoices, in key order), `stale:<prefix>`
// (that pack is out of date) and `complete` (the packs were written whole; without it none is
// trusted: a new database, one restored, or one whose invoices were cleared).
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { PackedRows } from '../../shared/common/column-pack';

export const invoicePacksTable = 'invoicePacks';
const invoicesTable = 'invoices';

/** How many leading characters of an invoice's id name its pack: 256 packs for random UUIDs. */
const prefixLength = 2;

export const packsCompleteKey = 'complete';
const packKeyStart = 'pack:';
const staleKeyStart = 'stale:';

export interface InvoicePack {
  key: string;
  /**
   * The pack's invoices as stored (without the search keys the table indexes them by), in key
   * order, column by column (shared/common/column-pack.ts: less than half the bytes of the rows).
   */
  invoices: PackedRows;
}

export interface StalePackMark {
  key: string;
}

export interface PacksComplete {
  key: typeof packsCompleteKey;
}

export type InvoicePackRow = InvoicePack | StalePackMark | PacksComplete;

/** The pack an invoice's id falls in. */
export function packPrefixOf(invoiceId: string): string {
  return invoiceId.slice(0, prefixLength);
}

export const packKey = (prefix: string) => packKeyStart + prefix;
export const staleKey = (prefix: string) => staleKeyStart + prefix;

/** What a row of the table is. */
export function packRowKind(row: InvoicePackRow): { kind: 'pack' | 'stale'; prefix: string } | { kind: 'complete' } | null {
  if (row.key === packsCompleteKey) return { kind: 'complete' };
  if (row.key.startsWith(packKeyStart)) return { kind: 'pack', prefix: row.key.slice(packKeyStart.length) };
  if (row.key.startsWith(staleKeyStart)) return { kind: 'stale', prefix: row.key.slice(staleKeyStart.length) };
  return null;
}

/**
 * The keys a mutation writes or deletes; null when it cannot say which (a range deleted, or a key
 * that is not a string): every pack is then stale.
 */
function keysOf(table: DBCoreTable, req: DBCoreMutateRequest): string[] | null {
  if (req.type === 'deleteRange') return null;
  const keys: unknown[] = [];
  if (req.type === 'delete') keys.push(...req.keys);
  else {
    keys.push(...(req.keys ?? req.values.map((value) => table.schema.primaryKey.extractKey?.(value))));
    if (req.type === 'put' && req.updates) keys.push(...req.updates.keys);
  }
  return keys.every((key): key is string => typeof key === 'string') ? keys : null;
}

/** Whether the transaction holds the packs: a schema upgrade from before version 10 writes invoices before the table exists. */
function holdsPacks(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as { objectStoreNames?: DOMStringList }).objectStoreNames;
  return names === undefined || names.contains(invoicePacksTable);
}

/**
 * Per writing transaction: whether the packs were complete when it first wrote an invoice (if not,
 * no mark is needed: nothing trusts the packs, and only writeInvoicePacks, which writes no
 * invoice, makes them complete), and the packs it has marked already. A 100,000-invoice import
 * writes in fifty chunks, each touching every pack.
 */
const marking = new WeakMap<DBCoreTransaction, { complete: PromiseLike<boolean>; marked: Set<string> }>();

function markingOf(packs: DBCoreTable, trans: DBCoreTransaction) {
  let state = marking.get(trans);
  if (!state) {
    state = { complete: packs.get({ trans, key: packsCompleteKey }).then((row: unknown) => row !== undefined), marked: new Set() };
    marking.set(trans, state);
  }
  return state;
}

/**
 * Marks the packs a mutation touched stale, each with a row of its own (a put, never a read and
 * write back, so marks made by writes running side by side in one transaction never overwrite
 * each other); a mutation that cannot say which takes away `complete`.
 */
function markStale(down: DBCore, invoices: DBCoreTable, req: DBCoreMutateRequest): PromiseLike<void> {
  if (!holdsPacks(req.trans)) return Promise.resolve();
  const packs = down.table(invoicePacksTable);
  const state = markingOf(packs, req.trans);
  return state.complete.then((complete) => {
    if (!complete) return undefined;
    const keys = keysOf(invoices, req);
    if (keys === null) {
      state.complete = Promise.resolve(false);
      return packs.mutate({ type: 'delete', trans: req.trans, keys: [packsCompleteKey] }).then(() => undefined);
    }
    const prefixes = [...new Set(keys.map(packPrefixOf))].filter((prefix) => !state.marked.has(prefix));
    if (prefixes.length === 0) return undefined;
    for (const prefix of prefixes) state.marked.add(prefix);
    const marks: StalePackMark[] = prefixes.map((prefix) => ({ key: staleKey(prefix) }));
    return packs.mutate({ type: 'put', trans: req.trans, values: marks }).then(() => undefined);
  });
}

export const invoicePackTrackingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'invoice-pack-tracking',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const tracks = mode === 'readwrite' && stores.includes(invoicesTable) && !stores.includes(invoicePacksTable);
        return down.transaction(tracks ? [...stores, invoicePacksTable] : stores, mode, options);
      },
      table(name): DBCoreTable {
        const table = down.table(name);
        if (name !== invoicesTable) return table;
        return {
          ...table,
          // Chained with then(), not await, like the change stamp: the transaction must not commit
          // between the write and its mark.
          mutate: (req) => table.mutate(req).then((result) => markStale(down, table, req).then(() => result)),
        };
      },
    };
  },
};
