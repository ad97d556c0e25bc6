// The stored rows an import plan is made against, read in the import worker (IndexedDB is open
// to workers): the customers, invoices and contacts, in one read transaction so they agree, with
// the change stamp of that moment, so the safety copy and the apply can tell whether these rows
// are still what is stored and use them rather than read them again.
// Reading them here rather than on the page keeps a 100,000-invoice read off the UI thread and
// spares copying them into the worker.
//
// The read is also where the safety copy's biggest tables are encoded (shared/backup/table-encoder):
// the invoices come in sixteen pages the database fetches one after another, and each page is
// encoded while the database fetches the next. At 100,000 invoices that moves about 2.5 s of
// encoding from after the preview into the read's own time.
import type { Table } from 'dexie';
import type { Contact } from '../../shared/contacts/schema';
import type { PlanImportInput } from '../../shared/import/reconcile/plan-import';
import type { Invoice } from '../../shared/invoices/schema';
import { createTableEncoder, type EncodedTable, type TableEncoder } from '../../shared/backup/table-encoder';
import { readChangeStamp } from '../data/change-stamp';
import { openCallDeskDb, type CustomerRow } from '../data/db';

/** Whole stored rows and the change stamp they were read at: what the safety copy and the apply reuse. */
export interface StoredRowsAt {
  changeStamp: string | null;
  customers: CustomerRow[];
  invoices: Invoice[];
  contacts: Contact[];
  /** The same three tables encoded for a backup as they were read; null when that failed (the copy then encodes the rows). */
  encoded?: Promise<Record<string, EncodedTable> | null>;
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

/** Encoders for the tables read here; a failure only drops the encoding, never the plan's read. */
function tableEncoders() {
  const names = ['customers', 'invoices', 'contacts'] as const;
  const encoders = new Map<string, TableEncoder>(names.map((name) => [name, createTableEncoder(name)]));
  let failed = false;
  return {
    add(name: (typeof names)[number], rows: readonly unknown[]) {
      if (failed) return;
      try {
        encoders.get(name)!.add(rows);
      } catch {
        failed = true;
      }
    },
    async finish(): Promise<Record<string, EncodedTable> | null> {
      if (failed) return null;
      try {
        const tables = await Promise.all(names.map((name) => encoders.get(name)!.finish()));
        return Object.fromEntries(tables.map((table) => [table.name, table]));
      } catch {
        return null;
      }
    },
  };
}

/**
 * Reads the rows; `requested` is called once every read is asked for, so the caller can work
 * (interpret the file) while the database gathers them: opening the database takes a turn of the
 * event loop, so asking alone would not start the read before synchronous work.
 */
export async function loadStoredForPlan(databaseName: string, requested: () => void = () => {}): Promise<StoredForPlan> {
  const db = openCallDeskDb(databaseName);
  const encoders = tableEncoders();
  try {
    const read = await db.transaction('r', db.customers, db.invoices, db.contacts, db.meta, async () => {
      const whole = Promise.all([db.customers.toArray(), db.contacts.toArray(), readChangeStamp(db)]);
      const pages = pagesOf(db.invoices);
      requested();
      const [customers, contacts, changeStamp] = await whole;
      encoders.add('customers', customers);
      encoders.add('contacts', contacts);
      const invoices: Invoice[] = [];
      for (const page of pages) {
        const rows = await page;
        encoders.add('invoices', rows);
        for (const row of rows) invoices.push(row);
      }
      return { customers, invoices, contacts, changeStamp };
    });
    // Hashing runs off this thread (Web Crypto), while the plan is made.
    const encoded = encoders.finish();
    return { customers: read.customers, invoices: read.invoices, contacts: read.contacts, readAt: { ...read, encoded } };
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}

/** The tables a plan's rows came from, by name, for reusing them in the safety copy: encoded where that was done. */
export async function storedTables(rows: StoredRowsAt): Promise<Record<string, unknown[] | EncodedTable>> {
  const encoded = (await rows.encoded) ?? null;
  return {
    customers: encoded?.customers ?? rows.customers,
    invoices: encoded?.invoices ?? rows.invoices,
    contacts: encoded?.contacts ?? rows.contacts,
  };
}
