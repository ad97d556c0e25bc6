// What the preview needs to say which promises a re-import's payments count toward: the stored
// promises of the paying customers, the payments of those with a promise still open, and the
// office's promise settings. Read in the import worker, in one read transaction.
import type { PromiseEffectsInput } from '../../shared/import/reconcile/promise-effects';
import type { Payment } from '../../shared/payments/schema';
import { openCallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';
import { rowsOfCustomers } from './import-tables';

export type PromiseContext = Pick<PromiseEffectsInput, 'promises' | 'payments' | 'graceDays' | 'timeZone'>;

export async function loadPromiseContext(databaseName: string, customerIds: readonly string[]): Promise<PromiseContext> {
  const db = openCallDeskDb(databaseName);
  try {
    return await db.transaction('r', db.promises, db.payments, db.settings, async () => {
      const settings = await getSettings(db);
      const promises = customerIds.length === 0 ? [] : await rowsOfCustomers(db.promises, customerIds);
      const withOpen = [...new Set(promises.filter((p) => p.status !== 'kept' && p.status !== 'cancelled').map((p) => p.customerId))];
      const payments: Payment[] = withOpen.length === 0 ? [] : await rowsOfCustomers(db.payments, withOpen);
      return { promises, payments, graceDays: settings.promiseGraceDays, timeZone: settings.officeTimeZone };
    });
  } finally {
    // Never left open: the page may need to upgrade or replace the database (a restore).
    db.close();
  }
}
