// Small builders for dashboard inputs: each test states only what matters to it.
import type { Call } from '../../../shared/calls/schema';
import type { DashboardInputs } from '../../../shared/dashboard/model';
import type { Payment } from '../../../shared/payments/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';

export const zone = 'America/Chicago';
/** A Wednesday. */
export const today = '2026-06-17';

let seq = 0;
const nextId = (prefix: string) => `${prefix}${(seq += 1)}`;

export function payment(receivedOn: string, amountMinor: number, overrides: Partial<Payment> = {}): Payment {
  return {
    id: nextId('pay'),
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

export function promise(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return {
    id: nextId('pr'),
    customerId: 'c1',
    callId: null,
    contactId: null,
    amountMinor: 100_00,
    currency: 'USD',
    promisedDate: '2026-06-20',
    method: 'bank-transfer',
    invoiceIds: [],
    instalments: [],
    status: 'open',
    createdAt: '2026-06-10T15:00:00.000Z',
    ...overrides,
  };
}

export function call(
  startedAt: string,
  result: Call['result'],
  status: Call['status'] = 'closed',
): Pick<Call, 'startedAt' | 'status' | 'result'> {
  return { startedAt, status, result };
}

export function inputs(overrides: Partial<DashboardInputs> = {}): DashboardInputs {
  return {
    today,
    officeTimeZone: zone,
    firstDayOfWeek: 0,
    promiseGraceDays: 2,
    invoices: [],
    payments: [],
    promises: [],
    calls: [],
    placedAccounts: [],
    ...overrides,
  };
}
