// Rows as older schema versions stored them, for the upgrade tests (migration*.test.ts).
import type { Call } from '../../../shared/calls/schema';
import type { Contact } from '../../../shared/contacts/schema';
import type { Customer } from '../../../shared/customers/schema';
import type { Invoice } from '../../../shared/invoices/schema';
import { closedCallRecord, customerRecord } from './records';

export const t = '2024-03-01T10:00:00.000Z';

export const customer = (id: string, legalName: string): Customer => ({
  ...customerRecord(id, legalName, false),
  accountNumber: `ACC-${id}`,
  timeZone: 'America/Chicago',
});

export const contact = (
  id: string,
  customerId: string,
  name: string,
  authorisesPayment: boolean,
  number: string,
  createdAt = t,
): Contact => ({
  id,
  customerId,
  name,
  role: '',
  authorisesPayment,
  phones: [{ label: 'office', number, e164: null }],
  emails: [`${name.split(' ')[0]!.toLowerCase()}@example.com`],
  notes: '',
  createdAt,
  updatedAt: createdAt,
});

export const invoice = (
  id: string,
  customerId: string,
  number: string,
  dueDate: string,
  balanceMinor: number,
  status: Invoice['status'] = 'open',
): Invoice => ({
  id,
  customerId,
  number,
  issueDate: '2024-01-01',
  dueDate,
  sentOn: null,
  amountMinor: 500_00,
  currency: 'USD',
  delivered: '',
  poNumber: '',
  terms: 'Net 30',
  balanceMinor,
  status,
  createdAt: t,
  updatedAt: t,
});

/** A call as stored: closed (as records.ts builds it) or still open. */
export const call = (id: string, customerId: string, startedAt: string, status: Call['status']): Call => {
  const closed = closedCallRecord(id, customerId, startedAt);
  return status === 'closed' ? closed : { ...closed, endedAt: null, durationSeconds: null, status, result: null };
};
