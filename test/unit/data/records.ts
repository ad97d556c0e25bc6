// Complete stored records for bulk-load tests (what demo seeding or an import produces).
import type { Call } from '../../../shared/calls/schema';
import type { Contact } from '../../../shared/contacts/schema';
import type { Customer } from '../../../shared/customers/schema';
import type { Invoice } from '../../../shared/invoices/schema';
import type { BulkRecords } from '../../../renderer/data/bulk-load';

const t = '2024-03-01T10:00:00.000Z';

export function customerRecord(id: string, legalName: string, demo: boolean): Customer {
  return {
    id,
    kind: 'commercial',
    legalName,
    tradingName: '',
    accountNumber: '',
    timeZone: 'America/New_York',
    status: 'active',
    defaultTerms: 'Net 30',
    addresses: [],
    notes: '',
    createdAt: t,
    updatedAt: t,
    demo,
  };
}

export function contactRecord(id: string, customerId: string, number: string): Contact {
  return {
    id,
    customerId,
    name: `Contact ${id}`,
    role: '',
    authorisesPayment: false,
    phones: [{ label: 'office', number, e164: null }],
    emails: [],
    notes: '',
    createdAt: t,
    updatedAt: t,
  };
}

export function invoiceRecord(id: string, customerId: string, dueDate: string, balanceMinor: number): Invoice {
  return {
    id,
    customerId,
    number: `N-${id}`,
    issueDate: '2024-01-01',
    dueDate,
    sentOn: null,
    amountMinor: 1_000_00,
    currency: 'USD',
    delivered: '',
    poNumber: '',
    terms: 'Net 30',
    balanceMinor,
    status: balanceMinor > 0 ? 'open' : 'paid',
    createdAt: t,
    updatedAt: t,
  };
}

export function closedCallRecord(id: string, customerId: string, startedAt: string): Call {
  return {
    id,
    customerId,
    contactId: null,
    phoneNumber: null,
    dialled: false,
    startedAt,
    endedAt: startedAt,
    durationSeconds: 0,
    status: 'closed',
    result: 'no-answer',
    scriptId: 'collection-call',
    stepsCovered: [],
    branchesTaken: [],
    contactDetailsConfirmed: false,
    note: '',
    promiseId: null,
    disputeId: null,
    followUpId: null,
  };
}

export function emptyRecords(): BulkRecords {
  return {
    customers: [],
    contacts: [],
    invoices: [],
    payments: [],
    calls: [],
    notes: [],
    promises: [],
    disputes: [],
    followUps: [],
    placements: [],
  };
}
