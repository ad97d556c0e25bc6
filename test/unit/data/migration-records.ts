// Rows as older schema versions stored them, for the upgrade tests (migration*.test.ts).
import type { Call } from '../../../shared/calls/schema';
import type { Contact } from '../../../shared/contacts/schema';
import type { Customer } from '../../../shared/customers/schema';
import type { Invoice } from '../../../shared/invoices/schema';

export const t = '2024-03-01T10:00:00.000Z';

export const customer = (id: string, legalName: string): Customer => ({
  id,
  kind: 'commercial',
  legalName,
  tradingName: '',
  accountNumber: `ACC-${id}`,
  timeZone: 'America/Chicago',
  status: 'active',
  defaultTerms: 'Net 30',
  addresses: [],
  notes: '',
  createdAt: t,
  updatedAt: t,
  demo: false,
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

export const call = (id: string, customerId: string, startedAt: string, status: Call['status']): Call => ({
  id,
  customerId,
  contactId: null,
  phoneNumber: null,
  dialled: false,
  startedAt,
  endedAt: status === 'closed' ? startedAt : null,
  durationSeconds: status === 'closed' ? 0 : null,
  status,
  result: status === 'closed' ? 'no-answer' : null,
  scriptId: 'collection-call',
  stepsCovered: [],
  branchesTaken: [],
  contactDetailsConfirmed: false,
  note: '',
  promiseId: null,
  disputeId: null,
  followUpId: null,
});
