import { describe, expect, it } from 'vitest';
import { agingBucketFor, computeAging, computeAgingByCurrency } from '../../../shared/aging/aging';
import { addDays } from '../../../shared/dates/calendar';

const inv = (dueDate: string, balanceMinor: number, status: 'open' | 'paid' | 'void' = 'open') => ({ dueDate, balanceMinor, status });

describe('aging', () => {
  it('puts each day count in the right bucket, edges included', () => {
    expect(agingBucketFor(-3)).toBe('current');
    expect(agingBucketFor(0)).toBe('current');
    expect(agingBucketFor(1)).toBe('1-30');
    expect(agingBucketFor(30)).toBe('1-30');
    expect(agingBucketFor(31)).toBe('31-60');
    expect(agingBucketFor(60)).toBe('31-60');
    expect(agingBucketFor(61)).toBe('61-90');
    expect(agingBucketFor(90)).toBe('61-90');
    expect(agingBucketFor(91)).toBe('90+');
  });

  it('sums balances per bucket and finds the oldest past-due invoice', () => {
    const summary = computeAging(
      [
        inv('2026-11-30', 10_000), // not yet due
        inv('2026-11-22', 5_000), // due today: current
        inv('2026-11-01', 20_000), // 21 days
        inv('2026-09-23', 30_000), // 60 days
        inv('2026-07-01', 40_000), // 144 days
        inv('2026-01-01', 99_999, 'paid'),
        inv('2026-01-01', 12_345, 'void'),
        inv('2026-02-01', 0),
      ],
      '2026-11-22',
    );
    expect(summary.buckets).toEqual({ current: 15_000, '1-30': 20_000, '31-60': 30_000, '61-90': 0, '90+': 40_000 });
    expect(summary.totalDueMinor).toBe(105_000);
    expect(summary.pastDueMinor).toBe(90_000);
    expect(summary.oldestDaysPastDue).toBe(144);
    expect(summary.openInvoiceCount).toBe(5);
  });

  it('reports nothing past due for an account that is current', () => {
    const summary = computeAging([inv('2026-12-01', 500)], '2026-11-22');
    expect(summary.pastDueMinor).toBe(0);
    expect(summary.oldestDaysPastDue).toBe(0);
  });
});

describe('aging per currency', () => {
  it('ages each currency apart, largest total first, and never adds them', () => {
    const invoices = [
      { ...inv('2026-11-01', 100_00), currency: 'USD' },
      { ...inv('2026-07-01', 300_00), currency: 'CAD' },
      { ...inv('2026-12-01', 50_00), currency: 'USD' },
      { ...inv('2026-01-01', 999_00, 'paid'), currency: 'EUR' },
    ];
    const agings = computeAgingByCurrency(invoices, '2026-11-22');
    expect(agings.map((a) => [a.currency, a.totalDueMinor, a.pastDueMinor, a.openInvoiceCount])).toEqual([
      ['CAD', 300_00, 300_00, 1],
      ['USD', 150_00, 100_00, 2],
    ]);
    expect(agings[0]!.buckets['90+']).toBe(300_00);
    expect(agings[1]!.buckets).toEqual({ current: 50_00, '1-30': 100_00, '31-60': 0, '61-90': 0, '90+': 0 });
    expect(computeAgingByCurrency([], '2026-11-22')).toEqual([]);
  });
});

describe('aging by due date', () => {
  it('places every invoice in the bucket its days past due name, across month and year ends', () => {
    for (const today of ['2026-03-01', '2027-01-15', '2028-02-29']) {
      for (let days = -5; days <= 200; days += 1) {
        const summary = computeAging([inv(addDays(today, -days), 1)], today);
        expect(summary.buckets[agingBucketFor(days)], `${days} days on ${today}`).toBe(1);
        expect(summary.oldestDaysPastDue).toBe(Math.max(days, 0));
      }
    }
  });
});
