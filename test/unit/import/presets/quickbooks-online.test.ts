import { describe, expect, it } from 'vitest';
import { agingBucketFor, daysPastDue } from '../../../../shared/aging/aging';
import type { ParsedBook } from '../../../../shared/import/model';
import expected from '../../../fixtures/import/quickbooks-online/ar-aging-detail-expected.json';
import { balancesByCustomer, bookOf, customerNamed, invoiceNumbered, runBytes, runSample } from './parse-sample';
import { sampleBytes } from './sample-files';
import { xlsxFromCsvSample } from './xlsx-sample';

const week1 = 'quickbooks-online/ar-aging-detail-2026-11-23.csv';
const week2 = 'quickbooks-online/ar-aging-detail-2026-11-30.csv';
type Week = (typeof expected)['2026-11-23'];

function agingOn(book: ParsedBook, today: string): Record<string, number> {
  const buckets: Record<string, number> = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  for (const invoice of book.invoices) buckets[agingBucketFor(daysPastDue(invoice.dueDate, today))]! += invoice.balanceMinor;
  return buckets;
}

function expectBookMatches(book: ParsedBook, week: Week): void {
  expect(book.source).toBe('quickbooks-online');
  expect(book.skipped).toEqual([]);
  expect(book.invoices).toHaveLength(week.invoiceCount);
  expect(book.customers.map((c) => c.name).sort()).toEqual(week.customers.map((c) => c.name).sort());
  const balances = balancesByCustomer(book);
  for (const customer of week.customers) {
    const key = customerNamed(book, customer.name).key;
    expect(balances[customer.name], customer.name).toBe(customer.balanceMinor);
    expect(
      book.invoices
        .filter((i) => i.customerKey === key)
        .map((i) => i.number)
        .sort(),
      customer.name,
    ).toEqual(customer.invoices);
    expect(
      book.credits.filter((c) => c.customerKey === key).reduce((sum, c) => sum + c.amountMinor, 0),
      customer.name,
    ).toBe(customer.creditsMinor);
  }
  expect(book.totalChecks).toHaveLength(1);
  expect(book.totalChecks[0]).toMatchObject({
    fileTotal: { currency: 'USD', amountMinor: week.fileTotalMinor },
    readTotal: { currency: 'USD', amountMinor: week.fileTotalMinor },
    matches: true,
  });
  expect(agingOn(book, '2026-12-01')).toEqual(week['agingAt2026-12-01']);
}

describe('QuickBooks Online A/R Aging Detail, read whole', () => {
  it('reads every customer, invoice and credit of the first week, and its total agrees', () => {
    const run = runSample(week1);
    expect(run.preset.id).toBe('quickbooks-online-ar-aging-detail');
    expect(run.table.headerRowNumber).toBe(5);
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    expectBookMatches(run.result.book, expected['2026-11-23']);
    expect(run.result.book.totalChecks[0]?.rowNumber).toBe(37);
  });

  it('reads the next week the same way', () => {
    expectBookMatches(bookOf(week2), expected['2026-11-30']);
  });

  it('keeps the QuickBooks job on the invoice and the customer before the colon', () => {
    const book = bookOf(week1);
    const cedar = customerNamed(book, 'Cedar Ridge Landscaping');
    expect(cedar.key).toBe('name:cedar ridge landscaping');
    for (const [number, job] of Object.entries(expected['2026-11-23'].customers[2]!.jobs!)) {
      expect(invoiceNumbered(book, number)).toMatchObject({ customerKey: cedar.key, job });
    }
    expect(invoiceNumbered(book, '1041').job).toBe('');
  });

  it('reads a part-paid invoice with its amount and open balance, and dates month first', () => {
    const invoice = invoiceNumbered(bookOf(week1), '1035');
    expect(invoice).toMatchObject({
      amountMinor: 987_500,
      balanceMinor: 487_500,
      issueDate: '2026-10-19',
      dueDate: '2026-11-18',
      currency: 'USD',
      rowNumber: 15,
    });
  });

  it('shows the credit memo and the unapplied payment as credits, never as invoices', () => {
    const book = bookOf(week1);
    expect(book.invoices.map((i) => i.number)).not.toContain('1046');
    expect(book.invoices.every((i) => i.balanceMinor > 0)).toBe(true);
    const byKind = Object.fromEntries(book.credits.map((c) => [c.kind, c]));
    expect(byKind['credit-memo']).toMatchObject({
      reference: '1046',
      date: '2026-11-18',
      amountMinor: 15_000,
      rowNumber: 16,
      customerKey: customerNamed(book, 'Granite Peak Outfitters').key,
    });
    expect(byKind['unapplied-payment']).toMatchObject({
      reference: '',
      date: '2026-11-20',
      amountMinor: 50_000,
      rowNumber: 17,
      customerKey: customerNamed(book, 'Evergreen Property Management').key,
    });
  });

  it('the week between: two invoices paid, one part paid, three new and one new customer', () => {
    const before = bookOf(week1);
    const after = bookOf(week2);
    const numbers = (book: ParsedBook) => new Set(book.invoices.map((i) => i.number));
    const week = expected['2026-11-30'];
    expect([...numbers(before)].filter((n) => !numbers(after).has(n)).sort()).toEqual(week.paidSinceLastWeek);
    expect([...numbers(after)].filter((n) => !numbers(before).has(n)).sort()).toEqual(week.newInvoices);
    const customerNames = (book: ParsedBook) => new Set(book.customers.map((c) => c.name));
    expect([...customerNames(after)].filter((n) => !customerNames(before).has(n))).toEqual(week.newCustomers);
    const part = week.partPaidSinceLastWeek['1012'];
    expect(invoiceNumbered(before, '1012').balanceMinor).toBe(part.beforeMinor);
    expect(invoiceNumbered(after, '1012').balanceMinor).toBe(part.afterMinor);
    // Everything else is listed with the same figures both weeks.
    for (const invoice of after.invoices.filter((i) => numbers(before).has(i.number) && i.number !== '1012')) {
      const { rowNumber: _after, ...rest } = invoice;
      const { rowNumber: _before, ...was } = invoiceNumbered(before, invoice.number);
      expect(rest).toEqual(was);
    }
  });

  it('reads the Excel version (real date cells, numbers) exactly as the CSV', () => {
    const csv = bookOf(week2);
    const run = runBytes(xlsxFromCsvSample(week2), 'A_R Aging Detail.xlsx');
    expect(run.preset.id).toBe('quickbooks-online-ar-aging-detail');
    expect(run.table.rows.some((row) => row.cells.some((cell) => cell !== null && typeof cell === 'object'))).toBe(true);
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    expect(run.result.book.customers).toEqual(csv.customers);
    expect(run.result.book.invoices).toEqual(csv.invoices);
    expect(run.result.book.credits).toEqual(csv.credits);
    expect(run.result.book.totalChecks).toEqual(csv.totalChecks);
  });
});

describe('a QuickBooks Online report with a bad row', () => {
  const tampered = (from: string, to: string) => new TextEncoder().encode(new TextDecoder().decode(sampleBytes(week1)).replace(from, to));

  it('skips a row with an impossible date, with its row number and reason; the rest is read and the total no longer agrees', () => {
    const run = runBytes(tampered(',11/13/2026,10,', ',02/30/2026,10,'), 'A_R Aging Detail.csv');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    const book = run.result.book;
    expect(book.skipped).toEqual([{ rowNumber: 14, reason: expect.stringContaining('02/30/2026') }]);
    expect(book.invoices).toHaveLength(18);
    expect(book.invoices.map((i) => i.number)).not.toContain('1033');
    expect(book.totalChecks[0]).toMatchObject({
      fileTotal: { amountMinor: 3_717_645 },
      readTotal: { amountMinor: 3_717_645 - 312_000 },
      matches: false,
    });
  });

  it('a UK company’s report (day first) is read day first: the column proves it, not the preset', () => {
    const text = new TextDecoder().decode(sampleBytes(week1)).replace(/(\d{2})\/(\d{2})\/(\d{4})/g, '$2/$1/$3');
    const run = runBytes(new TextEncoder().encode(text), 'A_R Aging Detail.csv');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    expect(invoiceNumbered(run.result.book, '1035')).toMatchObject({ issueDate: '2026-10-19', dueDate: '2026-11-18' });
  });

  it('asks the date order when every date could be either, suggesting the preset’s month first', () => {
    const ambiguous =
      'Date,Transaction Type,Num,Customer,Due Date,Past Due,Amount,Open Balance\n11/02/2026,Invoice,1041,Acme Plumbing Supply,12/02/2026,,"1,850.00","1,850.00"\n';
    const run = runBytes(new TextEncoder().encode(ambiguous), 'aging.csv');
    expect(run.preset.dateOrder).toBe('mdy');
    expect(run.result).toEqual({
      ok: false,
      questions: [expect.objectContaining({ kind: 'date-order', column: 'Date', suggested: 'mdy' })],
    });
    const answered = runBytes(new TextEncoder().encode(ambiguous), 'aging.csv', { dateOrder: 'dmy' });
    expect(answered.result.ok && answered.result.book.invoices[0]?.issueDate).toBe('2026-02-11');
  });

  it('skips a row whose amount is not a number', () => {
    const run = runBytes(tampered('"9,875.00","4,875.00"', '"9,875.00",n/a'), 'A_R Aging Detail.csv');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    expect(run.result.book.skipped).toEqual([{ rowNumber: 15, reason: expect.stringContaining('n/a') }]);
  });
});

describe('other QuickBooks Online reports', () => {
  it('Open Invoices: the customer and job come from the group rows', () => {
    const book = bookOf('quickbooks-online/open-invoices.csv');
    expect(book.customers.map((c) => c.name)).toEqual([
      'Acme Plumbing Supply',
      'Cedar Ridge Landscaping',
      'Fulton Street Café',
      'Granite Peak Outfitters',
    ]);
    expect(invoiceNumbered(book, '1024')).toMatchObject({ job: 'Fall Planting', terms: 'Net 30', balanceMinor: 441_000 });
    expect(invoiceNumbered(book, '1044')).toMatchObject({ terms: 'Net 15', dueDate: '2026-11-27' });
    expect(book.credits).toEqual([expect.objectContaining({ kind: 'credit-memo', reference: '1046', amountMinor: 15_000 })]);
    expect(book.invoices).toHaveLength(10);
    expect(book.totalChecks).toEqual([
      {
        rowNumber: 27,
        fileTotal: { currency: 'USD', amountMinor: 1_502_145 },
        readTotal: { currency: 'USD', amountMinor: 1_502_145 },
        matches: true,
      },
    ]);
    expect(book.skipped).toEqual([]);
  });

  it('Invoice List: a paid invoice is read with nothing open, and the memo is kept', () => {
    const book = bookOf('quickbooks-online/invoice-list.csv');
    expect(invoiceNumbered(book, '1042')).toMatchObject({ amountMinor: 121_000, balanceMinor: 0 });
    expect(invoiceNumbered(book, '1045').description).toBe('Kennel panels, gate hardware');
    expect(book.readTotals).toEqual([{ currency: 'USD', amountMinor: 520_275 }]);
    expect(book.totalChecks[0]).toMatchObject({ rowNumber: 11, matches: true });
  });

  it('Customer Contact List: typed phone numbers from one cell, a job row adds no customer', () => {
    const book = bookOf('quickbooks-online/customer-contact-list.csv');
    expect(book.content).toBe('customers');
    expect(book.invoices).toEqual([]);
    expect(book.customers.map((c) => c.name)).toEqual([
      'Acme Plumbing Supply',
      'Birchwood Dental Group',
      'Cedar Ridge Landscaping',
      'Fulton Street Café',
      'Granite Peak Outfitters',
    ]);
    const acme = customerNamed(book, 'Acme Plumbing Supply');
    expect(acme.contacts).toEqual([
      {
        name: 'Dana Whitfield',
        email: 'ap@acmeplumbing.example',
        phones: [
          { label: 'office', number: '(415) 555-0134' },
          { label: 'mobile', number: '555-010-2233' },
        ],
      },
    ]);
    expect(customerNamed(book, 'Granite Peak Outfitters').contacts[0]?.phones.map((p) => p.label)).toEqual(['office', 'mobile', 'fax']);
    expect(customerNamed(book, 'Fulton Street Café').contacts[0]).toMatchObject({
      name: 'Élise Marchand',
      phones: [{ label: 'mobile', number: '(628) 555-0199' }],
    });
    expect(acme.address).toEqual({
      line1: '1420 Bryant St',
      line2: '',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94103',
      country: '',
    });
    expect(customerNamed(book, 'Birchwood Dental Group').address).toMatchObject({
      line1: '88 Grand Ave Suite 200',
      city: 'Oakland',
      postalCode: '94612',
    });
  });
});
