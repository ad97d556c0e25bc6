// The chase score: which past-due accounts to call first when no callback or promise asks for a
// call. It turns the collection practices we follow into points, so the order can be explained
// to the user one part at a time:
//
// - Size (0–40): the largest past-due amount in any one currency, on a log scale (10 points per
//   factor of ten in major units, so $10 ≈ 10, $1,000 ≈ 30, $10,000 or more = 40). The biggest
//   debts first, for the strongest effect on cash flow, without one huge account burying every
//   other; currencies are never added together.
// - Just past due (0–15): 15 when the oldest past-due invoice fell due 1–7 days ago, 8 at 8–14
//   days. A call soon after the due date works better than one once the bill is seriously late.
// - Age bucket (0–18): 31–60 days 6, 61–90 days 12, over 90 days 18. Old debt still needs
//   working, and gets harder to collect every week. With the previous part, the curve is a "U":
//   fresh and very old accounts rise, the middle waits.
// - Day of the week (0–10), on the office's calendar: commercial accounts on Monday 10,
//   Tuesday 6, Wednesday 3 (businesses plan the week's payments early); consumer accounts on
//   Wednesday 3, Thursday 6, Friday 10 (many people are paid on Fridays).
// - No contact (0–15): half a point per day since the last call, up to 15 (30 days or never).
//   The account nobody has called for longest comes forward.
// - Broken promises (0 to −24): −8 for each promise broken or only partly kept. A customer who
//   keeps breaking promises needs a different approach (an agency, a firmer step), so another
//   routine call ranks lower; a promise that has just broken is not scored here at all: it has
//   its own place near the top of the queue.
//
// Ties go to the larger amount, then to the name.
import { agingBucketFor, type AgingBucket } from '../aging/aging';
import type { CalendarDate } from '../dates/calendar';
import type { CustomerKind } from '../customers/schema';
import { currencyMinorDigits } from '../money/money';
import type { CurrencyAmount } from '../money/currency-totals';
import { daysFromTo, weekdayOf } from './day-numbers';
import type { TodayAccountFacts } from './facts';

export interface ScorePart {
  /** Which practice the points come from. */
  name: 'size' | 'just-past-due' | 'bucket' | 'weekday' | 'no-contact' | 'broken-promises';
  points: number;
}

/** The total, and the points each practice gave (scoreParts lists them for the user). */
export type ChaseScore = { total: number } & Record<ScorePart['name'], number>;

/** The order the parts are explained in. */
export const scorePartOrder: readonly ScorePart['name'][] = ['size', 'just-past-due', 'bucket', 'weekday', 'no-contact', 'broken-promises'];

/** A score's parts, one by one, for the explanation shown on demand. */
export function scoreParts(score: ChaseScore): ScorePart[] {
  return scorePartOrder.map((name) => ({ name, points: score[name] }));
}

export const scoreLimits = {
  size: 40,
  justPastDue: 15,
  bucket: 18,
  weekday: 10,
  noContact: 15,
  perBrokenPromise: -8,
  brokenPromises: -24,
} as const;

const bucketPoints: Record<AgingBucket, number> = { current: 0, '1-30': 0, '31-60': 6, '61-90': 12, '90+': 18 };

/** Sunday = 0 ... Saturday = 6. */
const weekdayPoints: Record<CustomerKind, readonly number[]> = {
  commercial: [0, 10, 6, 3, 0, 0, 0],
  consumer: [0, 0, 0, 3, 6, 10, 0],
};

/** The largest past-due amount in any one currency (amounts in different currencies are never added). */
export function largestPastDue(pastDue: readonly CurrencyAmount[]): CurrencyAmount | null {
  let largest: CurrencyAmount | null = null;
  for (const amount of pastDue) {
    if (largest === null || majorUnits(amount) > majorUnits(largest)) largest = amount;
  }
  return largest;
}

/** An amount in its currency's major units (dollars, not cents), to compare sizes across currencies. */
export function majorUnits(amount: CurrencyAmount): number {
  return amount.amountMinor / 10 ** currencyMinorDigits(amount.currency);
}

export function sizePoints(pastDue: readonly CurrencyAmount[]): number {
  const largest = largestPastDue(pastDue);
  if (!largest || largest.amountMinor <= 0) return 0;
  return Math.min(scoreLimits.size, Math.round(10 * Math.log10(1 + majorUnits(largest)) * 10) / 10);
}

export function justPastDuePoints(oldestDaysPastDue: number): number {
  if (oldestDaysPastDue >= 1 && oldestDaysPastDue <= 7) return scoreLimits.justPastDue;
  if (oldestDaysPastDue >= 8 && oldestDaysPastDue <= 14) return 8;
  return 0;
}

export function bucketPointsFor(oldestDaysPastDue: number): number {
  return bucketPoints[agingBucketFor(oldestDaysPastDue)];
}

/** Points for the office's weekday (`officeToday` is the office's calendar date). */
export function weekdayPointsFor(kind: CustomerKind, officeToday: CalendarDate): number {
  return weekdayPoints[kind][weekdayOf(officeToday)] ?? 0;
}

/** Days since the last contact, as calendar days in the office's zone; null when never contacted. */
export function noContactPoints(daysSinceContact: number | null): number {
  if (daysSinceContact === null) return scoreLimits.noContact;
  return Math.min(scoreLimits.noContact, Math.max(0, daysSinceContact) / 2);
}

export function brokenPromisePoints(brokenPromises: number): number {
  return brokenPromises <= 0 ? 0 : Math.max(scoreLimits.brokenPromises, brokenPromises * scoreLimits.perBrokenPromise);
}

export interface ScoreContext {
  /** The office's calendar date today. */
  officeToday: CalendarDate;
  /** The office's calendar date of the last contact, or null when never contacted. */
  lastContactDay: CalendarDate | null;
}

export function oldestDaysPastDue(facts: Pick<TodayAccountFacts, 'oldestPastDueDate'>, officeToday: CalendarDate): number {
  return facts.oldestPastDueDate === null ? 0 : Math.max(0, daysFromTo(facts.oldestPastDueDate, officeToday));
}

export function chaseScore(facts: TodayAccountFacts, { officeToday, lastContactDay }: ScoreContext): ChaseScore {
  return chaseScorer(officeToday)(facts, lastContactDay);
}

/**
 * chaseScore for many accounts on the same office day: what depends only on the day (the
 * weekday's points for each kind) is worked out once.
 */
export function chaseScorer(
  officeToday: CalendarDate,
): (facts: TodayAccountFacts, lastContactDay: CalendarDate | null, daysPastDue?: number) => ChaseScore {
  const weekday: Record<CustomerKind, number> = {
    commercial: weekdayPointsFor('commercial', officeToday),
    consumer: weekdayPointsFor('consumer', officeToday),
  };
  // One object per account, its parts listed only when someone asks (10,000 accounts are scored
  // at every build; a few are explained).
  return (facts, lastContactDay, days = oldestDaysPastDue(facts, officeToday)) => {
    const size = sizePoints(facts.pastDue);
    const justPastDue = justPastDuePoints(days);
    const bucket = bucketPointsFor(days);
    const weekdayPart = weekday[facts.kind];
    const noContact = noContactPoints(lastContactDay === null ? null : daysFromTo(lastContactDay, officeToday));
    const broken = brokenPromisePoints(facts.brokenPromises);
    return {
      total: Math.round((size + justPastDue + bucket + weekdayPart + noContact + broken) * 10) / 10,
      size,
      'just-past-due': justPastDue,
      bucket,
      weekday: weekdayPart,
      'no-contact': noContact,
      'broken-promises': broken,
    };
  };
}
