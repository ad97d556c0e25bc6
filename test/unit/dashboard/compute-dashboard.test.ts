import { describe, expect, it } from 'vitest';
import { computeDashboard } from '../../../shared/dashboard/compute-dashboard';
import { call, inputs, payment, promise, today } from './fixtures';

describe('receivables', () => {
  it('ages outstanding invoices one row per currency, never adding currencies', () => {
    const dashboard = computeDashboard(
      inputs({
        invoices: [
          { currency: 'USD', dueDate: '2026-06-30', balanceMinor: 100_00, status: 'open' },
          { currency: 'USD', dueDate: '2026-06-01', balanceMinor: 50_00, status: 'open' },
          { currency: 'USD', dueDate: '2026-01-01', balanceMinor: 25_00, status: 'open' },
          { currency: 'EUR', dueDate: '2026-05-01', balanceMinor: 40_00, status: 'open' },
          { currency: 'USD', dueDate: '2026-01-01', balanceMinor: 999_00, status: 'closed-in-books' },
          { currency: 'USD', dueDate: '2026-01-01', balanceMinor: 0, status: 'open' },
        ],
      }),
    );
    expect(dashboard.receivables.map((r) => [r.currency, r.totalDueMinor, r.pastDueMinor])).toEqual([
      ['USD', 175_00, 75_00],
      ['EUR', 40_00, 40_00],
    ]);
    expect(dashboard.receivables[0]!.buckets).toEqual({ current: 100_00, '1-30': 50_00, '31-60': 0, '61-90': 0, '90+': 25_00 });
    expect(dashboard.receivables[1]!.buckets['31-60']).toBe(40_00);
  });
});

describe('collected', () => {
  it('counts payments received this week and this month, split by where they were seen', () => {
    const dashboard = computeDashboard(
      inputs({
        payments: [
          payment('2026-06-14', 10_00), // Sunday: this week (weeks start on Sunday here)
          payment('2026-06-17', 20_00, { seenInBooks: { importId: 'imp1' } }),
          payment('2026-06-13', 40_00), // last Saturday: this month, not this week
          payment('2026-06-16', 5_00, { currency: 'CAD' }),
          payment('2026-05-31', 80_00), // last month
          payment('2026-06-18', 70_00), // tomorrow: not received yet
        ],
      }),
    );
    const { week, month } = dashboard.collected;
    expect(week.period).toEqual({ from: '2026-06-14', to: today });
    expect(week.total).toEqual([
      { currency: 'USD', amountMinor: 30_00 },
      { currency: 'CAD', amountMinor: 5_00 },
    ]);
    expect(week.recordedHere).toEqual([
      { currency: 'USD', amountMinor: 10_00 },
      { currency: 'CAD', amountMinor: 5_00 },
    ]);
    expect(week.seenInBooks).toEqual([{ currency: 'USD', amountMinor: 20_00 }]);
    expect(week.paymentCount).toBe(3);
    expect(month.total).toEqual([
      { currency: 'USD', amountMinor: 70_00 },
      { currency: 'CAD', amountMinor: 5_00 },
    ]);
    expect(month.paymentCount).toBe(4);
  });

  it('follows the week start it is given', () => {
    const monday = computeDashboard(inputs({ firstDayOfWeek: 1, payments: [payment('2026-06-14', 10_00), payment('2026-06-15', 20_00)] }));
    expect(monday.collected.week.total).toEqual([{ currency: 'USD', amountMinor: 20_00 }]);
  });
});

describe('promises made and kept', () => {
  it('judges each promise stored as open by the lifecycle, not by its stored status', () => {
    // Made 2026-06-01 for 06-05; paid in full on 06-04: kept, though the stored status still says open.
    const kept = promise({ customerId: 'a', createdAt: '2026-06-01T15:00:00.000Z', promisedDate: '2026-06-05', amountMinor: 100_00 });
    // Made 2026-06-01 for 06-05, nothing paid, deadline 06-07 passed: broken.
    const broken = promise({ customerId: 'b', createdAt: '2026-06-01T15:00:00.000Z', promisedDate: '2026-06-05', amountMinor: 30_00 });
    // Made 2026-04-01 (inside 90 days, outside 30), half paid by its deadline: partially kept.
    const partly = promise({
      customerId: 'c',
      createdAt: '2026-04-01T15:00:00.000Z',
      promisedDate: '2026-04-10',
      amountMinor: 60_00,
      currency: 'EUR',
    });
    // Made 2026-06-16, due 06-20: still open.
    const open = promise({ customerId: 'd', createdAt: '2026-06-16T15:00:00.000Z', promisedDate: '2026-06-20', amountMinor: 20_00 });
    const cancelled = promise({ customerId: 'e', createdAt: '2026-06-16T15:00:00.000Z', status: 'cancelled' });
    // Made 2026-03-01: older than 90 days.
    const old = promise({ customerId: 'f', createdAt: '2026-03-01T15:00:00.000Z', promisedDate: '2026-03-05' });
    const dashboard = computeDashboard(
      inputs({
        promises: [kept, broken, partly, open, cancelled, old],
        payments: [payment('2026-06-04', 100_00, { customerId: 'a' }), payment('2026-04-09', 30_00, { customerId: 'c', currency: 'EUR' })],
      }),
    );
    const { last30, last90 } = dashboard.promises;
    expect(last30.period).toEqual({ from: '2026-05-19', to: today });
    expect(last30.made).toEqual({ count: 4, amounts: [{ currency: 'USD', amountMinor: 250_00 }] });
    expect(last30.kept).toEqual({ count: 1, amounts: [{ currency: 'USD', amountMinor: 100_00 }] });
    expect(last30.broken.count).toBe(1);
    expect(last30.stillOpen.count).toBe(1);
    expect(last30.cancelled.count).toBe(1);
    expect(last30.partiallyKept.count).toBe(0);
    expect(last90.made).toEqual({
      count: 5,
      amounts: [
        { currency: 'USD', amountMinor: 250_00 },
        { currency: 'EUR', amountMinor: 60_00 },
      ],
    });
    expect(last90.partiallyKept).toEqual({ count: 1, amounts: [{ currency: 'EUR', amountMinor: 60_00 }] });
    expect(last90.kept.count).toBe(1);
  });

  it('takes a final stored status as it is, without its payments, and works out only those stored as open', () => {
    // Stored kept, and its payment not among the inputs (the dashboard reads none for it).
    const keptStored = promise({
      customerId: 'a',
      createdAt: '2026-06-01T15:00:00.000Z',
      promisedDate: '2026-06-05',
      amountMinor: 100_00,
      status: 'kept',
    });
    const partlyStored = promise({
      customerId: 'b',
      createdAt: '2026-06-01T15:00:00.000Z',
      promisedDate: '2026-06-05',
      amountMinor: 40_00,
      status: 'partially-kept',
    });
    // Stored open, deadline passed, paid in full: kept, worked out from its payment.
    const paidOpen = promise({ customerId: 'c', createdAt: '2026-06-02T15:00:00.000Z', promisedDate: '2026-06-05', amountMinor: 30_00 });
    const dashboard = computeDashboard(
      inputs({ promises: [keptStored, partlyStored, paidOpen], payments: [payment('2026-06-05', 30_00, { customerId: 'c' })] }),
    );
    expect(dashboard.promises.last30.kept).toEqual({ count: 2, amounts: [{ currency: 'USD', amountMinor: 130_00 }] });
    expect(dashboard.promises.last30.partiallyKept.count).toBe(1);
    expect(dashboard.promises.last30.broken.count).toBe(0);
  });

  it('dates a promise by the office day it was made on', () => {
    // 2026-05-19 02:00 UTC is still 2026-05-18 in Chicago: one day before the 30-day window.
    const lateEvening = promise({ createdAt: '2026-05-19T02:00:00.000Z', promisedDate: '2026-05-25' });
    const nextMorning = promise({ createdAt: '2026-05-19T06:00:00.000Z', promisedDate: '2026-05-25' });
    const dashboard = computeDashboard(inputs({ promises: [lateEvening, nextMorning] }));
    expect(dashboard.promises.last30.made.count).toBe(1);
    expect(dashboard.promises.last90.made.count).toBe(2);
  });
});

describe('promised amounts due in the next 7 days', () => {
  it('adds what is still unpaid on instalments dated today through six days on', () => {
    const single = promise({ customerId: 'a', promisedDate: '2026-06-17', amountMinor: 50_00 });
    const lastDay = promise({ customerId: 'b', promisedDate: '2026-06-23', amountMinor: 10_00, currency: 'GBP' });
    const tooLate = promise({ customerId: 'c', promisedDate: '2026-06-24', amountMinor: 99_00 });
    // A plan: 40 due 06-10 (paid), 40 due 06-19 (10 of it paid by the surplus), 40 due 07-10.
    const plan = promise({
      customerId: 'd',
      promisedDate: '2026-06-10',
      amountMinor: 120_00,
      createdAt: '2026-06-01T15:00:00.000Z',
      instalments: [
        { dueDate: '2026-06-10', amountMinor: 40_00 },
        { dueDate: '2026-06-19', amountMinor: 40_00 },
        { dueDate: '2026-07-10', amountMinor: 40_00 },
      ],
    });
    const paidAlready = promise({ customerId: 'e', promisedDate: '2026-06-18', amountMinor: 30_00 });
    const cancelled = promise({ customerId: 'f', promisedDate: '2026-06-18', status: 'cancelled' });
    const dashboard = computeDashboard(
      inputs({
        promises: [single, lastDay, tooLate, plan, paidAlready, cancelled],
        payments: [payment('2026-06-09', 50_00, { customerId: 'd' }), payment('2026-06-12', 30_00, { customerId: 'e' })],
      }),
    );
    expect(dashboard.promisesDue.period).toEqual({ from: today, to: '2026-06-23' });
    expect(dashboard.promisesDue.promiseCount).toBe(3);
    expect(dashboard.promisesDue.amounts).toEqual([
      { currency: 'USD', amountMinor: 80_00 },
      { currency: 'GBP', amountMinor: 10_00 },
    ]);
  });
});

describe('calls per day', () => {
  it('counts calls with an outcome by office day, and those that reached someone', () => {
    const dashboard = computeDashboard(
      inputs({
        calls: [
          call('2026-06-17T15:00:00.000Z', 'promise-to-pay'),
          call('2026-06-17T16:00:00.000Z', 'no-answer'),
          call('2026-06-17T04:30:00.000Z', 'left-message'), // 23:30 on 06-16 in Chicago
          call('2026-06-04T15:00:00.000Z', 'refused'), // first day of the two weeks
          call('2026-06-03T15:00:00.000Z', 'refused'), // before it
          call('2026-06-17T17:00:00.000Z', null, 'open'), // still in progress
        ],
      }),
    );
    const { calls } = dashboard;
    expect(calls.period).toEqual({ from: '2026-06-04', to: today });
    expect(calls.days).toHaveLength(14);
    expect(calls.days[0]).toEqual({ date: '2026-06-04', made: 1, reached: 1 });
    expect(calls.days.at(-2)).toEqual({ date: '2026-06-16', made: 1, reached: 0 });
    expect(calls.days.at(-1)).toEqual({ date: today, made: 2, reached: 1 });
    expect([calls.made, calls.reached]).toEqual([4, 2]);
  });
});

describe('placements', () => {
  it('counts the placed accounts and what they owe, per currency', () => {
    const dashboard = computeDashboard(
      inputs({
        placedAccounts: [
          { customerId: 'a', openBalances: [{ currency: 'USD', amountMinor: 500_00 }] },
          {
            customerId: 'b',
            openBalances: [
              { currency: 'USD', amountMinor: 100_00 },
              { currency: 'EUR', amountMinor: 700_00 },
            ],
          },
          { customerId: 'c', openBalances: [] },
        ],
      }),
    );
    expect(dashboard.placements).toEqual({
      accountCount: 3,
      openBalances: [
        { currency: 'EUR', amountMinor: 700_00 },
        { currency: 'USD', amountMinor: 600_00 },
      ],
    });
  });

  it('is all zeros and empty lists for an office with nothing on file', () => {
    const dashboard = computeDashboard(inputs());
    expect(dashboard.receivables).toEqual([]);
    expect(dashboard.collected.week.total).toEqual([]);
    expect(dashboard.promises.last90.made).toEqual({ count: 0, amounts: [] });
    expect(dashboard.promisesDue).toMatchObject({ promiseCount: 0, amounts: [] });
    expect(dashboard.calls.made).toBe(0);
    expect(dashboard.placements.accountCount).toBe(0);
  });
});
