import { describe, expect, it } from 'vitest';
import { promiseProgress } from '../../../shared/promises/lifecycle';
import { amountAndMethod, notKeptNote } from '../../../shared/promises/promise-text';
import type { PaymentPromise } from '../../../shared/promises/schema';

const plan: PaymentPromise = {
  id: 'p',
  customerId: 'c',
  callId: null,
  contactId: null,
  amountMinor: 600_00,
  currency: 'USD',
  promisedDate: '2026-11-02',
  method: 'cheque-by-mail',
  invoiceIds: [],
  status: 'open',
  createdAt: '2026-10-28T16:00:00.000Z',
  instalments: [
    { dueDate: '2026-11-02', amountMinor: 300_00 },
    { dueDate: '2026-11-16', amountMinor: 300_00 },
  ],
};

describe('promise wording', () => {
  it('says the amount and how it is paid, in the office locale', () => {
    expect(amountAndMethod(1_200_00, 'USD', 'bank-transfer', 'en-US')).toBe('$1,200.00 by bank transfer');
    expect(amountAndMethod(98_50, 'EUR', 'online-portal', 'de-DE')).toBe('98,50\u00a0€ through the online portal');
  });

  it('names the missed instalment and what came in for a partly kept plan', () => {
    const paid = [
      {
        id: 'pay',
        customerId: 'c',
        receivedOn: '2026-11-02',
        amountMinor: 300_00,
        currency: 'USD',
        method: 'cheque' as const,
        reference: '',
        allocations: [{ invoiceId: 'i', amountMinor: 300_00 }],
        createdAt: '2026-11-02T18:00:00.000Z',
      },
    ];
    const progress = promiseProgress({ promise: plan, payments: paid, today: '2026-11-20', graceDays: 2, timeZone: 'America/Chicago' });
    expect(notKeptNote(plan, progress, 'en-US')).toBe(
      'Promise only partly kept: $600.00 by cheque in the mail, due Nov 16, 2026; instalment 2 of 2; only $300.00 received by Nov 18, 2026. Call the customer.',
    );
  });
});
