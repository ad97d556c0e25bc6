// The queue's order checked against its definition on random offices: the rows asked for first
// (by tier, then by when the call was asked for), then the chase tier by score, largest past-due
// amount, name and id; the left-out accounts by name and id. The same queue comes out whatever
// order the accounts come in, and from a ranking made earlier that day or read back from storage.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../shared/demo/random';
import { largestPastDueMajor, rankForDay } from '../../../shared/today/day-ranking';
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from '../../../shared/today/facts';
import { packTodayFacts, unpackTodayFacts } from '../../../shared/today/packed-facts';
import { buildTodayQueue, type TodayQueue, type TodayQueueRow } from '../../../shared/today/queue';
import { account, followUp, officeTimeZone, promise, queueInput, wednesday } from './today-fixtures';

// Few names and amounts, so that ties are common; names equal but for case and accents too.
const names = ['Alder', 'alder', 'Ålder', 'Birch', 'Birch Ltd', 'Cedar', 'Élan', 'Elan', 'Zephyr'];
const amounts = [0, 5_000, 100_000, 100_400, 2_500_000];
const dayMs = 86_400_000;

function randomOffice(seed: number) {
  const random = createRandom(seed);
  const now = wednesday.getTime();
  const isoDaysAgo = (days: number) => new Date(now - days * dayMs).toISOString();
  const dateDaysAgo = (days: number) => isoDaysAgo(days).slice(0, 10);
  const accounts: TodayAccountFacts[] = [];
  const followUps: TodayFollowUp[] = [];
  const promises: TodayPromise[] = [];
  for (let i = 0; i < 240; i += 1) {
    const customerId = `c-${String(Math.floor(random.next() * 1e6)).padStart(6, '0')}-${i}`;
    const owed = random.pick(amounts);
    accounts.push(
      account({
        customerId,
        name: random.pick(names),
        kind: random.chance(0.5) ? 'commercial' : 'consumer',
        placedWith: random.chance(0.05) ? 'Northline Recoveries' : null,
        accountDisputeOpen: random.chance(0.05),
        pastDue: owed === 0 ? [] : [{ currency: 'USD', amountMinor: owed }],
        oldestPastDueDate: owed === 0 ? null : dateDaysAgo(Math.floor(random.next() * 120)),
        lastContactAt: random.chance(0.3) ? null : isoDaysAgo(random.next() * 45),
        brokenPromises: random.pick([0, 0, 1, 2]),
      }),
    );
    // A few instants and dates, shared, so rows asked for at the same moment are common.
    if (random.chance(0.1)) followUps.push(followUp({ customerId, dueAt: random.pick([isoDaysAgo(1), isoDaysAgo(0.1)]) }));
    if (random.chance(0.1))
      promises.push(
        promise({
          customerId,
          dueDate: random.pick([dateDaysAgo(0), dateDaysAgo(1), dateDaysAgo(3)]),
          status: random.pick(['open', 'broken'] as const),
        }),
      );
  }
  return { accounts, followUps, promises, shuffled: [...accounts].sort(() => random.next() - 0.5) };
}

const collator = new Intl.Collator();

function byNameThenId(a: TodayAccountFacts, b: TodayAccountFacts): number {
  return collator.compare(a.name, b.name) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0);
}

function chaseCompare(a: TodayQueueRow, b: TodayQueueRow): number {
  return (
    b.score.total - a.score.total || largestPastDueMajor(b.account) - largestPastDueMajor(a.account) || byNameThenId(a.account, b.account)
  );
}

const tierRank = { 'follow-up': 0, promise: 1, chase: 2 } as const;

function askedSince(row: TodayQueueRow): string {
  const { reason } = row;
  if (reason.kind === 'follow-up') return reason.followUp.dueAt;
  return reason.kind === 'chase' ? '' : reason.promise.instalment.dueDate;
}

/** The definition, pair by pair: each row must not come after the next. */
function expectInOrder(queue: TodayQueue): void {
  queue.rows.slice(1).forEach((row, i) => {
    const before = queue.rows[i]!;
    const byTier = tierRank[before.tier] - tierRank[row.tier];
    const bySince = askedSince(before) < askedSince(row) ? -1 : askedSince(before) > askedSince(row) ? 1 : 0;
    expect(byTier || bySince || chaseCompare(before, row), `${before.account.customerId} before ${row.account.customerId}`).toBeLessThan(0);
  });
  queue.leftOut.slice(1).forEach((row, i) => expect(byNameThenId(queue.leftOut[i]!.account, row.account)).toBeLessThan(0));
}

const idsOf = (queue: TodayQueue) => [queue.rows.map((row) => row.account.customerId), queue.leftOut.map((row) => row.account.customerId)];

describe("Today's queue order", () => {
  it('follows its definition on random offices, however the accounts come and wherever the ranking was made', () => {
    for (let seed = 1; seed <= 12; seed += 1) {
      const { accounts, followUps, promises, shuffled } = randomOffice(seed);
      const build = (list: readonly TodayAccountFacts[], ranking = rankForDay(list, officeTimeZone, wednesday)) =>
        buildTodayQueue(queueInput({ accounts: list, followUps, promises, ranking }));
      const queue = build(accounts);
      expect(queue.rows.some((row) => row.tier !== 'chase')).toBe(true);
      expect(queue.leftOut.length).toBeGreaterThan(0);
      expectInOrder(queue);

      expect(idsOf(build(shuffled))).toEqual(idsOf(queue));
      // Made at 00:30 the same office day, used at 11:00.
      const early = rankForDay(accounts, officeTimeZone, new Date('2026-06-17T05:30:00.000Z'));
      expect(idsOf(build(accounts, early))).toEqual(idsOf(queue));
      const stored = unpackTodayFacts(packTodayFacts({ accounts, promises, ranking: rankForDay(accounts, officeTimeZone, wednesday) }));
      expect(idsOf(build(stored.accounts, stored.ranking))).toEqual(idsOf(queue));
    }
  });

  it('come out the same when worked out from an earlier ranking, after writes, renames, another order or another day', () => {
    for (let seed = 20; seed <= 25; seed += 1) {
      const { accounts, shuffled } = randomOffice(seed);
      const earlier = rankForDay(accounts, officeTimeZone, new Date('2026-06-16T16:00:00.000Z'));
      const random = createRandom(seed);
      // A few accounts written to: new facts in the same places, some renamed.
      const written = accounts.map((a) =>
        random.chance(0.1)
          ? {
              ...a,
              pastDue: [{ currency: 'USD', amountMinor: random.pick(amounts) + 1 }],
              name: random.chance(0.3) ? `${a.name} Co` : a.name,
            }
          : a,
      );
      const renamedNone = accounts.map((a) => ({ ...a, brokenPromises: a.brokenPromises + (random.chance(0.2) ? 1 : 0) }));
      for (const list of [written, renamedNone, shuffled]) {
        const fresh = rankForDay(list, officeTimeZone, wednesday);
        const fromEarlier = rankForDay(list, officeTimeZone, wednesday, earlier);
        expect([...fromEarlier.chase]).toEqual([...fresh.chase]);
        expect([...fromEarlier.byName]).toEqual([...fresh.byName]);
      }
    }
  });
});
