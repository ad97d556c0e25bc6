// The stored rows an import plan is made against, read in the import worker (IndexedDB is open
// to workers): the customers, invoices and contacts, in one read transaction so they agree, with
// the change stamp of that moment, so the safety copy and the apply can tell whether these rows
// are still what is stored and use them rather than read them again.
// Reading them here rather than on the page keeps a 100,000-invoice read off the UI thread and
// spares copying them into the worker.
//
// The read is also where the safety copy's tables are encoded (shared/backup/table-encoder): the
// same transaction reads every table the copy keeps (but the documents and meta), the invoices in
// sixteen pages the database fetches one after another, and each is encoded as it arrives, the
// deflating in a worker of its own. At 100,000 invoices that takes about 3 s of work from after
// the preview, where the user waits on it, into the read, where it runs beside the database.
//
// The invoices come through their packs when the packs are complete (renderer/data/invoice-packs.ts):
// 256 records instead of 100,000, the stale packs' invoices from the table. A fresh pack goes to
// the deflate worker as it was stored, and the worker writes its JSON: cloning a pack costs this
// thread a fraction of writing the JSON, so about 0.6 s at 100,000 invoices moves off the way to
// the preview and runs beside the plan.
import type { Table } from 'dexie';
import type { Contact } from '../../shared/contacts/schema';
import type { PlanImportInput } from '../../shared/import/reconcile/plan-import';
import type { Invoice } from '../../shared/invoices/schema';
import { createTableEncoder, type EncodedTable, type TableEncoder } from '../../shared/backup/table-encoder';
import { startDeflateWorker } from '../backup/text-deflate-client';
import { readChangeStamp } from '../data/change-stamp';
import { readInvoicePagesThroughPacks, type InvoicePage } from '../data/invoice-pack-store';
import { openCallDeskDb, type CallDeskDb, type CustomerRow } from '../data/db';
import { unsavedTables } from '../data/schema-versions';
import { documentFilesTable } from '../backup/backup-content';
import type { TablesReadAt } from '../backup/encode-database';

/** Whole stored rows and the change stamp they were read at: what the safety copy and the apply reuse. */
export interface StoredRowsAt {
  changeStamp: string | null;
  customers: CustomerRow[];
  invoices: Invoice[];
  contacts: Contact[];
  /**
   * Every table the safety copy keeps, but the documents and meta, encoded for a backup as they
   * were read (`encodedNames`); null when that failed (the copy is then made afresh).
   */
  encoded?: Promise<Record<string, EncodedTable> | null>;
  encodedNames?: readonly string[];
}

/** What a plan is made against; `readAt` when the rows came whole from the database (not from a test). */
export type StoredForPlan = PlanImportInput['stored'] & { readAt?: StoredRowsAt };

/**
 * Where the invoices' primary keys are split into pages. Ids are random UUIDs (lower-case hex),
 * so the sixteen first characters make even pages; any other key still falls in exactly one
 * page, since the first is open below and the last open above.
 */
const pageStarts = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];

/** Every row of `table` in key order, as page reads all asked for at once (the database answers them in order). */
function pagesOf<T>(table: Table<T, string>): Promise<T[]>[] {
  const bounds: (string | undefined)[] = [undefined, ...pageStarts, undefined];
  return bounds.slice(0, -1).map((lower, index) => {
    const upper = bounds[index + 1];
    const keys = table.where(':id');
    if (lower === undefined) return keys.below(upper!).toArray();
    if (upper === undefined) return keys.aboveOrEqual(lower).toArray();
    return keys.between(lower, upper, true, false).toArray();
  });
}

/**
 * Encoders for the tables read here, deflating in their own worker when one starts (beside the
 * read, rather than on this thread, which also receives the rows); a failure only drops the
 * encoding, never the plan's read.
 */
function tableEncoders(names: readonly string[]) {
  const deflate = startDeflateWorker();
  const encoders = new Map<string, TableEncoder>(names.map((name) => [name, createTableEncoder(name, deflate?.deflater())]));
  let failed = false;
  return {
    /** `packed`: the rows as their pack holds them, handed on as they are where the deflater takes them. */
    add(name: string, rows: readonly unknown[], packed: InvoicePage['packed'] = null) {
      if (failed) return;
      try {
        if (packed) encoders.get(name)!.addPacked(rows, packed);
        else encoders.get(name)!.add(rows);
      } catch {
        failed = true;
      }
    },
    /** The read failed: nothing more comes. */
    abandon() {
      deflate?.close();
    },
    async finish(): Promise<Record<string, EncodedTable> | null> {
      try {
        if (failed) return null;
        const tables = await Promise.all(names.map((name) => encoders.get(name)!.finish()));
        return Object.fromEntries(tables.map((table) => [table.name, table]));
      } catch {
        return null;
      } finally {
        deflate?.close();
      }
    },
  };
}

/**
 * The tables read and encoded here: every table a backup keeps but the documents' bytes (read one
 * at a time as the copy is written), their metadata (which names them in the file) and meta
 * (which holds the change stamp): the copy reads those three itself.
 */
function encodedHere(db: CallDeskDb): Table<unknown, string>[] {
  const readByCopy = new Set([documentFilesTable, db.documents.name, db.meta.name]);
  return db.tables.filter((table) => !unsavedTables.has(table.name) && !readByCopy.has(table.name)) as Table<unknown, string>[];
}

/**
 * Reads the rows; `requested` is called once every read is asked for, so the caller can work
 * (interpret the file) while the database gathers them: opening the database takes a turn of the
 * event loop, so asking alone would not start the read before synchronous work. Every other table
 * the safety copy keeps is read and encoded in the same transaction, so the copy later only reads
 * the documents and checks nothing was written since.
 */
export async function loadStoredForPlan(databaseName: string, requested: () => void = () => {}): Promise<StoredForPlan> {
  const db = openCallDeskDb(databaseName);
  const tables = encodedHere(db);
  const encoders = tableEncoders(tables.map((table) => table.name));
  try {
    const read = await db.transaction('r', [...tables, db.meta, db.invoicePacks], async () => {
      const others = tables.filter((table) => table.name !== db.invoices.name);
      const whole = Promise.all([Promise.all(others.map((table) => table.toArray())), readChangeStamp(db)]);
      const packed = readInvoicePagesThroughPacks(db);
      requested();
      const pages = (await packed) ?? pagesOf(db.invoices).map((page) => page.then((rows) => ({ rows: rows as Invoice[], packed: null })));
      const [rows, changeStamp] = await whole;
      others.forEach((table, index) => encoders.add(table.name, rows[index]!));
      const invoices: Invoice[] = [];
      for (const page of pages) {
        const { rows: pageRows, packed: pagePacked } = await page;
        encoders.add(db.invoices.name, pageRows, pagePacked);
        for (const row of pageRows) invoices.push(row);
      }
      const rowsOf = <T>(name: string) => rows[others.findIndex((table) => table.name === name)] as T[];
      return { customers: rowsOf<CustomerRow>(db.customers.name), invoices, contacts: rowsOf<Contact>(db.contacts.name), changeStamp };
    });
    // The deflating and hashing finish off this thread, while the plan is made.
    const encoded = encoders.finish();
    const encodedNames = tables.map((table) => table.name);
    return { customers: read.customers, invoices: read.invoices, contacts: read.contacts, readAt: { ...read, encoded, encodedNames } };
  } catch (error) {
    encoders.abandon();
    throw error;
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}

/** The database's change stamp now: rows read at another stamp are no longer what is stored. */
export async function readStoredStamp(databaseName: string): Promise<string | null> {
  const db = openCallDeskDb(databaseName);
  try {
    return await readChangeStamp(db);
  } finally {
    db.close();
  }
}

/**
 * The tables the plan's read encoded, for the safety copy (encodeDatabaseReusing): their names at
 * once, the tables themselves as the deflating ends. Null when the read encoded nothing.
 */
export function tablesForCopy(rows: StoredRowsAt): TablesReadAt | null {
  const { encoded, encodedNames } = rows;
  if (!encoded || !encodedNames) return null;
  const tables = encoded.then((done) => {
    if (!done) throw new Error('The tables read for the preview could not be encoded.');
    return done;
  });
  tables.catch(() => {}); // awaited by the copy, unless it reads everything afresh
  return { tables, names: encodedNames, changeStamp: rows.changeStamp };
}
