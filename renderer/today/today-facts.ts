// Gathers the Today queue's inputs in one transaction: every account's facts from the account
// digest (shared/account-digest: a few records, refreshed for the customers written to since the
// last read), and, read live because they are few and change by the hour, the live promises
// (with the payments they can count) and the open follow-ups.
import { todayIn } from '../../shared/dates/calendar';
import { todayFactsReader } from '../../shared/account-digest/facts-at';
import { planOf, promiseProgress } from '../../shared/promises/lifecycle';
import { justBrokenDays } from '../../shared/today/queue';
import { addDays } from '../../shared/dates/calendar';
import { earliestCountedDay, paymentsReceivedFrom } from '../promises/counted-payments';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from '../../shared/today/facts';
import type { Settings } from '../../shared/settings/schema';
import { currentDigest, digestTables } from '../account-digest/current-digest';
import type { CallDeskDb } from '../data/db';
import { paymentsByCustomer } from '../promises/promise-repository';

export interface TodayFacts {
  accounts: TodayAccountFacts[];
  followUps: TodayFollowUp[];
  promises: TodayPromise[];
}

function todayPromiseOf(promise: PaymentPromise, payments: Parameters<typeof promiseProgress>[0]['payments'], today: string, settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>): TodayPromise | null {
  const progress = promiseProgress({ promise, payments, today, graceDays: settings.promiseGraceDays, timeZone: settings.officeTimeZone });
  if (progress.status !== 'open' && progress.status !== 'broken' && progress.status !== 'partially-kept') return null;
  const step = progress.status === 'open' ? progress.next : (progress.missedAt ?? progress.next);
  if (!step) return null;
  return {
    id: promise.id,
    customerId: promise.customerId,
    currency: promise.currency,
    method: promise.method,
    status: progress.status,
    instalment: { dueDate: step.dueDate, amountMinor: step.amountMinor, index: step.index, count: progress.instalments.length },
  };
}

/**
 * Whether a live promise can still put the account in the queue: an open one always (it may be
 * due, late or pending); a broken or partly kept one only while one of its dates lies within the
 * days a broken promise stays "just broken". Older ones only count against the account, which
 * their stored status says without their payments.
 */
function mayAskForCall(promise: PaymentPromise, today: string): boolean {
  if (promise.status === 'open') return true;
  const since = addDays(today, -(justBrokenDays + 1));
  return planOf(promise).some((step) => step.dueDate >= since);
}

export function readTodayFacts(db: CallDeskDb, now: Date, settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>): Promise<TodayFacts> {
  const today = todayIn(settings.officeTimeZone, now);
  return db.transaction('rw', [...digestTables(db), db.promises, db.payments, db.followUps], async () => {
    const [entries, livePromises, openFollowUps] = await Promise.all([
      currentDigest(db, now),
      db.promises.where('status').anyOf('open', 'broken', 'partially-kept').toArray(),
      db.followUps.where('status').equals('open').toArray(),
    ]);
    const current = livePromises.filter((p) => mayAskForCall(p, today));
    const payments = await paymentsReceivedFrom(db, earliestCountedDay(current));

    const broken = new Map<string, number>();
    for (const p of livePromises) if (p.status !== 'open') broken.set(p.customerId, (broken.get(p.customerId) ?? 0) + 1);
    const factsOf = todayFactsReader(today, now);
    const accounts = entries.map((entry) => factsOf(entry, broken.get(entry.customerId) ?? 0));

    const paymentsOf = paymentsByCustomer(payments);
    const promises = current.flatMap((p) => {
      const fact = todayPromiseOf(p, paymentsOf.get(p.customerId) ?? [], today, settings);
      return fact ? [fact] : [];
    });
    const followUps = openFollowUps.map((f): TodayFollowUp => ({ id: f.id, customerId: f.customerId, kind: f.kind, dueAt: f.dueAt, note: f.note }));
    return { accounts, followUps, promises };
  });
}
