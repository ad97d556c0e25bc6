import { describe, expect, it } from 'vitest';
import { planImport, type StoredCustomerForPlan, type StoredInvoiceForPlan } from '../../../shared/import/reconcile/plan-import';
import type { StoredContactForMatch } from '../../../shared/import/reconcile/contact-details';
import type { ImportScope, ParsedBook } from '../../../shared/import/model';
import { book, bookContact, bookCredit, bookCustomer, bookInvoice, sequentialIds } from './reconcile-fixtures';

const acme = bookCustomer('Acme Hardware Ltd', { accountNumber: 'AC-1' });
const birch = bookCustomer('Birch & Sons');

function storedCustomer(id: string, overrides: Partial<StoredCustomerForPlan> = {}): StoredCustomerForPlan {
  return {
    id,
    legalName: 'Acme Hardware Ltd',
    accountNumber: 'AC-1',
    books: { source: 'quickbooks-online', customerKey: 'acct:ac-1' },
    addresses: [],
    ...overrides,
  };
}

function storedInvoice(id: string, number: string, overrides: Partial<StoredInvoiceForPlan> = {}): StoredInvoiceForPlan {
  return {
    id,
    customerId: 'c-acme',
    number,
    amountMinor: 1_200_00,
    balanceMinor: 1_200_00,
    issueDate: '2026-10-01',
    dueDate: '2026-10-31',
    status: 'open',
    currency: 'USD',
    books: { source: 'quickbooks-online', customerKey: 'acct:ac-1', job: '' },
    ...overrides,
  };
}

function plan(
  parsed: ParsedBook,
  stored: { customers?: StoredCustomerForPlan[]; invoices?: StoredInvoiceForPlan[]; contacts?: StoredContactForMatch[] } = {},
  scope: ImportScope = 'full',
) {
  return planImport({ book: parsed, scope, stored: { customers: [], invoices: [], contacts: [], ...stored }, newId: sequentialIds() });
}

describe('planImport', () => {
  it('plans new customers and their invoices in an empty database', () => {
    const result = plan(book([acme, birch], [bookInvoice(acme, '1001'), bookInvoice(birch, '2001'), bookInvoice(acme, '1002')]));
    expect(result.newCustomers.map((c) => [c.id, c.book.name])).toEqual([
      ['id-1', 'Acme Hardware Ltd'],
      ['id-2', 'Birch & Sons'],
    ]);
    expect(result.newInvoices.map((i) => [i.customerId, i.book.number])).toEqual([
      ['id-1', '1001'],
      ['id-2', '2001'],
      ['id-1', '1002'],
    ]);
    expect(result.changedCustomerIds.sort()).toEqual(['id-1', 'id-2']);
    expect(result.unchangedCount).toBe(0);
  });

  it('finds changed balances (with the payment they imply), closed and unchanged invoices in a full list', () => {
    const stored = {
      customers: [storedCustomer('c-acme')],
      invoices: [
        storedInvoice('i-1001', '1001'),
        storedInvoice('i-1002', '1002'),
        storedInvoice('i-1003', '1003'),
        storedInvoice('i-1004', '1004', { amountMinor: 500_00, balanceMinor: 500_00 }),
      ],
    };
    const next = book(
      [acme],
      [
        bookInvoice(acme, '1001', { balanceMinor: 700_00 }),
        bookInvoice(acme, '1002'),
        bookInvoice(acme, '1004', { amountMinor: 650_00, balanceMinor: 650_00 }),
      ],
    );
    const result = plan(next, stored);
    expect(result.changedInvoices.map((c) => [c.number, c.before.balanceMinor, c.after.balanceMinor, c.impliedPaymentMinor])).toEqual([
      ['1001', 1_200_00, 700_00, 500_00],
      // The balance went up with the amount: changed, no payment.
      ['1004', 500_00, 650_00, 0],
    ]);
    expect(result.closedInvoices).toEqual([
      {
        invoiceId: 'i-1003',
        customerId: 'c-acme',
        customerName: 'Acme Hardware Ltd',
        number: '1003',
        currency: 'USD',
        balanceMinor: 1_200_00,
      },
    ]);
    expect(result.unchangedCount).toBe(1);
    expect(result.newCustomers).toEqual([]);
    expect(result.changedCustomerIds).toEqual(['c-acme']);
  });

  it('never closes anything when the file lists only some invoices, or only customers', () => {
    const stored = { customers: [storedCustomer('c-acme')], invoices: [storedInvoice('i-1001', '1001'), storedInvoice('i-1002', '1002')] };
    expect(plan(book([acme], [bookInvoice(acme, '1001')]), stored, 'some').closedInvoices).toEqual([]);
    expect(plan(book([acme], [], { content: 'customers' }), stored, 'full').closedInvoices).toEqual([]);
  });

  it('does not close invoices typed by hand or from other books', () => {
    const stored = {
      customers: [storedCustomer('c-acme')],
      invoices: [
        storedInvoice('i-hand', 'H-1', { books: null }),
        storedInvoice('i-xero', 'X-1', { books: { source: 'xero', customerKey: 'name:acme', job: '' } }),
      ],
    };
    expect(plan(book([acme], []), stored).closedInvoices).toEqual([]);
  });

  it('lists an invoice closed in the books earlier that the file shows open again as reopened', () => {
    const stored = { customers: [storedCustomer('c-acme')], invoices: [storedInvoice('i-1001', '1001', { status: 'closed-in-books' })] };
    const result = plan(book([acme], [bookInvoice(acme, '1001', { balanceMinor: 900_00 })]), stored);
    expect(result.reopenedInvoices).toHaveLength(1);
    expect(result.reopenedInvoices[0]).toMatchObject({
      invoiceId: 'i-1001',
      impliedPaymentMinor: 0,
      before: { status: 'closed-in-books' },
      after: { balanceMinor: 900_00 },
    });
    expect(result.changedInvoices).toEqual([]);
  });

  it('changes nothing when the stored data already says what the file says (the same file twice)', () => {
    const first = book([acme], [bookInvoice(acme, '1001', { balanceMinor: 0 }), bookInvoice(acme, '1002', { job: 'Warehouse' })], {
      credits: [bookCredit(acme)],
    });
    const stored = {
      customers: [
        storedCustomer('c-acme', {
          accountCredits: [
            {
              source: 'quickbooks-online',
              kind: 'credit-memo',
              reference: 'CM-7',
              date: '2026-10-15',
              amountMinor: 150_00,
              currency: 'USD',
            },
          ],
        }),
      ],
      invoices: [
        storedInvoice('i-1001', '1001', { balanceMinor: 0, status: 'paid' }),
        storedInvoice('i-1002', '1002', { books: { source: 'quickbooks-online', customerKey: 'acct:ac-1', job: 'Warehouse' } }),
      ],
    };
    const result = plan(first, stored);
    expect(result).toMatchObject({
      newCustomers: [],
      newInvoices: [],
      changedInvoices: [],
      closedInvoices: [],
      reopenedInvoices: [],
      credits: [],
      contactDifferences: [],
      changedCustomerIds: [],
      unchangedCount: 2,
    });
    expect(result.writes).toEqual({
      customerIdentities: [],
      invoiceIdentities: [],
      creditsClearedFor: [],
      detailsAdded: [],
      differenceValues: {},
    });
  });

  it('keeps the job part of the invoice key: the same number on two jobs is two invoices', () => {
    const stored = {
      customers: [storedCustomer('c-acme')],
      invoices: [storedInvoice('i-1', '1001', { books: { source: 'quickbooks-online', customerKey: 'acct:ac-1', job: 'Warehouse' } })],
    };
    const result = plan(
      book([acme], [bookInvoice(acme, '1001', { job: 'Warehouse' }), bookInvoice(acme, '1001', { job: 'Shop' })]),
      stored,
    );
    expect(result.unchangedCount).toBe(1);
    expect(result.newInvoices.map((i) => [i.book.number, i.book.job])).toEqual([['1001', 'Shop']]);
  });

  it('matches a customer typed by hand by its name, and its typed invoice by number; both gain the identity', () => {
    const hand = storedCustomer('c-hand', { legalName: 'BIRCH AND SONS', accountNumber: '', books: null });
    const typed = storedInvoice('i-typed', '2001', { customerId: 'c-hand', books: null });
    const result = plan(book([birch], [bookInvoice(birch, '2001'), bookInvoice(birch, '2002')]), { customers: [hand], invoices: [typed] });
    expect(result.newCustomers).toEqual([]);
    expect(result.newInvoices.map((i) => [i.customerId, i.book.number])).toEqual([['c-hand', '2002']]);
    expect(result.unchangedCount).toBe(1);
    expect(result.writes?.customerIdentities).toEqual([{ customerId: 'c-hand', customerKey: birch.key }]);
    expect(result.writes?.invoiceIdentities).toEqual([{ invoiceId: 'i-typed', customerKey: birch.key, job: '' }]);
  });

  it('matches a hand-made customer by account number before name, and never one known to other books', () => {
    const byAccount = storedCustomer('c-acct', { legalName: 'Something Else', accountNumber: 'ac-1', books: null });
    const otherBooks = storedCustomer('c-xero', {
      legalName: 'Acme Hardware Ltd',
      accountNumber: '',
      books: { source: 'xero', customerKey: 'name:acme hardware ltd' },
    });
    const result = plan(book([acme], []), { customers: [otherBooks, byAccount] });
    expect(result.newCustomers).toEqual([]);
    expect(result.writes?.customerIdentities).toEqual([{ customerId: 'c-acct', customerKey: acme.key }]);
  });

  it('adds contact details where Call Desk has none and lists those that differ', () => {
    const withContacts = {
      ...acme,
      contacts: [bookContact({ name: 'Pat Lee', email: 'pat@acme.example', phones: [{ label: 'mobile', number: '415-555-0199' }] })],
      address: { line1: '1 Main St', line2: '', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
    };
    const empty = plan(book([withContacts], []), { customers: [storedCustomer('c-acme')] });
    expect(empty.contactDifferences).toEqual([]);
    expect(empty.writes?.detailsAdded).toEqual([
      { customerId: 'c-acme', contacts: withContacts.contacts, addToContact: null, address: withContacts.address },
    ]);
    expect(empty.changedCustomerIds).toEqual(['c-acme']);

    const edited: StoredContactForMatch = {
      id: 'k-1',
      customerId: 'c-acme',
      name: 'Sam Wu',
      phones: [{ number: '(415) 555-0100' }],
      emails: ['sam@acme.example'],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const customer = storedCustomer('c-acme', {
      addresses: [
        { label: 'billing', line1: '9 Elm Rd', line2: '', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
      ],
    });
    const differing = plan(book([withContacts], []), { customers: [customer], contacts: [edited] });
    expect(differing.contactDifferences.map((d) => [d.field, d.inCallDesk, d.inFile])).toEqual([
      ['contact name', 'Sam Wu', 'Pat Lee'],
      ['email', 'sam@acme.example', 'pat@acme.example'],
      ['phone', '(415) 555-0100', '415-555-0199'],
      ['address', '9 Elm Rd, Springfield, IL, 62701, US', '1 Main St, Springfield, IL, 62701, US'],
    ]);
    expect(differing.writes?.detailsAdded).toEqual([]);
    expect(differing.changedCustomerIds).toEqual([]);

    const same: StoredContactForMatch = {
      ...edited,
      name: 'PAT LEE',
      phones: [{ number: '+1 415 555 0199' }],
      emails: ['Pat@Acme.example'],
    };
    const sameAddress = storedCustomer('c-acme', {
      addresses: [
        { label: 'billing', line1: '1 Main St.', line2: '', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
      ],
    });
    expect(plan(book([withContacts], []), { customers: [sameAddress], contacts: [same] }).contactDifferences).toEqual([]);
  });

  it('lists credits per customer, never as invoices, and clears the ones a full list no longer has', () => {
    const result = plan(
      book([acme, birch], [bookInvoice(birch, '2001')], {
        credits: [bookCredit(acme), bookCredit(acme, { kind: 'unapplied-payment', reference: 'PMT-3', amountMinor: 40_00 })],
      }),
    );
    expect(result.credits.map((c) => [c.customerId, c.credit.kind, c.credit.amountMinor])).toEqual([
      ['id-1', 'credit-memo', 150_00],
      ['id-1', 'unapplied-payment', 40_00],
    ]);
    expect(result.newInvoices).toHaveLength(1);

    const stored = [
      storedCustomer('c-acme', {
        accountCredits: [
          { source: 'quickbooks-online', kind: 'credit-memo', reference: 'CM-7', date: null, amountMinor: 10_00, currency: 'USD' },
        ],
      }),
    ];
    expect(plan(book([acme], []), { customers: stored }, 'full').writes?.creditsClearedFor).toEqual(['c-acme']);
    expect(plan(book([acme], []), { customers: stored }, 'some').writes?.creditsClearedFor).toEqual([]);
  });

  it('keeps currencies apart: a currency change is a change without a payment', () => {
    const stored = {
      customers: [storedCustomer('c-acme')],
      invoices: [storedInvoice('i-1', '1001'), storedInvoice('i-2', '1002', { currency: 'CAD' })],
    };
    const result = plan(
      book(
        [acme],
        [
          bookInvoice(acme, '1001', { currency: 'EUR', balanceMinor: 100_00 }),
          bookInvoice(acme, '1002', { currency: 'CAD', balanceMinor: 200_00 }),
        ],
      ),
      stored,
    );
    expect(result.changedInvoices.map((c) => [c.number, c.currency, c.impliedPaymentMinor])).toEqual([
      ['1001', 'EUR', 0],
      ['1002', 'CAD', 1_000_00],
    ]);
  });

  it('skips a second row for the same invoice and an invoice of a customer the file does not list', () => {
    const result = plan(
      book([acme], [bookInvoice(acme, '1001'), bookInvoice(acme, '1001', { rowNumber: 7 }), bookInvoice(birch, '2001', { rowNumber: 8 })]),
    );
    expect(result.newInvoices).toHaveLength(1);
    expect(result.skipped.map((s) => s.rowNumber)).toEqual([7, 8]);
  });
});
