// Shared fixtures for the data-layer tests: a fresh database per test and valid form inputs.
import type { ContactInput } from '../../../shared/contacts/schema';
import type { CustomerInput } from '../../../shared/customers/schema';
import type { InvoiceInput } from '../../../shared/invoices/schema';
import Dexie from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { openCallDeskDb, type CallDeskDb } from '../../../renderer/data/db';

let counter = 0;

/** A database with a name no other test uses (fake-indexeddb is shared by the whole worker). */
export function freshDb(): CallDeskDb {
  counter += 1;
  return openCallDeskDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Closes a test database and deletes it. */
export async function dropDb(db: CallDeskDb): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}

/** A fresh database for each test of the enclosing block, handed to `use`, dropped after the test. */
export function useFreshDb(use: (db: CallDeskDb) => void): void {
  let current: CallDeskDb;
  beforeEach(() => {
    current = freshDb();
    use(current);
  });
  afterEach(() => dropDb(current));
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
