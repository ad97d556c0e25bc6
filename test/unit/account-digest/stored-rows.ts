// A promise and a payment with every field of their schemas set, for the packing tests.
import type { Payment } from '../../../shared/payments/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';

export const fullPromise: PaymentPromise = {
  id: 'p-1',
  customerId: 'cus-1',
  callId: 'call-9',
  contactId: 'con-4',
  amountMinor: 250_000,
  currency: 'USD',
  promisedDate: '2026-12-01',
  method: 'card-by-phone',
  invoiceIds: ['inv-1', 'inv-2'],
  instalments: [
    { dueDate: '2026-12-01', amountMinor: 100_000 },
    { dueDate: '2027-01-15', amountMinor: 150_000 },
  ],
  status: 'open',
  createdAt: '2026-11-28T15:02:00.000Z',
};

export const fullPayment: Payment = {
  id: 'pay-1',
  customerId: 'cus-1',
  receivedOn: '2026-11-29',
  amountMinor: 120_000,
  currency: 'USD',
  method: 'bank-transfer',
  reference: 'Remittance 4471',
  allocations: [
    { invoiceId: 'inv-1', amountMinor: 100_000 },
    { invoiceId: 'inv-2', amountMinor: 20_000 },
  ],
  createdAt: '2026-11-29T10:15:00.000Z',
  seenInBooks: { importId: 'imp-3' },
};
