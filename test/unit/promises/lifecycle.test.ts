import { describe, expect, it } from 'vitest';
import { countedPayments, needsFollowUp, promiseProgress } from '../../../shared/promises/lifecycle';
import type { Payment } from '../../../shared/payments/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';

const zone = 'America/Chicago';
// Made on 2026-11-02 at 10:00 Chicago time.
const madeAt = '2026-11-02T16:00:00.000Z';

function promise(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return {
    id: 'p1',
    customerId: 'c1',
    callId: null,
    contactId: null,
    amountMinor: 100_00,
    currency: 'USD',
    promisedDate: '2026-11-10',
    method: 'bank-transfer',
    invoiceIds: [],
    instalments: [],
    status: 'open',
    createdAt: madeAt,
    ...overrides,
  };
}

let seq = 0;
function payment(receivedOn: string, amountMinor: number, overrides: Partial<Payment> = {}): Payment {
  seq += 1;
  return {
    id: `pay${seq}`,
    customerId: 'c1',
    receivedOn,
    amountMinor,
    currency: 'USD',
    method: 'bank-transfer',
    reference: '',
    allocations: [{ invoiceId: 'i1', amountMinor }],
    createdAt: `${receivedOn}T18:00:00.000Z`,
    ...overrides,
  };
}

const progress = (p: PaymentPromise, payments: Payment[], today: string, graceDays = 2) =>
  promiseProgress({ promise: p, payments, today, graceDays, timeZone: zone });

describe('a single promise', () => {
  it('stays open until the date plus grace days has passed', () => {
    expect(progress(promise(), [], '2026-11-10').status).toBe('open');
    expect(progress(promise(), [], '2026-11-11').instalments[0]!.state).toBe('overdue');
    expect(progress(promise(), [], '2026-11-12').status).toBe('open'); // last grace day
    const broken = progress(promise(), [], '2026-11-13');
    expect(broken.status).toBe('broken');
    expect(broken.missedAt).toMatchObject({ index: 0, deadline: '2026-11-12', state: 'missed' });
  });

  it('with no grace days is broken the day after its date', () => {
    expect(progress(promise(), [], '2026-11-10', 0).status).toBe('open');
    expect(progress(promise(), [], '2026-11-11', 0).status).toBe('broken');
  });

  it('is kept as soon as a covering payment arrives, even before its date', () => {
    const kept = progress(promise(), [payment('2026-11-05', 100_00)], '2026-11-05');
    expect(kept).toMatchObject({ status: 'kept', paidMinor: 100_00, next: null, missedAt: null });
    expect(kept.instalments[0]!.state).toBe('paid');
  });

  it('is kept by payments that add up, received by the last grace day', () => {
    const payments = [payment('2026-11-09', 40_00), payment('2026-11-12', 60_00)];
    expect(progress(promise(), payments, '2026-11-20').status).toBe('kept');
  });

  it('is partially kept when only part came in by the deadline, and a later payment does not change that', () => {
    const part = [payment('2026-11-09', 40_00)];
    const early = progress(promise(), part, '2026-11-11');
    expect(early.status).toBe('open');
    expect(early.instalments[0]).toMatchObject({ state: 'partly-paid', paidMinor: 40_00 });
    expect(progress(promise(), part, '2026-11-13').status).toBe('partially-kept');
    const late = progress(promise(), [...part, payment('2026-11-14', 60_00)], '2026-11-20');
    expect(late.status).toBe('partially-kept');
    expect(late.instalments[0]!.state).toBe('paid');
  });

  it('is broken when the only payment came after the deadline', () => {
    const late = progress(promise(), [payment('2026-11-13', 100_00)], '2026-11-13');
    expect(late.status).toBe('broken');
    expect(late.paidMinor).toBe(100_00);
  });

  it('stays cancelled', () => {
    expect(progress(promise({ status: 'cancelled' }), [], '2026-12-31').status).toBe('cancelled');
  });
});

describe('which payments count', () => {
  it('ignores payments received before the promise was made, and same-day ones recorded before it', () => {
    const before = payment('2026-11-01', 100_00);
    const sameDayEarlier = payment('2026-11-02', 100_00, { createdAt: '2026-11-02T15:00:00.000Z' });
    const sameDayLater = payment('2026-11-02', 30_00, { createdAt: '2026-11-02T16:30:00.000Z' });
    expect(countedPayments(promise(), [before, sameDayEarlier, sameDayLater], zone)).toEqual([
      { receivedOn: '2026-11-02', amountMinor: 30_00 },
    ]);
  });

  it('reads the day the promise was made in the office time zone', () => {
    // 03:00 UTC on the 3rd is still the 2nd in Chicago.
    const lateEvening = promise({ createdAt: '2026-11-03T03:00:00.000Z' });
    expect(countedPayments(lateEvening, [payment('2026-11-02', 10_00, { createdAt: '2026-11-03T04:00:00.000Z' })], zone)).toHaveLength(1);
  });

  it('counts only what was applied to the promised invoices', () => {
    const forInvoices = promise({ invoiceIds: ['i1', 'i2'] });
    const split = payment('2026-11-05', 100_00, {
      allocations: [
        { invoiceId: 'i1', amountMinor: 30_00 },
        { invoiceId: 'other', amountMinor: 50_00 },
        { invoiceId: 'i2', amountMinor: 20_00 },
      ],
    });
    expect(progress(forInvoices, [split], '2026-11-05')).toMatchObject({ status: 'open', paidMinor: 50_00 });
    expect(progress(promise(), [split], '2026-11-05').status).toBe('kept');
  });

  it("ignores other customers' payments and other currencies", () => {
    const payments = [payment('2026-11-05', 100_00, { customerId: 'c2' }), payment('2026-11-05', 100_00, { currency: 'CAD' })];
    expect(progress(promise(), payments, '2026-11-05').paidMinor).toBe(0);
  });
});

describe('an instalment plan', () => {
  const plan = promise({
    amountMinor: 300_00,
    promisedDate: '2026-11-10',
    instalments: [
      { dueDate: '2026-11-10', amountMinor: 100_00 },
      { dueDate: '2026-11-24', amountMinor: 100_00 },
      { dueDate: '2026-12-08', amountMinor: 100_00 },
    ],
  });

  it('applies payments to instalments in date order', () => {
    const p = progress(plan, [payment('2026-11-09', 150_00)], '2026-11-20');
    expect(p.instalments.map((i) => [i.state, i.paidMinor])).toEqual([
      ['paid', 100_00],
      ['partly-paid', 50_00],
      ['due', 0],
    ]);
    expect(p.status).toBe('open');
    expect(p.next?.index).toBe(1);
  });

  it('shows an instalment overdue in its grace days, then missed, and the plan partly kept', () => {
    const first = [payment('2026-11-10', 100_00)];
    expect(progress(plan, first, '2026-11-25').instalments[1]!.state).toBe('overdue');
    const missed = progress(plan, first, '2026-11-27');
    expect(missed.status).toBe('partially-kept');
    expect(missed.missedAt?.index).toBe(1);
    expect(missed.instalments.map((i) => i.state)).toEqual(['paid', 'missed', 'due']);
  });

  it('is broken when the first instalment is missed', () => {
    expect(progress(plan, [], '2026-11-13').status).toBe('broken');
  });

  it('counts a late first instalment against the plan once its deadline passed', () => {
    // Paid on the 14th, two days after the first deadline (the 12th): decided as broken.
    const p = progress(plan, [payment('2026-11-14', 100_00)], '2026-11-14');
    expect(p.status).toBe('broken');
    expect(p.instalments[0]!.state).toBe('paid');
  });

  it('is kept once every instalment is paid, even early', () => {
    expect(progress(plan, [payment('2026-11-10', 100_00), payment('2026-11-20', 200_00)], '2026-11-20').status).toBe('kept');
  });

  it('orders instalments by date whatever order they were stored in', () => {
    const shuffled = promise({ ...plan, instalments: [...plan.instalments].reverse() });
    expect(progress(shuffled, [], '2026-11-01').instalments.map((i) => i.dueDate)).toEqual(['2026-11-10', '2026-11-24', '2026-12-08']);
  });
});

describe('needsFollowUp', () => {
  it('is true for broken and partly kept promises only', () => {
    expect(['open', 'kept', 'partially-kept', 'broken', 'cancelled'].filter((s) => needsFollowUp(s as never))).toEqual([
      'partially-kept',
      'broken',
    ]);
  });
});
