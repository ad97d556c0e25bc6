// Today's queue: one ordered list of the accounts to call, each with the reason, and the accounts
// left out with theirs. Three tiers, in this order:
//   1. callbacks and tasks due now or overdue (oldest first): someone asked for this call;
//   2. promises due today, promises past their date but still in their grace days, promises that
//      have just broken (no call since the date), and promise checks that are due;
//   3. past-due accounts to chase, by the chase score (score.ts).
// An account appears once, in its first tier; what else applies is kept as further reasons.
// One pass over the accounts in their chase order (day-ranking.ts, worked out once a day with the
// facts), one over the follow-ups and promises; only the few rows of tiers 1 and 2 are sorted.
import { todayIn, type CalendarDate } from '../dates/calendar';
import { zonedTimeMs } from '../dates/zoned-time';
import type { CurrencyAmount } from '../money/currency-totals';
import { chaseExclusions, hardExclusions, orderLeftOutReasons, type LeftOutReason, type TodayRuleBreach } from './exclusions';
import { daysFromTo } from './day-numbers';
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from './facts';
import { officeDayReader } from './office-days';
import { rankForDay, rankingFits, type TodayRanking } from './day-ranking';
import { QueueRow } from './queue-row';
import { chaseScorer, type ChaseScore } from './score';

export type QueueTier = 'follow-up' | 'promise' | 'chase';

export type TodayReason =
  /** A callback or task (tier 1) or a promise check (tier 2) that is due. */
  | { kind: 'follow-up'; followUp: TodayFollowUp; overdue: boolean }
  /** An open promise whose (next) instalment is due today. */
  | { kind: 'promise-due'; promise: TodayPromise }
  /** An open promise past its date, not paid, still within its grace days. */
  | { kind: 'promise-late'; promise: TodayPromise }
  /** A promise that was broken or only partly kept, with no call since its date. */
  | { kind: 'promise-broken'; promise: TodayPromise }
  /** Past due and not called lately. */
  | { kind: 'chase'; pastDue: readonly CurrencyAmount[]; daysPastDue: number; lastContactAt: string | null };

export interface TodayQueueRow {
  account: TodayAccountFacts;
  tier: QueueTier;
  reason: TodayReason;
  /** Anything else that asks for a call on this account (e.g. a second callback). */
  otherReasons: readonly TodayReason[];
  oldestDaysPastDue: number;
  /** The chase score, for every row: the explanation of its place, worked out when read (queue-row.ts). */
  readonly score: ChaseScore;
}

export interface LeftOutRow {
  account: TodayAccountFacts;
  /** Every reason that applies, the deciding one first (shared between rows: never change it). */
  reasons: readonly LeftOutReason[];
  oldestDaysPastDue: number;
}

export interface TodayQueue {
  officeToday: CalendarDate;
  rows: TodayQueueRow[];
  leftOut: LeftOutRow[];
}

export interface TodayQueueInput {
  accounts: readonly TodayAccountFacts[];
  /** Open follow-ups (any due time; those not yet due are ignored). */
  followUps: readonly TodayFollowUp[];
  /** Open, broken and partly kept promises. */
  promises: readonly TodayPromise[];
  now: Date;
  officeTimeZone: string;
  /** The contact rules' verdict for an account right now (shared/contact-rules). */
  contactRuleBreaches(account: TodayAccountFacts): readonly TodayRuleBreach[];
  /**
   * The accounts' ranking for the office day, kept with them (day-ranking.ts); worked out here
   * when absent or made for another day, zone or collator.
   */
  ranking?: TodayRanking;
}

/** How long after its date a broken promise still counts as "just broken". */
export const justBrokenDays = 30;

interface AccountWork {
  followUps: TodayFollowUp[];
  promises: TodayPromise[];
}

function groupByAccount(input: TodayQueueInput): Map<string, AccountWork> {
  const byAccount = new Map<string, AccountWork>();
  const work = (customerId: string) => {
    let found = byAccount.get(customerId);
    if (!found) {
      found = { followUps: [], promises: [] };
      byAccount.set(customerId, found);
    }
    return found;
  };
  const nowMs = input.now.getTime();
  for (const followUp of input.followUps) if (Date.parse(followUp.dueAt) <= nowMs) work(followUp.customerId).followUps.push(followUp);
  for (const promise of input.promises) work(promise.customerId).promises.push(promise);
  return byAccount;
}

interface Classified {
  tier: QueueTier | null;
  reasons: TodayReason[];
  pendingPromise: TodayPromise | null;
}

/** The reasons that ask for a call on an account, in the order they matter. */
const nothingAsked: Classified = { tier: null, reasons: [], pendingPromise: null };

function classify(
  work: AccountWork | undefined,
  today: CalendarDate,
  lastContactDay: CalendarDate | null,
  startOfTodayMs: number,
): Classified {
  if (!work) return nothingAsked;
  const tier1: TodayReason[] = [];
  const tier2: TodayReason[] = [];
  let pendingPromise: TodayPromise | null = null;
  const followUps = [...work.followUps].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  for (const followUp of followUps) {
    const reason: TodayReason = { kind: 'follow-up', followUp, overdue: Date.parse(followUp.dueAt) < startOfTodayMs };
    (followUp.kind === 'promise-check' ? tier2 : tier1).push(reason);
  }
  const promiseReasons: TodayReason[] = [];
  for (const promise of work.promises) {
    const due = promise.instalment.dueDate;
    if (promise.status === 'open') {
      if (due > today) {
        if (pendingPromise === null || due < pendingPromise.instalment.dueDate) pendingPromise = promise;
      } else promiseReasons.push(due === today ? { kind: 'promise-due', promise } : { kind: 'promise-late', promise });
    } else if (daysFromTo(due, today) <= justBrokenDays && (lastContactDay === null || lastContactDay <= due)) {
      promiseReasons.push({ kind: 'promise-broken', promise });
    }
  }
  // Promise reasons come before a bare promise check: they say what the check is about.
  promiseReasons.sort((a, b) => promiseDate(a).localeCompare(promiseDate(b)));
  tier2.unshift(...promiseReasons);
  if (tier1.length > 0) return { tier: 'follow-up', reasons: [...tier1, ...tier2], pendingPromise };
  if (tier2.length > 0) return { tier: 'promise', reasons: tier2, pendingPromise };
  return { tier: null, reasons: [], pendingPromise };
}

function promiseDate(reason: TodayReason): string {
  return reason.kind === 'promise-due' || reason.kind === 'promise-late' || reason.kind === 'promise-broken'
    ? reason.promise.instalment.dueDate
    : '';
}

/** The key tiers 1 and 2 are ordered by: the instant (or day) the call was asked for. */
function askedSince(reason: TodayReason, officeDay: (instant: string) => CalendarDate): string {
  if (reason.kind === 'follow-up')
    return reason.followUp.kind === 'promise-check' ? officeDay(reason.followUp.dueAt) : reason.followUp.dueAt;
  return promiseDate(reason);
}

const tierRank: Record<QueueTier, number> = { 'follow-up': 0, promise: 1, chase: 2 };

/**
 * The rows something asked for (tiers 1 and 2) in queue order: by tier, then by when the call was
 * asked for. They come in chase order, and the sort keeps it among equals.
 */
function sortAsked(rows: readonly TodayQueueRow[], officeTimeZone: string, now: Date): TodayQueueRow[] {
  if (rows.length === 0) return [];
  const officeDay = officeDayReader(officeTimeZone, now);
  const since = rows.map((row) => askedSince(row.reason, officeDay));
  const order = Array.from(rows.keys());
  order.sort((i, j) => {
    const a = rows[i]!;
    const b = rows[j]!;
    if (a.tier !== b.tier) return tierRank[a.tier] - tierRank[b.tier];
    return since[i] === since[j] ? 0 : since[i]! < since[j]! ? -1 : 1;
  });
  return order.map((i) => rows[i]!);
}

/** What a row asks for besides its main reason, when nothing does: one list for all. */
const noOtherReasons: readonly TodayReason[] = Object.freeze([]);

export function buildTodayQueue(input: TodayQueueInput): TodayQueue {
  const { now, officeTimeZone } = input;
  const officeToday = todayIn(officeTimeZone, now);
  const startOfTodayMs = zonedTimeMs(officeToday, 0, 0, officeTimeZone);
  const byAccount = groupByAccount(input);
  const scoreOf = chaseScorer(officeToday);
  const { accounts } = input;
  const ranking = rankingFits(input.ranking, accounts, officeTimeZone, officeToday)
    ? input.ranking
    : rankForDay(accounts, officeTimeZone, now);
  const asked: TodayQueueRow[] = [];
  // Tier 3 is made in chase order, so it needs no sort.
  const chased: TodayQueueRow[] = [];
  const leftOutAt = new Array<LeftOutRow | undefined>(accounts.length);

  for (const position of ranking.chase) {
    const account = accounts[position]!;
    const lastContactDay = ranking.lastContactDays[position]!;
    const days = ranking.daysPastDue[position]!;
    const { tier, reasons, pendingPromise } = classify(byAccount.get(account.customerId), officeToday, lastContactDay, startOfTodayMs);
    const hard = hardExclusions(account, input.contactRuleBreaches(account));
    const chaseOut = tier === null ? chaseExclusions(account, { officeToday, lastContactDay, pendingPromise }) : [];
    const excluded = chaseOut.length === 0 ? hard : hard.length === 0 ? chaseOut : [...hard, ...chaseOut];
    if (excluded.length > 0) {
      leftOutAt[position] = { account, reasons: orderLeftOutReasons(excluded), oldestDaysPastDue: days };
      continue;
    }
    const known = ranking.scores?.[position];
    if (tier === null) {
      chased.push(new QueueRow(account, 'chase', null, noOtherReasons, days, lastContactDay, scoreOf, known));
      continue;
    }
    const [reason, ...otherReasons] = reasons;
    if (!reason) continue;
    asked.push(new QueueRow(account, tier, reason, otherReasons, days, lastContactDay, scoreOf, known));
  }

  const leftOut: LeftOutRow[] = [];
  for (const position of ranking.byName) {
    const row = leftOutAt[position];
    if (row) leftOut.push(row);
  }
  return { officeToday, rows: [...sortAsked(asked, officeTimeZone, now), ...chased], leftOut };
}
