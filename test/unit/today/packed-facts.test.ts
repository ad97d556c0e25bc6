// Today's facts packed for the store and read back: every field of every account and promise.
import { describe, expect, it } from 'vitest';
import { packTodayFacts, unpackTodayFacts, type TodayFactsBody } from '../../../shared/today/packed-facts';
import { rankForDay } from '../../../shared/today/day-ranking';
import { account, officeTimeZone, promise, wednesday } from './today-fixtures';

const accounts = [
  // Past due is the whole balance: stored once, read as the same list.
  account({ customerId: 'plain' }),
  account({
    customerId: 'everything',
    name: 'Zoë & Søn, "Ltd"',
    kind: 'consumer',
    timeZone: 'Pacific/Kiritimati',
    placedWith: 'Northline Recoveries',
    doNotCall: true,
    ceaseContact: true,
    tags: ['Anna', 'Large'],
    openBalances: [
      { currency: 'USD', amountMinor: 9_007_199_254_740_991 },
      { currency: 'EUR', amountMinor: 500 },
    ],
    pastDue: [{ currency: 'USD', amountMinor: 1_000 }],
    disputedPastDue: [{ currency: 'EUR', amountMinor: 500 }],
    accountDisputeOpen: true,
    oldestPastDueDate: '2026-01-31',
    lastContactAt: '2026-06-16T15:00:00.000Z',
    recentAttempts: [
      { at: '2026-06-15T15:00:00.000Z', reached: false },
      { at: '2026-06-16T15:00:00.000Z', reached: true },
    ],
    brokenPromises: 3,
  }),
  account({ customerId: 'credit', openBalances: [{ currency: 'USD', amountMinor: -2_500 }], pastDue: [], oldestPastDueDate: null }),
  // Each flag alone, so no two can be read for each other.
  account({ customerId: 'do-not-call', doNotCall: true }),
  account({ customerId: 'cease-contact', ceaseContact: true }),
  account({ customerId: 'disputed', accountDisputeOpen: true }),
];

const body: TodayFactsBody = {
  accounts,
  promises: [
    promise({ customerId: 'everything', dueDate: '2026-06-20' }),
    {
      ...promise({ customerId: 'plain', dueDate: '2026-06-01', status: 'partially-kept', method: 'bank-transfer' }),
      instalment: { dueDate: '2026-06-01', amountMinor: 7, index: 2, count: 3 },
    },
  ],
  ranking: rankForDay(accounts, officeTimeZone, wednesday),
};

describe("Today's stored facts", () => {
  it('read back field for field, in order', () => {
    const read = unpackTodayFacts(packTodayFacts(body));
    const accountsRead = body.accounts.map((a) => ({
      ...a,
      doNotCall: a.doNotCall ?? false,
      ceaseContact: a.ceaseContact ?? false,
      tags: a.tags ?? [],
    }));
    expect(read).toEqual({
      ...body,
      accounts: accountsRead,
      // The scores are the window's own: not stored.
      ranking: { ...body.ranking, accounts: accountsRead, scores: undefined },
    });
    expect(read.ranking.accounts).toBe(read.accounts);
    expect(read.ranking).not.toHaveProperty('scores');
    expect(read.accounts[0]!.pastDue).toBe(read.accounts[0]!.openBalances);
    expect(read.accounts[1]!.pastDue).not.toBe(read.accounts[1]!.openBalances);
    // The ranking really was stored: neither order is the accounts' own, and the days are theirs.
    expect([...read.ranking.byName]).not.toEqual([...accounts.keys()]);
    expect([...read.ranking.chase]).not.toEqual([...accounts.keys()]);
    expect([...read.ranking.daysPastDue]).toEqual([20, 137, 0, 20, 20, 20]);
    expect(read.ranking.lastContactDays).toEqual([null, '2026-06-16', null, null, null, null]);
  });

  it('share one empty list, which cannot be changed in place', () => {
    const [plain, , credit] = unpackTodayFacts(packTodayFacts(body)).accounts;
    expect(plain!.recentAttempts).toBe(credit!.recentAttempts);
    // The types say so too; this is what a cast past them would meet.
    expect(() =>
      (plain!.disputedPastDue as { currency: string; amountMinor: number }[]).push({ currency: 'USD', amountMinor: 1 }),
    ).toThrow();
  });

  it('refuse data that does not add up', () => {
    const packed = packTodayFacts(body);
    expect(() => unpackTodayFacts({ ...packed, numbers: packed.numbers.slice(0, packed.numbers.length - 3) })).toThrow();
    expect(() => unpackTodayFacts({ ...packed, numbers: Uint8Array.from([...packed.numbers, 0]) })).toThrow(/more than/);
    expect(() => unpackTodayFacts({ ...packed, strings: packed.strings.slice(0, 3) })).toThrow();
  });

  it('refuse a ranking whose order misses an account or names one twice, or of another size', () => {
    const twice = Uint32Array.from(body.ranking.chase);
    twice[1] = twice[0]!;
    for (const chase of [twice, Uint32Array.from([...body.ranking.chase.slice(1), 99])])
      expect(() => unpackTodayFacts(packTodayFacts({ ...body, ranking: { ...body.ranking, chase } }))).toThrow(/each account once/);
    const packed = packTodayFacts(body);
    expect(() => unpackTodayFacts({ ...packed, ranking: packed.ranking.slice(1) })).toThrow(/another number/);
    const lastContactDays = body.ranking.lastContactDays.map((day) => day ?? 'yesterday');
    expect(() => unpackTodayFacts(packTodayFacts({ ...body, ranking: { ...body.ranking, lastContactDays } }))).toThrow(/not a date/);
  });
});
