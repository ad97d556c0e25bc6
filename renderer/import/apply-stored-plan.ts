// Applies a plan in the import worker (IndexedDB is open to workers): the plan never leaves the
// worker, and building 100,000 invoice rows and their customers' summaries happens here, off the
// window's thread. The database is opened by name for the one transaction and closed after.
//
// After the commit, the worker holds every invoice as stored: the rows the plan was read from with
// what the apply wrote laid over. From those it writes the invoice packs again (the next import's
// read, renderer/data/invoice-packs.ts), after the answer, so no one waits on it.
import type { ImportPlan } from '../../shared/import/model';
import { openCallDeskDb } from '../data/db';
import { invoicesAfterWrites, writeInvoicePacks } from '../data/invoice-pack-store';
import { applyImportFully, type ApplyImportOptions } from './apply-import';
import type { AppliedImport } from './import-worker-protocol';
import { changedAccountsOf } from './plan-preview';

export interface AppliedInWorker {
  applied: AppliedImport;
  /**
   * Writes the invoice packs from what the worker knows (false when the database changed first);
   * null when the apply did not begin from the plan's own rows, so the worker does not know them all.
   */
  writePacks: (() => Promise<boolean>) | null;
}

export async function applyPlanToDatabase(databaseName: string, plan: ImportPlan, options: ApplyImportOptions): Promise<AppliedInWorker> {
  const db = openCallDeskDb(databaseName);
  try {
    const outcome = await applyImportFully(db, plan, options);
    const { record } = outcome;
    const applied = { importId: record.id, fileName: record.fileName, counts: record.counts, changedAccounts: changedAccountsOf(plan) };
    const known = options.known;
    if (!known || !outcome.knownWereStored) return { applied, writePacks: null };
    const writePacks = async () => {
      const packsDb = openCallDeskDb(databaseName);
      try {
        return await writeInvoicePacks(packsDb, invoicesAfterWrites(known.invoices, outcome.writtenInvoices), outcome.changeStampAfter);
      } finally {
        packsDb.close();
      }
    };
    return { applied, writePacks };
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}
