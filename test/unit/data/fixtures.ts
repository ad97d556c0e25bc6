// Shared fixtures for the data-layer tests: a fresh database per test and valid form inputs.
import type { ContactInput } from '../../../shared/contacts/schema';
import type { CustomerInput } from '../../../shared/customers/schema';
import type { InvoiceInput } from '../../../shared/invoices/schema';
import { openCallDeskDb, type CallDeskDb } from '../../../renderer/data/db';

let counter = 0;

/** A database with a name no other test uses (fake-indexeddb is shared by the whole worker). */
export function freshDb(): CallDeskDb {
  counter += 1;
  return openCallDeskDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export function customerInput(overrides: Partial<CustomerInput> = {}): CustomerInput {
  return {
    kind: 'commercial',
    legalName: 'Acme Hardware Ltd',
    tradingName: 'Acme',
    accountNumber: 'AC-1001',
    timeZone: 'America/Los_Angeles',
    addresses: [],
    ...overrides,
  };
}

export function contactInput(overrides: Partial<ContactInput> = {}): ContactInput {
  return {
    name: 'Jane Doe',
    role: 'Accounts payable',
    authorisesPayment: false,
    phones: [{ label: 'office', number: '(415) 555-0134' }],
    emails: ['Jane.Doe@Acme.example'],
    ...overrides,
  };
}

export function invoiceInput(overrides: Partial<InvoiceInput> = {}): InvoiceInput {
  return {
    number: 'INV-00123',
    issueDate: '2024-01-01',
    dueDate: '2024-01-31',
    amountMinor: 100_00,
    currency: 'USD',
    ...overrides,
  };
}

export const at = (iso: string) => new Date(iso);
