// A row of Today's queue whose chase score is worked out when first read. A build makes a row for
// each of up to 10,000 accounts, every minute and after every call, and the rows' order comes
// from the day's ranking (day-ranking.ts); a score is read only for a row whose "Rank score" is
// opened. Scoring every row anyway made 10,000 objects per build for nothing.
import type { CalendarDate } from '../dates/calendar';
import type { TodayAccountFacts } from './facts';
import type { QueueTier, TodayQueueRow, TodayReason } from './queue';
import type { ChaseScore } from './score';

export type RowScorer = (facts: TodayAccountFacts, lastContactDay: CalendarDate | null, daysPastDue: number) => ChaseScore;

export class QueueRow implements TodayQueueRow {
  #score: ChaseScore | undefined;
  readonly #lastContactDay: CalendarDate | null;
  readonly #scoreOf: RowScorer;

  constructor(
    readonly account: TodayAccountFacts,
    readonly tier: QueueTier,
    readonly reason: TodayReason,
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
  }

  get score(): ChaseScore {
    this.#score ??= this.#scoreOf(this.account, this.#lastContactDay, this.oldestDaysPastDue);
    return this.#score;
  }
}
