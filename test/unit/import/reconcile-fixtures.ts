// Small books for the reconcile and apply tests.
import type { BookContact, BookCredit, BookCustomer, BookInvoice, ParsedBook } from '../../../shared/import/model';

export function bookCustomer(name: string, overrides: Partial<BookCustomer> = {}): BookCustomer {
  const accountNumber = overrides.accountNumber ?? '';
  return {
    key: accountNumber ? `acct:${accountNumber.toLowerCase()}` : `name:${name.toLowerCase()}`,
    name,
    accountNumber,
    contacts: [],
    address: null,
    rowNumbers: [2],
    ...overrides,
  };
}

export function bookContact(overrides: Partial<BookContact> = {}): BookContact {
  return { name: 'Pat Lee', email: 'pat@acme.example', phones: [{ label: 'office', number: '(415) 555-0134' }], ...overrides };
}

export function bookInvoice(customer: BookCustomer, number: string, overrides: Partial<BookInvoice> = {}): BookInvoice {
  return {
    customerKey: customer.key,
    number,
    job: '',
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    amountMinor: 1_200_00,
    balanceMinor: 1_200_00,
    currency: 'USD',
    poNumber: '',
    terms: 'Net 30',
    description: '',
    rowNumber: 3,
    ...overrides,
  };
}

export function bookCredit(customer: BookCustomer, overrides: Partial<BookCredit> = {}): BookCredit {
  return {
    customerKey: customer.key,
    kind: 'credit-memo',
    reference: 'CM-7',
    date: '2026-10-15',
    amountMinor: 150_00,
    currency: 'USD',
    rowNumber: 9,
    ...overrides,
  };
}

export function book(customers: BookCustomer[], invoices: BookInvoice[], overrides: Partial<ParsedBook> = {}): ParsedBook {
  return {
    source: 'quickbooks-online',
    content: 'invoices',
    customers,
    invoices,
    credits: [],
    skipped: [],
    totalChecks: [],
    readTotals: [],
    ...overrides,
  };
}

/** Ids that say what they are, in order: id-1, id-2… */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
