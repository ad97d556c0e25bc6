// Today's facts worked out from the account digest: every account's facts on the office's date,
// and the live promises that can ask for a call today with their state (the payments they count
// are kept in the digest beside them).
import type { AccountDigestEntry, DigestPromiseRef } from '../account-digest/model';
import { todayFactsReader } from '../account-digest/facts-at';
import { addDays, type CalendarDate } from '../dates/calendar';
import { promiseProgress } from '../promises/lifecycle';
import type { PaymentPromise } from '../promises/schema';
import type { Settings } from '../settings/schema';
import type { TodayPromise } from './facts';
import type { TodayFactsBody } from './packed-facts';
import { justBrokenDays } from './queue';
import { rankForDay, type TodayRanking } from './day-ranking';

type FactsSettings = Pick<Settings, 'promiseGraceDays' | 'officeTimeZone'>;

function todayPromiseOf(
  promise: PaymentPromise,
  payments: Parameters<typeof promiseProgress>[0]['payments'],
  today: CalendarDate,
  settings: FactsSettings,
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
function mayAskForCall(promise: DigestPromiseRef, brokenSince: CalendarDate): boolean {
  return promise.open || promise.lastStepDate >= brokenSince;
}

/**
 * The facts of every entry on the office's date `today`, at `now`. `earlierRanking`, the one the
 * window held before, only saves work (rankForDay).
 */
export function todayFactsFromDigest(
  entries: readonly AccountDigestEntry[],
  today: CalendarDate,
  now: Date,
  settings: FactsSettings,
  earlierRanking?: TodayRanking,
): TodayFactsBody {
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
  const accounts = entries.map(todayFactsReader(today, now));
  return { accounts, promises, ranking: rankForDay(accounts, settings.officeTimeZone, now, earlierRanking) };
}
