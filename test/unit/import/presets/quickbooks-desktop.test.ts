import { describe, expect, it } from 'vitest';
import type { ParsedBook } from '../../../../shared/import/model';
import { balancesByCustomer, bookOf, customerNamed, invoiceNumbered, runSample } from './parse-sample';

const openInvoices = 'quickbooks-desktop/open-invoices.csv';
const agingDetail = 'quickbooks-desktop/ar-aging-detail.csv';

// Worked out by hand from the two reports (the same books on 27 November 2026).
const balances = {
  'Bergström Cabinetry': 477_550,
  'Château Brewing Co.': 1_675_000,
  'Núñez, Alejandro': 74_500,
  'Smith & Daughters Furniture': 135_025,
};

function expectSameBooks(book: ParsedBook): void {
  expect(book.source).toBe('quickbooks-desktop');
  expect(balancesByCustomer(book)).toEqual(balances);
  expect(book.invoices.map((i) => i.number).sort()).toEqual(['7042', '7088', '7095', '7101', '7109', '7115', '7120']);
  expect(book.credits.map(({ kind, reference, amountMinor, date }) => ({ kind, reference, amountMinor, date }))).toEqual(
    expect.arrayContaining([
      { kind: 'credit-memo', reference: '7112', amountMinor: 12_000, date: '2026-10-30' },
      { kind: 'unapplied-payment', reference: '4471', amountMinor: 100_000, date: '2026-11-20' },
    ]),
  );
  expect(book.credits).toHaveLength(2);
  expect(book.totalChecks).toEqual([expect.objectContaining({ fileTotal: { currency: 'USD', amountMinor: 2_362_075 }, matches: true })]);
  expect(book.skipped).toEqual([]);
}

describe('QuickBooks Desktop reports (Windows-1252, CRLF)', () => {
  it('Open Invoices: customers and jobs from the group rows, accents decoded', () => {
    const run = runSample(openInvoices);
    expect(run.preset.id).toBe('quickbooks-desktop-open-invoices');
    // The sample's bytes are Windows-1252, as QuickBooks Desktop writes: not valid UTF-8.
    expect(run.grid).toMatchObject({ encoding: 'windows-1252', encodingReason: 'fallback', delimiter: ',' });
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    const book = run.result.book;
    expectSameBooks(book);
    expect(invoiceNumbered(book, '7088')).toMatchObject({
      customerKey: customerNamed(book, 'Château Brewing Co.').key,
      job: 'Taproom Remodel',
      poNumber: 'CB-17',
      terms: '2% 10 Net 30',
      issueDate: '2026-09-14',
      dueDate: '2026-10-14',
      amountMinor: 1_260_000,
    });
    expect(invoiceNumbered(book, '7101').job).toBe('');
    expect(book.totalChecks[0]?.rowNumber).toBe(24);
  });

  it('A/R Aging Detail: the Name column says the customer and job; the same books as Open Invoices', () => {
    const run = runSample(agingDetail);
    expect(run.preset.id).toBe('quickbooks-desktop-ar-aging-detail');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    expectSameBooks(run.result.book);
    const open = bookOf(openInvoices);
    const strip = (book: ParsedBook) =>
      book.invoices.map(({ rowNumber: _row, ...invoice }) => invoice).sort((a, b) => a.number.localeCompare(b.number));
    expect(strip(run.result.book)).toEqual(strip(open));
  });

  it('Aging Detail rows sit under their aging section; the section never names the customer', () => {
    const { table, result } = runSample(agingDetail);
    const sectionOf = (number: string) => table.rows.find((row) => row.cells[3] === number)?.section;
    expect(sectionOf('7120')).toBe('Current');
    expect(sectionOf('7088')).toBe('31 - 60');
    expect(sectionOf('7042')).toBe('> 90');
    if (!result.ok) throw new Error('questions');
    // Under the "> 90" heading: still Smith & Daughters', from the Name column.
    expect(invoiceNumbered(result.book, '7042').customerKey).toBe(customerNamed(result.book, 'Smith & Daughters Furniture').key);
  });

  it('IIF customer list: contacts and addresses, keyed as the reports key the same customers', () => {
    const run = runSample('quickbooks-desktop/customers.iif');
    expect(run.preset.id).toBe('quickbooks-desktop-iif-customers');
    if (!run.result.ok) throw new Error(JSON.stringify(run.result.questions));
    const customers = run.result.book.customers;
    expect(customers.map((c) => c.name)).toEqual(['Bergström Cabinetry', 'Château Brewing Co.', 'Núñez, Alejandro']);
    const fromReport = bookOf(openInvoices).customers;
    for (const customer of customers) expect(fromReport.find((c) => c.name === customer.name)?.key, customer.name).toBe(customer.key);
    expect(customers[0]).toMatchObject({
      contacts: [
        {
          name: 'Ingrid Bergström',
          email: 'ap@bergstromcab.example',
          phones: [
            { label: 'office', number: '(231) 555-0147' },
            { label: 'mobile', number: '(231) 555-0190' },
          ],
        },
      ],
      address: { line1: '455 Harbor Blvd', line2: '', city: 'Traverse City', region: 'MI', postalCode: '49684' },
    });
    // The job line names no new customer.
    expect(customers[1]?.rowNumbers).toEqual([5, 6]);
  });
});
