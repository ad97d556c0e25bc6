// The account digest's pure parts: an entry from one customer's records, and the Today facts it
// gives on a given day.
import { describe, expect, it } from 'vitest';
import { digestEntryOf, type DigestCustomer } from '../../../shared/account-digest/build-entry';
import { todayFactsAt } from '../../../shared/account-digest/facts-at';
import { digestShardCount, digestShardOf } from '../../../shared/account-digest/model';
import { keptBrokenDays, keptPaymentDays, keptPromiseDays } from '../../../shared/account-digest/kept-rows';
import { dashboardWindows } from '../../../shared/dashboard/compute-dashboard';
import type { Payment } from '../../../shared/payments/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { justBrokenDays } from '../../../shared/today/queue';

const customer: DigestCustomer = {
  id: 'c1',
  legalName: 'Harbor Point Dental Group LLC',
  tradingName: 'Harbor Point Dental',
  kind: 'commercial',
  timeZone: 'America/Los_Angeles',
  placement: null,
  tags: ['Anna'],
  openBalances: [
    { currency: 'USD', amountMinor: 900_00 },
    { currency: 'CAD', amountMinor: 50_00 },
  ],
  lastCallAt: '2026-06-15T17:00:00.000Z',
};
const invoice = (id: string, dueDate: string, balanceMinor: number, currency = 'USD', status: 'open' | 'paid' = 'open') => ({
  id,
  dueDate,
  balanceMinor,
  currency,
  status,
});
const computedAt = new Date('2026-06-17T16:00:00.000Z');

type Status = PaymentPromise['status'];
/** A promise as stored, made long ago unless told. */
const promiseRow = (id: string, status: Status, promisedDate: string, more: Partial<PaymentPromise> = {}): PaymentPromise => ({
  id,
  customerId: 'c1',
  callId: null,
  contactId: null,
  amountMinor: 300_00,
  currency: 'USD',
  promisedDate,
  method: 'bank-transfer',
  invoiceIds: [],
  instalments: [],
  status,
  createdAt: '2025-01-02T10:00:00.000Z',
  ...more,
});
const paymentRow = (id: string, receivedOn: string): Payment => ({
  id,
  customerId: 'c1',
  receivedOn,
  amountMinor: 50_00,
  currency: 'USD',
  method: 'cheque',
  reference: '',
  allocations: [{ invoiceId: 'i1', amountMinor: 50_00 }],
  createdAt: `${receivedOn}T12:00:00.000Z`,
});

describe('digestEntryOf', () => {
  it('sums open balances by due date, currency and dispute, and leaves paid and credit rows out', () => {
    const entry = digestEntryOf(
      customer,
      [
        invoice('i1', '2026-05-01', 100_00),
        invoice('i2', '2026-05-01', 250_00),
        invoice('i3', '2026-04-01', 300_00),
        invoice('i4', '2026-05-01', 50_00, 'CAD'),
        invoice('i5', '2026-07-01', 250_00),
        invoice('i6', '2026-03-01', 999_00, 'USD', 'paid'),
        invoice('i7', '2026-03-01', -20_00),
      ],
      [
        { invoiceId: 'i3', status: 'open' },
        { invoiceId: 'i1', status: 'resolved' },
      ],
      [],
      [],
      [],
      computedAt,
    );
    expect(entry.dues).toEqual([
      { dueDate: '2026-04-01', currency: 'USD', amountMinor: 300_00, invoiceCount: 1, disputed: true },
      { dueDate: '2026-05-01', currency: 'USD', amountMinor: 350_00, invoiceCount: 2, disputed: false },
      { dueDate: '2026-05-01', currency: 'CAD', amountMinor: 50_00, invoiceCount: 1, disputed: false },
      { dueDate: '2026-07-01', currency: 'USD', amountMinor: 250_00, invoiceCount: 1, disputed: false },
    ]);
    expect(entry.accountDisputeOpen).toBe(false);
    expect(entry.name).toBe('Harbor Point Dental (Harbor Point Dental Group LLC)');
    expect(entry.tags).toEqual(['Anna']);
  });

  it('keeps only closed calls of the last fifteen days, oldest first, with their outcome and whether they reached someone', () => {
    const call = (startedAt: string, result: 'no-answer' | 'promise-to-pay' | null, status: 'closed' | 'open' = 'closed') => ({
      startedAt,
      result,
      status,
    });
    const entry = digestEntryOf(
      customer,
      [],
      [{ invoiceId: null, status: 'open' }],
      [],
      [],
      [
        call('2026-06-16T18:00:00.000Z', 'promise-to-pay'),
        call('2026-06-02T15:00:00.000Z', 'no-answer'),
        call('2026-06-02T17:00:00.000Z', 'no-answer'),
        call('2026-06-10T15:00:00.000Z', 'no-answer'),
        call('2026-06-17T15:30:00.000Z', null, 'open'),
      ],
      computedAt,
    );
    expect(entry.attempts).toEqual([
      { at: '2026-06-02T17:00:00.000Z', result: 'no-answer', reached: false },
      { at: '2026-06-10T15:00:00.000Z', result: 'no-answer', reached: false },
      { at: '2026-06-16T18:00:00.000Z', result: 'promise-to-pay', reached: true },
    ]);
    expect(entry.accountDisputeOpen).toBe(true);
  });
});

describe('the promises an entry points at', () => {
  it('counts broken and partly kept ones against the account and keeps every live one with its plan dates', () => {
    const promise = (id: string, status: Status, promisedDate: string, instalments: { dueDate: string; amountMinor: number }[] = []) =>
      promiseRow(id, status, promisedDate, { instalments });
    const entry = digestEntryOf(
      customer,
      [],
      [],
      [
        promise('open', 'open', '2026-06-20'),
        promise('plan', 'partially-kept', '2026-04-01', [
          { dueDate: '2026-06-01', amountMinor: 150_00 },
          { dueDate: '2026-04-01', amountMinor: 150_00 },
        ]),
        promise('old', 'broken', '2025-01-10'),
        promise('kept', 'kept', '2026-06-01'),
        promise('cancelled', 'cancelled', '2026-06-01'),
      ],
      [],
      [],
      computedAt,
    );
    expect(entry.brokenPromises).toBe(2);
    expect(entry.livePromises).toEqual([
      { id: 'open', open: true, firstStepDate: '2026-06-20', lastStepDate: '2026-06-20' },
      { id: 'plan', open: false, firstStepDate: '2026-04-01', lastStepDate: '2026-06-01' },
      { id: 'old', open: false, firstStepDate: '2025-01-10', lastStepDate: '2025-01-10' },
    ]);
  });
});

describe('the promises and payments an entry keeps whole', () => {
  it('keeps open ones, recently broken ones and those made this quarter, with the payments they and this month can count', () => {
    const entry = digestEntryOf(
      customer,
      [],
      [],
      [
        promiseRow('open-old', 'open', '2026-07-01', { createdAt: '2026-01-10T15:00:00.000Z' }),
        promiseRow('broken-recent', 'broken', '2026-05-20', { createdAt: '2026-05-01T15:00:00.000Z' }),
        promiseRow('broken-old', 'broken', '2026-04-01'),
        promiseRow('kept-this-quarter', 'kept', '2026-04-01', { createdAt: '2026-03-20T15:00:00.000Z' }),
        promiseRow('kept-long-ago', 'kept', '2025-02-01'),
        promiseRow('cancelled-long-ago', 'cancelled', '2025-02-01'),
      ],
      [paymentRow('before', '2026-01-08'), paymentRow('from-promise-day', '2026-01-09'), paymentRow('this-month', '2026-06-10')],
      [],
      computedAt,
    );
    expect(entry.promises.map((p) => p.id)).toEqual(['open-old', 'broken-recent', 'kept-this-quarter']);
    // From the day before the earliest kept promise was made (its day in the office's zone may be a day earlier).
    expect(entry.payments.map((p) => p.id)).toEqual(['from-promise-day', 'this-month']);
    // As stored, field for field.
    expect(entry.promises[0]).toEqual(promiseRow('open-old', 'open', '2026-07-01', { createdAt: '2026-01-10T15:00:00.000Z' }));
  });

  it('keeps the last forty days of payments when no promise asks for older ones', () => {
    const entry = digestEntryOf(
      customer,
      [],
      [],
      [],
      [paymentRow('old', '2026-05-07'), paymentRow('recent', '2026-05-08')],
      [],
      computedAt,
    );
    expect(entry.promises).toEqual([]);
    expect(entry.payments.map((p) => p.id)).toEqual(['recent']);
  });

  it('keep windows at least as long as what Today and the dashboard ask for', () => {
    expect(keptBrokenDays).toBeGreaterThanOrEqual(justBrokenDays + 2);
    expect(keptPromiseDays).toBeGreaterThanOrEqual(dashboardWindows.promisesLong + 2);
    // A month so far is at most 30 days back, a week 6, with a day either side for zones.
    expect(keptPaymentDays).toBeGreaterThanOrEqual(32);
  });
});

describe('todayFactsAt', () => {
  const entry = digestEntryOf(
    customer,
    [
      invoice('i1', '2026-05-01', 100_00),
      invoice('i2', '2026-04-01', 300_00),
      invoice('i3', '2026-06-17', 70_00),
      invoice('i4', '2026-05-02', 40_00, 'CAD'),
    ],
    [{ invoiceId: 'i2', status: 'open' }],
    [
      promiseRow('p1', 'broken', '2026-05-20', { amountMinor: 100_00 }),
      promiseRow('p2', 'partially-kept', '2026-05-01', { amountMinor: 100_00 }),
    ],
    [],
    [{ startedAt: '2026-06-10T17:00:00.000Z', result: 'no-answer', status: 'closed' }],
    computedAt,
  );

  it('counts what fell due before the office date, disputed apart, one total per currency', () => {
    const facts = todayFactsAt(entry, '2026-06-17', computedAt);
    expect(facts.pastDue).toEqual([
      { currency: 'USD', amountMinor: 100_00 },
      { currency: 'CAD', amountMinor: 40_00 },
    ]);
    expect(facts.disputedPastDue).toEqual([{ currency: 'USD', amountMinor: 300_00 }]);
    expect(facts.oldestPastDueDate).toBe('2026-05-01');
    expect(facts.brokenPromises).toBe(2);
    // The next day, the invoice due today is past due too.
    expect(todayFactsAt(entry, '2026-06-18', computedAt).pastDue).toEqual([
      { currency: 'USD', amountMinor: 170_00 },
      { currency: 'CAD', amountMinor: 40_00 },
    ]);
  });

  it('drops attempts once they are more than seven days old', () => {
    expect(todayFactsAt(entry, '2026-06-17', computedAt).recentAttempts).toHaveLength(1);
    expect(todayFactsAt(entry, '2026-06-18', new Date('2026-06-17T17:00:01.000Z')).recentAttempts).toEqual([]);
  });
});

describe('digestShardOf', () => {
  it('spreads ids over every shard and always puts an id in the same one', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i += 1) seen.add(digestShardOf(globalThis.crypto.randomUUID()));
    expect(seen.size).toBe(digestShardCount);
    expect(digestShardOf('c1')).toBe(digestShardOf('c1'));
  });
});
