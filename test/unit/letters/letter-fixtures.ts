// An account for the letter tests, built through the stored schemas: a business whose name,
// contact and invoice numbers hold every character HTML treats specially, with invoices in two
// currencies, and an office in Settings with every detail a letter prints.
import { contactSchema, type Contact } from '../../../shared/contacts/schema';
import { customerSchema, type Customer } from '../../../shared/customers/schema';
import { invoiceSchema, type Invoice } from '../../../shared/invoices/schema';
import type { LetterSources } from '../../../shared/letters/compose-letter';
import { paymentPromiseSchema, type PaymentPromise } from '../../../shared/promises/schema';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';

/** Noon in the office on 12 March 2025: office today is 2025-03-12. */
export const now = new Date('2025-03-12T19:00:00.000Z');
export const today = '2025-03-12';
const stamp = '2025-01-01T12:00:00.000Z';

export const office: Settings = {
  ...defaultSettings,
  companyName: 'Bayline & <Co> Mechanical',
  companyAddress: '200 Harbor Way\nOakland CA 94607',
  paymentDetails: 'Pacific Coast Bank, account 0012345678',
  remitToAddress: '',
  callerName: 'Jordan Reyes',
  callbackNumber: '(415) 555-0100',
  currency: 'USD',
  locale: 'en-US',
  defaultCountry: 'US',
  officeTimeZone: 'America/Los_Angeles',
};

export const hostileName = `O'Brien & <Sons> "Ltd"`;

export function customer(overrides: Partial<Customer> = {}): Customer {
  return customerSchema.parse({
    id: 'cust-1',
    kind: 'commercial',
    legalName: hostileName,
    tradingName: '',
    accountNumber: 'OB-7',
    timeZone: 'America/Chicago',
    addresses: [{ label: 'billing', line1: '12 <Main> St', line2: '', city: 'Dayton', region: 'OH', postalCode: '45402', country: 'US' }],
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  });
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return contactSchema.parse({
    id: 'contact-1',
    customerId: 'cust-1',
    name: `Siobhán O'Brien`,
    role: 'Owner & <CEO>',
    authorisesPayment: true,
    phones: [],
    emails: [],
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  });
}

export function invoice(overrides: Partial<Invoice> & Pick<Invoice, 'id' | 'number'>): Invoice {
  return invoiceSchema.parse({
    customerId: 'cust-1',
    issueDate: '2024-12-01',
    dueDate: '2024-12-31',
    amountMinor: 1_200_00,
    balanceMinor: 1_200_00,
    currency: 'USD',
    status: 'open',
    createdAt: stamp,
    updatedAt: stamp,
    ...overrides,
  });
}

export function openPromise(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return paymentPromiseSchema.parse({
    id: 'promise-1',
    customerId: 'cust-1',
    callId: null,
    contactId: 'contact-1',
    amountMinor: 500_00,
    currency: 'USD',
    promisedDate: '2025-03-20',
    method: 'bank-transfer',
    invoiceIds: [],
    instalments: [],
    status: 'open',
    createdAt: '2025-03-10T17:00:00.000Z',
    ...overrides,
  });
}

/** Two dollar invoices (one past due, one not yet due) and one in euros, past due. */
export function account(overrides: Partial<LetterSources> = {}): LetterSources {
  return {
    customer: customer(),
    contacts: [contact()],
    invoices: [
      invoice({ id: 'inv-1', number: 'INV-<1>&1', dueDate: '2025-01-10', amountMinor: 1_250_00, balanceMinor: 1_000_00 }),
      invoice({ id: 'inv-2', number: 'INV-2', issueDate: '2025-03-01', dueDate: '2025-03-31', amountMinor: 400_00, balanceMinor: 400_00 }),
      invoice({ id: 'inv-3', number: 'EU-3', dueDate: '2025-02-10', amountMinor: 300_00, balanceMinor: 300_00, currency: 'EUR' }),
      invoice({ id: 'inv-4', number: 'PAID-4', amountMinor: 90_00, balanceMinor: 0, status: 'paid' }),
    ],
    promises: [],
    ...overrides,
  };
}
