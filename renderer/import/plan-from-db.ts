// Planning against what is stored: the customers, invoices and contacts are read once each (no
// per-row reads), and the pure planImport does the matching.
import { newId } from '../../shared/common/ids';
import type { ImportPlan, ImportScope, ParsedBook } from '../../shared/import/model';
import { planImport } from '../../shared/import/reconcile/plan-import';
import type { CallDeskDb } from '../data/db';

export async function planImportFromDb(db: CallDeskDb, book: ParsedBook, scope: ImportScope): Promise<ImportPlan> {
  const [customers, invoices, contacts] = await db.transaction('r', [db.customers, db.invoices, db.contacts], () =>
    Promise.all([db.customers.toArray(), db.invoices.toArray(), db.contacts.toArray()]),
  );
  return planImport({ book, scope, stored: { customers, invoices, contacts }, newId });
}
