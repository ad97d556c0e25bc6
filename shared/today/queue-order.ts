// The two orders Today's queue puts accounts in that depend only on the facts and the office day:
// the chase order (score, then the largest past-due amount, then name and id) and the name order
// of the left-out list. They are worked out once with the day's facts, kept with them and stored
// with them, so each build of the queue (every minute, after every call, in a window just opened)
// walks them instead of sorting 10,000 accounts again.
import type { CalendarDate } from '../dates/calendar';
import type { TodayAccountFacts } from './facts';
import { nameCollation, nameRanks } from './name-order';
import { officeDayReader } from './office-days';
import { chaseScorer, largestPastDue, majorUnits } from './score';

export interface TodayOrders {
  /** The office day and zone the chase scores were worked out for. */
  officeToday: CalendarDate;
  officeTimeZone: string;
  /** The collator's locale the names were ordered by. */
  collation: string;
  /** Positions in the accounts list, the first to chase first. */
  chase: Uint32Array;
  /** Positions in the accounts list by name (the collator's order), then by id. */
  byName: Uint32Array;
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

/** Both orders of `accounts` on the office day of `now`. */
export function todayOrders(
  accounts: readonly TodayAccountFacts[],
  officeTimeZone: string,
  officeToday: CalendarDate,
  now: Date,
): TodayOrders {
  const officeDay = officeDayReader(officeTimeZone, now);
  const scoreOf = chaseScorer(officeToday);
  const total = new Float64Array(accounts.length);
  const amount = new Float64Array(accounts.length);
  accounts.forEach((account, i) => {
    total[i] = scoreOf(account, account.lastContactAt === null ? null : officeDay(account.lastContactAt)).total;
    amount[i] = largestPastDueMajor(account);
  });
  const byName = positionsByName(accounts);
  // Each account's place by name breaks the remaining ties, names and ids both.
  const nameRank = new Uint32Array(accounts.length);
  byName.forEach((position, rank) => (nameRank[position] = rank));
  const chase = Uint32Array.from(accounts.keys());
  chase.sort((i, j) => total[j]! - total[i]! || amount[j]! - amount[i]! || nameRank[i]! - nameRank[j]!);
  return { officeToday, officeTimeZone, collation: nameCollation, chase, byName };
}

/** Whether `orders` (kept with `accounts`) were worked out for this office day, zone and collator. */
export function ordersFit(
  orders: TodayOrders | undefined,
  accounts: readonly TodayAccountFacts[],
  officeTimeZone: string,
  officeToday: CalendarDate,
): orders is TodayOrders {
  return (
    orders !== undefined &&
    orders.officeToday === officeToday &&
    orders.officeTimeZone === officeTimeZone &&
    orders.collation === nameCollation &&
    orders.chase.length === accounts.length &&
    orders.byName.length === accounts.length
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
