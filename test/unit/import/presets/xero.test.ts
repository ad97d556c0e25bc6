import { describe, expect, it } from 'vitest';
import { balancesByCustomer, bookOf, customerNamed, invoiceNumbered, runSample } from './parse-sample';

describe('Xero sales invoice export (one row per line)', () => {
  const uk = 'xero/sales-invoices-uk.csv';

  it('groups the lines of each invoice into one, with the invoice’s own figures', () => {
    const book = bookOf(uk, { defaultCurrency: 'GBP' });
    expect(book.invoices.map((i) => i.number)).toEqual(['INV-0412', 'INV-0415', 'INV-0418', 'INV-0409']);
    expect(invoiceNumbered(book, 'INV-0418')).toMatchObject({
      amountMinor: 30_650,
      balanceMinor: 30_650,
      description: 'Banner 2m; Design time (hours); Delivery',
      rowNumber: 5,
      currency: 'GBP',
    });
    expect(invoiceNumbered(book, 'INV-0412')).toMatchObject({
      poNumber: 'PO 7781',
      description: 'Business cards (500); Letterhead A4 (1000)',
    });
  });

  it('reads dates day first, proved by days above 12 (no question asked)', () => {
    const { result } = runSample(uk);
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(invoiceNumbered(result.book, 'INV-0412')).toMatchObject({ issueDate: '2026-10-14', dueDate: '2026-11-13' });
    expect(invoiceNumbered(result.book, 'INV-0409')).toMatchObject({ issueDate: '2026-10-02', dueDate: '2026-11-01' });
  });

  it('a part-paid invoice keeps what is due; a paid one has nothing open; a credit note is a credit', () => {
    const book = bookOf(uk);
    expect(invoiceNumbered(book, 'INV-0415')).toMatchObject({ amountMinor: 24_000, balanceMinor: 14_000 });
    expect(invoiceNumbered(book, 'INV-0409')).toMatchObject({ amountMinor: 15_000, balanceMinor: 0 });
    expect(book.credits).toEqual([
      expect.objectContaining({
        kind: 'credit-memo',
        reference: 'CN-0007',
        amountMinor: 3_600,
        currency: 'GBP',
        customerKey: customerNamed(book, 'Harrow & Finch Ltd').key,
      }),
    ]);
    expect(book.readTotals).toEqual([{ currency: 'GBP', amountMinor: 95_050 }]);
    expect(book.skipped).toEqual([]);
  });

  it('takes the contact’s e-mail and postal address, accents kept', () => {
    const book = bookOf(uk);
    expect(book.customers.map((c) => c.name)).toEqual(['Harrow & Finch Ltd', 'Mrs Zoë Clarke', 'Oakhill Primary School PTA']);
    const harrow = customerNamed(book, 'Harrow & Finch Ltd');
    expect(harrow.address).toEqual({
      line1: 'Unit 4, Mill Lane Trading Estate',
      line2: '',
      city: 'Reading',
      region: 'Berkshire',
      postalCode: 'RG1 8QT',
      country: 'GB',
    });
    expect(harrow.contacts.map((c) => c.email)).toContain('accounts@harrowfinch.example');
  });

  it('asks the date order when every date could be either, then keeps USD and CAD apart', () => {
    const file = 'xero/sales-invoices-usd-cad.csv';
    const { result } = runSample(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.questions).toEqual([expect.objectContaining({ kind: 'date-order', column: '*InvoiceDate' })]);

    const book = bookOf(file, { dateOrder: 'mdy' });
    expect(book.readTotals).toEqual([
      { currency: 'CAD', amountMinor: 390_000 },
      { currency: 'USD', amountMinor: 185_000 },
    ]);
    expect(invoiceNumbered(book, 'INV-2201')).toMatchObject({
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      amountMinor: 125_000,
      currency: 'USD',
    });
    expect(invoiceNumbered(book, 'INV-2203')).toMatchObject({ amountMinor: 95_000, balanceMinor: 50_000, currency: 'CAD' });
    expect(bookOf(file, { dateOrder: 'dmy' }).invoices[0]?.issueDate).toBe('2026-02-11');
  });
});

describe('Xero Aged Receivables Detail', () => {
  it('reads invoices under each contact, a negative credit-note row as a credit, and checks the total', () => {
    const run = runSample('xero/aged-receivables-detail.csv', { defaultCurrency: 'GBP' });
    expect(run.preset.id).toBe('xero-aged-receivables-detail');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    const book = run.result.book;
    expect(balancesByCustomer(book)).toEqual({ 'Harrow & Finch Ltd': 77_450, 'Kestrel Garden Centre': 168_210, 'Mrs Zoë Clarke': 14_000 });
    expect(invoiceNumbered(book, 'INV-0351')).toMatchObject({
      issueDate: '2026-07-14',
      dueDate: '2026-08-13',
      balanceMinor: 125_000,
      poNumber: 'Spring catalogue',
      currency: 'GBP',
    });
    expect(book.credits).toEqual([expect.objectContaining({ kind: 'negative-balance', reference: 'CN-0007', amountMinor: 3_600 })]);
    expect(book.totalChecks).toEqual([
      {
        rowNumber: 22,
        fileTotal: { currency: 'GBP', amountMinor: 259_660 },
        readTotal: { currency: 'GBP', amountMinor: 259_660 },
        matches: true,
      },
    ]);
    expect(book.skipped).toEqual([]);
  });
});

describe('Xero contacts export', () => {
  it('reads account numbers, the person, typed numbers and the postal address', () => {
    const book = bookOf('xero/contacts.csv');
    expect(book.content).toBe('customers');
    const harrow = customerNamed(book, 'Harrow & Finch Ltd');
    expect(harrow).toMatchObject({ key: 'acct:hf001', accountNumber: 'HF001' });
    expect(harrow.contacts).toEqual([
      {
        name: 'Gareth Finch',
        email: 'accounts@harrowfinch.example',
        phones: [
          { label: 'office', number: '0118 496 0321' },
          { label: 'mobile', number: '07700 900461' },
        ],
      },
    ]);
    expect(customerNamed(book, 'Mrs Zoë Clarke').key).toBe('name:mrs zoë clarke');
  });
});
