// The stored rows an import plan is made against, read in the import worker (IndexedDB is open
// to workers): the customers, invoices and contacts, in one read transaction so they agree, with
// the change stamp of that moment, so the safety copy and the apply can tell whether these rows
// are still what is stored and use them rather than read them again.
// Reading them here rather than on the page keeps a 100,000-invoice read off the UI thread and
// spares copying them into the worker.
import type { Contact } from '../../shared/contacts/schema';
import type { PlanImportInput } from '../../shared/import/reconcile/plan-import';
import type { Invoice } from '../../shared/invoices/schema';
import { readChangeStamp } from '../data/change-stamp';
import { openCallDeskDb, type CustomerRow } from '../data/db';

/** Whole stored rows and the change stamp they were read at: what the safety copy and the apply reuse. */
export interface StoredRowsAt {
  changeStamp: string | null;
  customers: CustomerRow[];
  invoices: Invoice[];
  contacts: Contact[];
}

/** What a plan is made against; `readAt` when the rows came whole from the database (not from a test). */
export type StoredForPlan = PlanImportInput['stored'] & { readAt?: StoredRowsAt };

export async function loadStoredForPlan(databaseName: string): Promise<StoredForPlan> {
  const db = openCallDeskDb(databaseName);
  try {
    return await db.transaction('r', db.customers, db.invoices, db.contacts, db.meta, async () => {
      const [customers, invoices, contacts, changeStamp] = await Promise.all([
        db.customers.toArray(),
        db.invoices.toArray(),
        db.contacts.toArray(),
        readChangeStamp(db),
      ]);
      return { customers, invoices, contacts, readAt: { changeStamp, customers, invoices, contacts } };
    });
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}

/** The tables a plan's rows came from, by name, for reusing them in the safety copy. */
export function storedTables(rows: StoredRowsAt): Record<string, unknown[]> {
  return { customers: rows.customers, invoices: rows.invoices, contacts: rows.contacts };
}
