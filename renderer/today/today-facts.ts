// Gathers the Today queue's inputs in one transaction: every account's facts from the account
// digest (shared/account-digest: a few records, refreshed for the customers written to since the
// last read), with the promises that can ask for a call today and the payments they can count,
// which the digest keeps whole; and the open follow-ups, which are few.
import { todayIn } from '../../shared/dates/calendar';
import { todayFactsReader } from '../../shared/account-digest/facts-at';
import { promiseProgress } from '../../shared/promises/lifecycle';
import type { DigestPromiseRef } from '../../shared/account-digest/model';
import { justBrokenDays } from '../../shared/today/queue';
import { addDays } from '../../shared/dates/calendar';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from '../../shared/today/facts';
import type { Settings } from '../../shared/settings/schema';
import { currentDigest, digestTables } from '../account-digest/current-digest';
import type { CallDeskDb } from '../data/db';

export interface TodayFacts {
  accounts: TodayAccountFacts[];
  followUps: TodayFollowUp[];
  promises: TodayPromise[];
}

function todayPromiseOf(
  promise: PaymentPromise,
  payments: Parameters<typeof promiseProgress>[0]['payments'],
  today: string,
  settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>,
): TodayPromise | null {
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
 * the digest keeps as a number.
 */
function mayAskForCall(promise: DigestPromiseRef, brokenSince: string): boolean {
  return promise.open || promise.lastStepDate >= brokenSince;
}

export function readTodayFacts(
  db: CallDeskDb,
  now: Date,
  settings: Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>,
): Promise<TodayFacts> {
  const today = todayIn(settings.officeTimeZone, now);
  return db.transaction('rw', [...digestTables(db), db.followUps], async () => {
    const [entries, openFollowUps] = await Promise.all([currentDigest(db, now), db.followUps.where('status').equals('open').toArray()]);
    const brokenSince = addDays(today, -(justBrokenDays + 1));
    const promises: TodayPromise[] = [];
    for (const entry of entries) {
      const wanted = entry.livePromises.filter((p) => mayAskForCall(p, brokenSince));
      if (wanted.length === 0) continue;
      const kept = new Map(entry.promises.map((p) => [p.id, p]));
      // The entry keeps every promise its refs can ask for (kept-rows.ts); the payments are a
      // superset of those the promises count, and the lifecycle picks its own.
      for (const ref of wanted) {
        const promise = kept.get(ref.id);
        const fact = promise ? todayPromiseOf(promise, entry.payments, today, settings) : null;
        if (fact) promises.push(fact);
      }
    }
    const factsOf = todayFactsReader(today, now);
    const accounts = entries.map(factsOf);
    const followUps = openFollowUps.map((f): TodayFollowUp => ({
      id: f.id,
      customerId: f.customerId,
      kind: f.kind,
      dueAt: f.dueAt,
      note: f.note,
    }));
    return { accounts, followUps, promises };
  });
}
