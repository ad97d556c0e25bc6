// What Today's queue needs of each account for the office day, worked out once a day with the
// facts: the chase and name orders, the days past due and the office date of the last call.
import { describe, expect, it } from 'vitest';
import { nameCollation } from '../../../shared/today/name-order';
import { buildTodayQueue } from '../../../shared/today/queue';
import { isOrderOf, rankForDay, rankingFits, type TodayRanking } from '../../../shared/today/day-ranking';
import { account, followUp, officeTimeZone, queueInput, wednesday } from './today-fixtures';

const officeToday = '2026-06-17';
const usd = (amountMinor: number) => [{ currency: 'USD', amountMinor }];

const accounts = [
  account({ customerId: 'small', name: 'Alder', pastDue: usd(5_000) }),
  // The same score and amount: by name, then by id.
  account({ customerId: 'tie-b', name: 'Birch', pastDue: usd(50_000) }),
  account({ customerId: 'tie-c', name: 'Birch Ltd', pastDue: usd(50_000) }),
  account({ customerId: 'tie-a', name: 'Birch', pastDue: usd(50_000) }),
  account({ customerId: 'big', name: 'Zephyr', pastDue: usd(5_000_000) }),
  account({ customerId: 'paid', name: 'Cedar', pastDue: [], oldestPastDueDate: null }),
];

const ids = (positions: Uint32Array) => [...positions].map((position) => accounts[position]!.customerId);

describe("Today's ranking for the day", () => {
  it('rank by score, then the largest amount, then name and id; and by name, then id', () => {
    const ranking = rankForDay(accounts, officeTimeZone, wednesday);
    expect(ids(ranking.chase)).toEqual(['big', 'tie-a', 'tie-b', 'tie-c', 'small', 'paid']);
    expect(ids(ranking.byName)).toEqual(['small', 'tie-a', 'tie-b', 'tie-c', 'paid', 'big']);
    expect(ranking).toMatchObject({ officeToday, officeTimeZone, collation: nameCollation });
  });

  it("hold each account's days past due and the office date of its last call", () => {
    const called = [
      // 22:00 in Chicago the evening before, though already the 17th in UTC.
      account({ customerId: 'late-call', lastContactAt: '2026-06-17T03:00:00.000Z', oldestPastDueDate: '2026-06-10' }),
      account({ customerId: 'never', oldestPastDueDate: null, pastDue: [] }),
    ];
    const ranking = rankForDay(called, officeTimeZone, wednesday);
    expect(ranking.lastContactDays).toEqual(['2026-06-16', null]);
    expect([...ranking.daysPastDue]).toEqual([7, 0]);
  });

  it('put the larger amount first where two scores are equal', () => {
    // $1,000.00 and $1,004.00 both score 30.0 for their size.
    const close = [
      account({ customerId: 'a', name: 'Aspen', pastDue: usd(100_000) }),
      account({ customerId: 'b', name: 'Beech', pastDue: usd(100_400) }),
    ];
    const ranking = rankForDay(close, officeTimeZone, wednesday);
    expect(ranking.scores![0]!.total).toBe(ranking.scores![1]!.total);
    expect([...ranking.chase].map((position) => close[position]!.customerId)).toEqual(['b', 'a']);
  });

  it('fit only the accounts, day, zone and collator they were made for', () => {
    const ranking = rankForDay(accounts, officeTimeZone, wednesday);
    expect(rankingFits(ranking, accounts, officeTimeZone, officeToday)).toBe(true);
    expect(rankingFits(ranking, accounts, officeTimeZone, '2026-06-18')).toBe(false);
    expect(rankingFits(ranking, accounts, 'Europe/London', officeToday)).toBe(false);
    expect(rankingFits({ ...ranking, collation: 'xx' }, accounts, officeTimeZone, officeToday)).toBe(false);
    expect(rankingFits(ranking, accounts.slice(1), officeTimeZone, officeToday)).toBe(false);
    // The same number of accounts in another list (another order) is not theirs either.
    expect(rankingFits(ranking, [...accounts].reverse(), officeTimeZone, officeToday)).toBe(false);
    expect(rankingFits(undefined, accounts, officeTimeZone, officeToday)).toBe(false);
  });

  it('are what the queue walks when they fit, and are worked out afresh when they do not', () => {
    const ranking = rankForDay(accounts, officeTimeZone, wednesday);
    const reversed: TodayRanking = { ...ranking, chase: ranking.chase.slice().reverse(), byName: ranking.byName.slice().reverse() };
    const rowIds = (queue: ReturnType<typeof buildTodayQueue>) => queue.rows.map((row) => row.account.customerId);

    const walked = buildTodayQueue(queueInput({ accounts, ranking: reversed }));
    expect(rowIds(walked)).toEqual(['small', 'tie-c', 'tie-b', 'tie-a', 'big']);
    expect(walked.leftOut.map((row) => row.account.customerId)).toEqual(['paid']);
    // The scores the ranking worked out are the rows' own, not scored again.
    expect(walked.rows[0]!.score).toBe(ranking.scores![0]);
    // A ranking read from storage has no scores: each row scores itself when asked, once.
    const unscored = buildTodayQueue(queueInput({ accounts, ranking: { ...reversed, scores: undefined } })).rows[0]!;
    expect(unscored.score).not.toBe(ranking.scores![0]);
    expect(unscored.score).toEqual(ranking.scores![0]);
    expect(unscored.score).toBe(unscored.score);

    const stale = { ...reversed, officeToday: '2026-06-16' };
    expect(rowIds(buildTodayQueue(queueInput({ accounts, ranking: stale })))).toEqual(['big', 'tie-a', 'tie-b', 'tie-c', 'small']);
  });

  it('keep the chase order among rows asked for at the same time', () => {
    const dueAt = '2026-06-17T14:00:00.000Z';
    const queue = buildTodayQueue(
      queueInput({
        accounts,
        followUps: [followUp({ customerId: 'small', dueAt }), followUp({ customerId: 'big', dueAt })],
      }),
    );
    expect(queue.rows.slice(0, 2).map((row) => [row.tier, row.account.customerId])).toEqual([
      ['follow-up', 'big'],
      ['follow-up', 'small'],
    ]);
  });

  it('are told apart from positions that miss an account or name one twice', () => {
    expect(isOrderOf([2, 0, 1], 3)).toBe(true);
    expect(isOrderOf([2, 0, 0], 3)).toBe(false);
    expect(isOrderOf([2, 0, 3], 3)).toBe(false);
    expect(isOrderOf([0, 1], 3)).toBe(false);
    expect(isOrderOf([], 0)).toBe(true);
  });
});
