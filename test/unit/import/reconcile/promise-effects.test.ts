import { describe, expect, it } from 'vitest';
import { promiseEffectsOf, type PromiseEffectsInput } from '../../../../shared/import/reconcile/promise-effects';
import type { Payment } from '../../../../shared/payments/schema';
import type { PaymentPromise } from '../../../../shared/promises/schema';

const promise = (over: Partial<PaymentPromise> = {}): PaymentPromise =>
  ({
    id: 'p1',
    customerId: 'c1',
    callId: null,
    contactId: null,
    amountMinor: 100_00,
    currency: 'USD',
    method: 'bank-transfer',
    promisedDate: '2026-12-04',
    invoiceIds: ['i1'],
    instalments: [],
    status: 'open',
    createdAt: '2026-12-01T15:00:00.000Z',
    statusChangedAt: '2026-12-01T15:00:00.000Z',
    note: '',
    ...over,
  }) as PaymentPromise;

const base = (over: Partial<PromiseEffectsInput> = {}): PromiseEffectsInput => ({
  changes: [{ invoiceId: 'i1', customerId: 'c1', customerName: 'Acme', currency: 'USD', impliedPaymentMinor: 100_00 }],
  promises: [promise()],
  payments: [],
  today: '2026-12-02',
  now: '2026-12-02T16:00:00.000Z',
  graceDays: 0,
  timeZone: 'America/Chicago',
  ...over,
});

describe('promiseEffectsOf', () => {
  it('says a payment seen in the books keeps the promise on that invoice', () => {
    expect(promiseEffectsOf(base())).toEqual([
      expect.objectContaining({
        promiseId: 'p1',
        customerName: 'Acme',
        dueDate: '2026-12-04',
        before: { status: 'open', paidMinor: 0 },
        after: { status: 'kept', paidMinor: 100_00 },
      }),
    ]);
  });

  it('counts a smaller payment as part of the promise, still open before its date', () => {
    const [effect] = promiseEffectsOf(
      base({ changes: [{ invoiceId: 'i1', customerId: 'c1', customerName: 'Acme', currency: 'USD', impliedPaymentMinor: 40_00 }] }),
    );
    expect(effect!.after).toEqual({ status: 'open', paidMinor: 40_00 });
  });

  it('adds to what was already paid toward the promise', () => {
    const paid: Payment = {
      id: 'x',
      customerId: 'c1',
      receivedOn: '2026-12-02',
      amountMinor: 60_00,
      currency: 'USD',
      method: 'card',
      reference: '',
      allocations: [{ invoiceId: 'i1', amountMinor: 60_00 }],
      createdAt: '2026-12-02T15:00:00.000Z',
    } as Payment;
    const [effect] = promiseEffectsOf(
      base({
        payments: [paid],
        changes: [{ invoiceId: 'i1', customerId: 'c1', customerName: 'Acme', currency: 'USD', impliedPaymentMinor: 40_00 }],
      }),
    );
    expect(effect!.before.paidMinor).toBe(60_00);
    expect(effect!.after).toEqual({ status: 'kept', paidMinor: 100_00 });
  });

  it('leaves out promises the payment does not touch: another invoice, another currency, settled ones', () => {
    expect(promiseEffectsOf(base({ promises: [promise({ invoiceIds: ['other'] })] }))).toEqual([]);
    expect(promiseEffectsOf(base({ promises: [promise({ currency: 'CAD' })] }))).toEqual([]);
    expect(promiseEffectsOf(base({ promises: [promise({ status: 'kept' }), promise({ id: 'p2', status: 'cancelled' })] }))).toEqual([]);
    expect(
      promiseEffectsOf(
        base({ changes: [{ invoiceId: 'i1', customerId: 'c1', customerName: 'Acme', currency: 'USD', impliedPaymentMinor: 0 }] }),
      ),
    ).toEqual([]);
  });

  it('gives the last instalment date of a plan as its due date', () => {
    const plan = promise({
      instalments: [
        { dueDate: '2026-12-04', amountMinor: 50_00 },
        { dueDate: '2026-12-18', amountMinor: 50_00 },
      ] as PaymentPromise['instalments'],
    });
    const [effect] = promiseEffectsOf(base({ promises: [plan] }));
    expect(effect!.dueDate).toBe('2026-12-18');
    expect(effect!.after.status).toBe('kept');
  });
});
