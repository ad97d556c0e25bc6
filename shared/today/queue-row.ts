// A row of Today's queue whose chase score, and a chase row's reason, are worked out when first
// read. A build makes a row for each of up to 10,000 accounts, every minute and after every call,
// and the rows' order comes from the day's ranking (day-ranking.ts); a score is read only for a
// row whose "Rank score" is opened, and a reason only for a row drawn. Making every one anyway
// made two objects per account per build for nothing.
import type { CalendarDate } from '../dates/calendar';
import type { TodayAccountFacts } from './facts';
import { compareCurrencyAmounts } from '../money/currency-totals';
import type { QueueTier, TodayQueueRow, TodayReason } from './queue';
import type { ChaseScore } from './score';

export type RowScorer = (facts: TodayAccountFacts, lastContactDay: CalendarDate | null, daysPastDue: number) => ChaseScore;

/** Why a past-due account is chased: what it owes past due (largest first), how late, and the last call. */
function chaseReason(account: TodayAccountFacts, daysPastDue: number): TodayReason {
  return {
    kind: 'chase',
    pastDue: account.pastDue.length < 2 ? account.pastDue : [...account.pastDue].sort(compareCurrencyAmounts),
    daysPastDue,
    lastContactAt: account.lastContactAt,
  };
}

export class QueueRow implements TodayQueueRow {
  #score: ChaseScore | undefined;
  #reason: TodayReason | null;
  readonly #lastContactDay: CalendarDate | null;
  readonly #scoreOf: RowScorer;

  constructor(
    readonly account: TodayAccountFacts,
    readonly tier: QueueTier,
    /** Null for a chase row: made from the account when first read. */
    reason: TodayReason | null,
    readonly otherReasons: readonly TodayReason[],
    readonly oldestDaysPastDue: number,
    // Apart, not in one object: that would be one more object per row.
    lastContactDay: CalendarDate | null,
    scoreOf: RowScorer,
    known: ChaseScore | undefined,
  ) {
    this.#lastContactDay = lastContactDay;
    this.#scoreOf = scoreOf;
    this.#score = known;
    this.#reason = reason;
  }

  get reason(): TodayReason {
    this.#reason ??= chaseReason(this.account, this.oldestDaysPastDue);
    return this.#reason;
  }

  get score(): ChaseScore {
    this.#score ??= this.#scoreOf(this.account, this.#lastContactDay, this.oldestDaysPastDue);
    return this.#score;
  }
}
