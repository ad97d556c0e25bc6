// Applies a plan in the import worker (IndexedDB is open to workers): the plan never leaves the
// worker, and building 100,000 invoice rows and their customers' summaries happens here, off the
// window's thread. The database is opened by name for the one transaction and closed after.
import type { ImportPlan } from '../../shared/import/model';
import { openCallDeskDb } from '../data/db';
import { applyImport, type ApplyImportOptions } from './apply-import';
import type { AppliedImport } from './import-worker-protocol';
import { changedAccountsOf } from './plan-preview';

export async function applyPlanToDatabase(databaseName: string, plan: ImportPlan, options: ApplyImportOptions): Promise<AppliedImport> {
  const db = openCallDeskDb(databaseName);
  try {
    const record = await applyImport(db, plan, options);
    return { importId: record.id, fileName: record.fileName, counts: record.counts, changedAccounts: changedAccountsOf(plan) };
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}
