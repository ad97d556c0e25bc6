// What Today's queue needs of each account that depends only on the facts and the office day, not
// on the hour: the office date of its last call, its days past due, and two orders of the
// accounts, the chase order (score, then the largest past-due amount, then name and id) and the
// name order of the left-out list. Worked out once with the day's facts, kept and stored with
// them, so each build of the queue (every minute, after every call, in a window just opened)
// reads them instead of placing 10,000 instants in office days and sorting 10,000 accounts again.
import { todayIn, type CalendarDate } from '../dates/calendar';
import type { TodayAccountFacts } from './facts';
import { nameCollation, nameRanks } from './name-order';
import { officeDayReader } from './office-days';
import { chaseScorer, largestPastDue, majorUnits, oldestDaysPastDue, type ChaseScore } from './score';

export interface TodayRanking {
  /** The accounts it ranks, as the list they came in: a ranking is never used for another list. */
  accounts: readonly TodayAccountFacts[];
  /** The office day and zone it was worked out for. */
  officeToday: CalendarDate;
  officeTimeZone: string;
  /** The collator's locale the names were ordered by. */
  collation: string;
  /** Positions in the accounts list, the first to chase first. */
  chase: Uint32Array;
  /** Positions in the accounts list by name (the collator's order), then by id. */
  byName: Uint32Array;
  /** By position: the days the oldest past-due invoice is past due (oldestDaysPastDue). */
  daysPastDue: Uint32Array;
  /** By position: the office's date of the last call, or null when never called. */
  lastContactDays: readonly (CalendarDate | null)[];
  /**
   * By position: the chase scores, where this window worked them out (they are not stored: a
   * window that read the ranking scores the accounts it shows as it builds the queue).
   */
  scores?: readonly ChaseScore[];
}

/** The largest past-due amount in major units, what the chase order compares after the score. */
export function largestPastDueMajor(account: TodayAccountFacts): number {
  const largest = largestPastDue(account.pastDue);
  return largest ? majorUnits(largest) : 0;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function positionsByName(accounts: readonly TodayAccountFacts[]): Uint32Array {
  const rank = nameRanks(accounts.map((account) => account.name));
  const order = Array.from(accounts.keys());
  order.sort((i, j) => rank[i]! - rank[j]! || compareIds(accounts[i]!.customerId, accounts[j]!.customerId));
  return Uint32Array.from(order);
}

/**
 * Whether `earlier` ranked the same accounts under the same names in the same places, as after a
 * write to a few of them: its name order then holds as it is, and its chase order is nearly right.
 */
function samePlaces(earlier: TodayRanking | undefined, accounts: readonly TodayAccountFacts[]): earlier is TodayRanking {
  if (!earlier || earlier.collation !== nameCollation || earlier.accounts.length !== accounts.length) return false;
  return earlier.accounts.every((account, i) => account.customerId === accounts[i]!.customerId && account.name === accounts[i]!.name);
}

/**
 * The ranking of `accounts` on the office day of `now`. `earlier`, the ranking this window held
 * before (of any day), only saves work: the same result comes out without it. The chase order is
 * sorted starting from its order, which the sort (a merge of runs already in order) then only
 * mends where scores moved, instead of sorting 10,000 accounts from scratch after every call.
 */
export function rankForDay(
  accounts: readonly TodayAccountFacts[],
  officeTimeZone: string,
  now: Date,
  earlier?: TodayRanking,
): TodayRanking {
  const officeToday = todayIn(officeTimeZone, now);
  const officeDay = officeDayReader(officeTimeZone, now);
  const scoreOf = chaseScorer(officeToday);
  const amount = new Float64Array(accounts.length);
  const daysPastDue = new Uint32Array(accounts.length);
  const lastContactDays: (CalendarDate | null)[] = [];
  const scores = accounts.map((account, i) => {
    const lastContactDay = account.lastContactAt === null ? null : officeDay(account.lastContactAt);
    lastContactDays.push(lastContactDay);
    daysPastDue[i] = oldestDaysPastDue(account, officeToday);
    amount[i] = largestPastDueMajor(account);
    return scoreOf(account, lastContactDay, daysPastDue[i]);
  });
  const placed = samePlaces(earlier, accounts);
  const byName = placed ? earlier.byName : positionsByName(accounts);
  // Each account's place by name breaks the remaining ties, names and ids both.
  const nameRank = new Uint32Array(accounts.length);
  byName.forEach((position, rank) => (nameRank[position] = rank));
  // An array, not a typed one: Array#sort takes runs already in order as they are.
  const order = placed ? Array.from(earlier.chase) : Array.from(accounts.keys());
  order.sort((i, j) => scores[j]!.total - scores[i]!.total || amount[j]! - amount[i]! || nameRank[i]! - nameRank[j]!);
  const chase = Uint32Array.from(order);
  return { accounts, officeToday, officeTimeZone, collation: nameCollation, chase, byName, daysPastDue, lastContactDays, scores };
}

/** Whether `ranking` was worked out for `accounts` on this office day, in this zone and collator. */
export function rankingFits(
  ranking: TodayRanking | undefined,
  accounts: readonly TodayAccountFacts[],
  officeTimeZone: string,
  officeToday: CalendarDate,
): ranking is TodayRanking {
  const count = accounts.length;
  return (
    ranking !== undefined &&
    ranking.accounts === accounts &&
    ranking.officeToday === officeToday &&
    ranking.officeTimeZone === officeTimeZone &&
    ranking.collation === nameCollation &&
    ranking.chase.length === count &&
    ranking.byName.length === count &&
    ranking.daysPastDue.length === count &&
    ranking.lastContactDays.length === count &&
    (ranking.scores === undefined || ranking.scores.length === count)
  );
}

/** Whether `positions` names each of `count` positions exactly once (an order read from storage). */
export function isOrderOf(positions: ArrayLike<number>, count: number): boolean {
  if (positions.length !== count) return false;
  const seen = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) {
    const position = positions[i]!;
    if (!(position < count) || seen[position] === 1) return false;
    seen[position] = 1;
  }
  return true;
}
