// Promise statuses follow the payments and the calendar (shared/promises/lifecycle.ts). This
// stores what the lifecycle says and, when a promise turns broken or partly kept, creates the
// follow-up that gets the bookkeeper to call, in the same transaction.
import { groupByCustomer } from '../../shared/common/group-by';
import { todayIn } from '../../shared/dates/calendar';
import { followUpSchema, type FollowUp } from '../../shared/follow-ups/schema';
import type { Payment } from '../../shared/payments/schema';
import { needsFollowUp, promiseProgress } from '../../shared/promises/lifecycle';
import { notKeptNote } from '../../shared/promises/promise-text';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';

export type LifecycleSettings = Pick<Settings, 'officeTimeZone' | 'promiseGraceDays' | 'locale'>;

export interface RefreshOptions {
  now: Date;
  /**
   * Only this customer's promises, decided ones included (after a payment, which may be
   * back-dated); otherwise every open promise.
   */
  customerId?: string;
  /** Defaults to the stored settings. */
  settings?: LifecycleSettings;
}

export interface RefreshResult {
  /** Promises whose status changed. */
  changed: PaymentPromise[];
  /** Follow-ups created for promises that turned broken or partly kept. */
  followUps: FollowUp[];
}

/** One follow-up per promise that was not kept: its id says which, so it is never made twice. */
export const notKeptFollowUpId = (promiseId: string) => `${promiseId}:not-kept`;

export function paymentsByCustomer(payments: readonly Payment[]): Map<string, Payment[]> {
  return groupByCustomer(payments);
}

/** The tables refreshPromiseStatuses uses: include them when calling it inside a transaction. */
export function promiseStatusTables(db: CallDeskDb) {
  return [db.promises, db.payments, db.followUps, db.settings];
}

/**
 * Re-evaluates promises (see RefreshOptions.customerId) and stores what changed. Runs inside
 * the caller's transaction when there is one (it must include promiseStatusTables).
 */
export function refreshPromiseStatuses(db: CallDeskDb, options: RefreshOptions): Promise<RefreshResult> {
  return db.transaction('rw', promiseStatusTables(db), async () => {
    const settings = options.settings ?? (await getSettings(db));
    const today = todayIn(settings.officeTimeZone, options.now);
    const candidates = options.customerId
      ? await db.promises
          .where('customerId')
          .equals(options.customerId)
          .filter((p) => p.status !== 'cancelled')
          .toArray()
      : await db.promises.where('status').equals('open').toArray();
    if (candidates.length === 0) return { changed: [], followUps: [] };

    const customerIds = [...new Set(candidates.map((p) => p.customerId))];
    const payments = paymentsByCustomer(await db.payments.where('customerId').anyOf(customerIds).toArray());
    const changed: PaymentPromise[] = [];
    const followUps: FollowUp[] = [];
    const at = options.now.toISOString();
    for (const promise of candidates) {
      const progress = promiseProgress({
        promise,
        payments: payments.get(promise.customerId) ?? [],
        today,
        graceDays: settings.promiseGraceDays,
        timeZone: settings.officeTimeZone,
      });
      if (progress.status === promise.status) continue;
      changed.push({ ...promise, status: progress.status });
      if (needsFollowUp(progress.status) && !needsFollowUp(promise.status)) {
        followUps.push(
          followUpSchema.parse({
            id: notKeptFollowUpId(promise.id),
            customerId: promise.customerId,
            callId: promise.callId,
            kind: 'promise-check',
            dueAt: at,
            note: notKeptNote(promise, progress, settings.locale),
            status: 'open',
            createdAt: at,
            completedAt: null,
          }),
        );
      }
    }
    await db.promises.bulkPut(changed);
    // A promise that was broken before (then kept by a back-dated payment) already had its follow-up.
    const existing = await db.followUps.bulkGet(followUps.map((f) => f.id));
    const created = followUps.filter((_, i) => existing[i] === undefined);
    await db.followUps.bulkAdd(created);
    return { changed, followUps: created };
  });
}
