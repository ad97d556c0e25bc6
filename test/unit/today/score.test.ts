import { describe, expect, it } from 'vitest';
import {
  brokenPromisePoints,
  bucketPointsFor,
  chaseScore,
  justPastDuePoints,
  largestPastDue,
  noContactPoints,
  scoreParts,
  sizePoints,
  weekdayPointsFor,
} from '../../../shared/today/score';
import { account } from './today-fixtures';

const monday = '2026-06-15';
const wednesday = '2026-06-17';
const friday = '2026-06-19';
const saturday = '2026-06-20';

describe('chase score', () => {
  it('gives bigger debts more points on a log scale, capped at 40', () => {
    expect(sizePoints([])).toBe(0);
    expect(sizePoints([{ currency: 'USD', amountMinor: 1_000 }])).toBeCloseTo(10.4, 1); // $10
    expect(sizePoints([{ currency: 'USD', amountMinor: 100_000 }])).toBeCloseTo(30, 0); // $1,000
    expect(sizePoints([{ currency: 'USD', amountMinor: 1_000_000 }])).toBe(40); // $10,000
    expect(sizePoints([{ currency: 'USD', amountMinor: 100_000_000 }])).toBe(40);
  });

  it('never adds currencies: the largest single-currency amount counts, in major units', () => {
    const mixed = [
      { currency: 'JPY', amountMinor: 50_000 }, // ¥50,000 (no minor digits)
      { currency: 'USD', amountMinor: 90_000 }, // $900
    ];
    expect(largestPastDue(mixed)).toEqual({ currency: 'JPY', amountMinor: 50_000 });
    expect(
      sizePoints([
        { currency: 'USD', amountMinor: 60_000 },
        { currency: 'EUR', amountMinor: 60_000 },
      ]),
    ).toBe(sizePoints([{ currency: 'USD', amountMinor: 60_000 }]));
  });

  it('favours accounts just past due, then less so in the second week', () => {
    expect(justPastDuePoints(0)).toBe(0);
    expect(justPastDuePoints(1)).toBe(15);
    expect(justPastDuePoints(7)).toBe(15);
    expect(justPastDuePoints(8)).toBe(8);
    expect(justPastDuePoints(14)).toBe(8);
    expect(justPastDuePoints(15)).toBe(0);
  });

  it('raises older buckets', () => {
    expect([1, 30, 31, 60, 61, 90, 91].map(bucketPointsFor)).toEqual([0, 0, 6, 6, 12, 12, 18]);
  });

  it('weights commercial accounts up early in the week and consumers toward Friday, on the office calendar', () => {
    expect(weekdayPointsFor('commercial', monday)).toBe(10);
    expect(weekdayPointsFor('consumer', monday)).toBe(0);
    expect(weekdayPointsFor('commercial', friday)).toBe(0);
    expect(weekdayPointsFor('consumer', friday)).toBe(10);
    expect(weekdayPointsFor('commercial', wednesday)).toBe(3);
    expect(weekdayPointsFor('consumer', wednesday)).toBe(3);
    expect(weekdayPointsFor('commercial', saturday)).toBe(0);
    expect(weekdayPointsFor('consumer', saturday)).toBe(0);
  });

  it('brings forward the accounts not called for longest', () => {
    expect(noContactPoints(0)).toBe(0);
    expect(noContactPoints(10)).toBe(5);
    expect(noContactPoints(30)).toBe(15);
    expect(noContactPoints(200)).toBe(15);
    expect(noContactPoints(null)).toBe(15);
  });

  it('counts broken promises against the account, down to −24', () => {
    expect(brokenPromisePoints(0)).toBe(0);
    expect(brokenPromisePoints(1)).toBe(-8);
    expect(brokenPromisePoints(3)).toBe(-24);
    expect(brokenPromisePoints(5)).toBe(-24);
  });

  it('adds the parts and orders accounts the way the practices say', () => {
    const ctx = { officeToday: monday, lastContactDay: '2026-06-01' };
    const big = chaseScore(account({ customerId: 'big', pastDue: [{ currency: 'USD', amountMinor: 2_000_000 }] }), ctx);
    const small = chaseScore(account({ customerId: 'small', pastDue: [{ currency: 'USD', amountMinor: 20_000 }] }), ctx);
    expect(big.total).toBeGreaterThan(small.total);
    const parts = scoreParts(big);
    expect(parts.map((p) => p.name)).toEqual(['size', 'just-past-due', 'bucket', 'weekday', 'no-contact', 'broken-promises']);
    // $20,000 past due 18 days (no early or bucket points), a Monday, 14 days since the last call.
    expect(parts.map((p) => p.points)).toEqual([40, 0, 0, 10, 7, 0]);
    expect(big.total).toBeCloseTo(
      parts.reduce((s, p) => s + p.points, 0),
      5,
    );

    // On a Monday a commercial account outranks an otherwise equal consumer one; on Friday the reverse.
    const commercial = account({ customerId: 'c', kind: 'commercial' });
    const consumer = account({ customerId: 'p', kind: 'consumer' });
    expect(chaseScore(commercial, ctx).total).toBeGreaterThan(chaseScore(consumer, ctx).total);
    const fridayCtx = { officeToday: friday, lastContactDay: '2026-06-05' };
    expect(chaseScore(consumer, fridayCtx).total).toBeGreaterThan(chaseScore(commercial, fridayCtx).total);

    // Broken promises lower an otherwise equal account.
    const breaker = account({ customerId: 'b', brokenPromises: 2 });
    expect(chaseScore(breaker, ctx).total).toBe(chaseScore(commercial, ctx).total - 16);
  });
});
