// Every sample export (test/fixtures/import, written for the preset tests) read end to end:
// nothing skipped, and the file's own grand total equal to what was read.
import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../../../shared/import/interpret/auto-map';
import { interpretTable } from '../../../../shared/import/interpret/interpret-table';
import { findReportTable } from '../../../../shared/import/layout/find-report-table';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import { runSample } from '../presets/parse-sample';
import { sampleBytes } from '../presets/sample-files';

const withGrandTotal = [
  'quickbooks-online/ar-aging-detail-2026-11-23.csv',
  'quickbooks-online/ar-aging-detail-2026-11-30.csv',
  'quickbooks-online/open-invoices.csv',
  'quickbooks-online/invoice-list.csv',
  'quickbooks-desktop/open-invoices.csv',
  'quickbooks-desktop/ar-aging-detail.csv',
  'xero/aged-receivables-detail.csv',
  'sage-50/aged-debtors.csv',
];
const withoutTotal = [
  'quickbooks-online/customer-contact-list.csv',
  'xero/sales-invoices-uk.csv',
  'xero/contacts.csv',
  'freshbooks/invoices.csv',
  'freshbooks/clients.csv',
  'wave/invoices.csv',
  'wave/customers.csv',
  'zoho-books/invoices.csv',
  'zoho-books/customers.csv',
  'myob/invoices.csv',
  'myob/customer-cards.txt',
];

describe('sample exports through layout and interpretation', () => {
  it.each(withGrandTotal)('%s: reads every row and matches the file’s grand total', (path) => {
    const { result } = runSample(path);
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(result.book.skipped).toEqual([]);
    expect(result.book.totalChecks).toHaveLength(1);
    expect(result.book.totalChecks[0]!.matches).toBe(true);
  });

  it.each(withoutTotal)('%s: reads every row', (path) => {
    const { result } = runSample(path);
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(result.book.skipped).toEqual([]);
    expect(result.book.customers.length).toBeGreaterThan(0);
    expect(result.book.totalChecks).toEqual([]);
  });

  it('reads the QuickBooks contact list’s typed phones and whole-address cells', () => {
    const { result } = runSample('quickbooks-online/customer-contact-list.csv');
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    const granite = result.book.customers.find((c) => c.name === 'Granite Peak Outfitters')!;
    expect(granite.contacts).toEqual([
      {
        name: 'Marcus Lee',
        email: 'accounts@granitepeak.example',
        phones: [
          { label: 'office', number: '916-555-0142' },
          { label: 'mobile', number: '916-555-0177' },
          { label: 'fax', number: '916-555-0143' },
        ],
      },
    ]);
    expect(granite.address).toEqual({ line1: '2200 J St', line2: '', city: 'Sacramento', region: 'CA', postalCode: '95816', country: '' });
    const cedar = result.book.customers.find((c) => c.name === 'Cedar Ridge Landscaping')!;
    expect(cedar.rowNumbers).toEqual([8, 9]);
    expect(result.book.customers).toHaveLength(5);
  });

  it('asks the date order for the Xero file whose every date could be either, then reads it', () => {
    expect(runSample('xero/sales-invoices-usd-cad.csv').result).toMatchObject({
      ok: false,
      questions: [{ kind: 'date-order', column: '*InvoiceDate' }],
    });
    const { result } = runSample('xero/sales-invoices-usd-cad.csv', { dateOrder: 'mdy' });
    expect(result.ok && result.book.readTotals.map((t) => t.currency)).toEqual(['CAD', 'USD']);
  });

  it('maps a spreadsheet no preset knows by its header names alone', () => {
    const table = findReportTable(readImportFile(sampleBytes('generic/receivables.csv'), 'receivables.csv'));
    const mapping = autoMapColumns(table.headers);
    expect(mapping).toEqual({ customer: 0, invoiceNumber: 1, invoiceDate: 2, dueDate: 3, openBalance: 4, email: 5 });
    const result = interpretTable(table, {
      source: 'spreadsheet',
      content: 'invoices',
      mapping,
      defaultCurrency: 'USD',
      today: '2026-12-01',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(result.book.invoices.map((i) => [i.number, i.balanceMinor])).toEqual([
      ['A-1001', 105000],
      ['A-1004', 320000],
    ]);
    expect(result.book.customers[0]!.contacts).toEqual([{ name: '', email: 'owner@blueheron.example', phones: [] }]);
  });
});
