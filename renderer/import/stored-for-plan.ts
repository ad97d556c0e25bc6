// The stored rows an import plan is made against, read in the import worker (IndexedDB is open
// to workers): the customers, invoices and contacts, in one read transaction so they agree.
// Reading them here rather than on the page keeps a 100,000-invoice read off the UI thread and
// spares copying them into the worker.
import type { PlanImportInput } from '../../shared/import/reconcile/plan-import';
import { openCallDeskDb } from '../data/db';

export async function loadStoredForPlan(databaseName: string): Promise<PlanImportInput['stored']> {
  const db = openCallDeskDb(databaseName);
  try {
    return await db.transaction('r', db.customers, db.invoices, db.contacts, async () => {
      const [customers, invoices, contacts] = await Promise.all([db.customers.toArray(), db.invoices.toArray(), db.contacts.toArray()]);
      return { customers, invoices, contacts };
    });
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}
