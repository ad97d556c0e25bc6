import { describe, expect, it } from 'vitest';
import { interpretTable } from '../../../../shared/import/interpret/interpret-table';
import { autoMapColumns } from '../../../../shared/import/interpret/auto-map';
import { findReportTable } from '../../../../shared/import/layout/find-report-table';
import { presetHeaderNames, recognisePreset } from '../../../../shared/import/presets';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import { bookOf, customerNamed, invoiceNumbered, runSample } from './parse-sample';
import { sampleBytes } from './sample-files';

describe('FreshBooks', () => {
  it('invoices: the organisation is the customer, currencies apart, a paid invoice has nothing open', () => {
    const book = bookOf('freshbooks/invoices.csv');
    expect(book.customers.map((c) => c.name)).toEqual(['Blake Yoga Studio', 'Shah Architecture', 'Tremblay Média']);
    expect(invoiceNumbered(book, '0000135')).toMatchObject({
      amountMinor: 475_000,
      balanceMinor: 275_000,
      issueDate: '2026-10-15',
      dueDate: '2026-11-14',
      poNumber: 'SA-2026-19',
    });
    expect(invoiceNumbered(book, '0000127').balanceMinor).toBe(0);
    expect(book.readTotals).toEqual([
      { currency: 'CAD', amountMinor: 210_000 },
      { currency: 'USD', amountMinor: 433_000 },
    ]);
    expect(customerNamed(book, 'Shah Architecture').contacts[0]).toMatchObject({ name: 'Priya Shah', email: 'accounts@shaharch.example' });
  });

  it('clients: the person, both numbers and the address', () => {
    const book = bookOf('freshbooks/clients.csv');
    const tremblay = customerNamed(book, 'Tremblay Média');
    expect(tremblay.contacts[0]).toMatchObject({ name: 'Luc Tremblay', phones: [{ label: 'office', number: '(514) 555-0123' }] });
    expect(tremblay.address).toMatchObject({ city: 'Montréal', region: 'Québec', postalCode: 'H3G 1P1', country: 'CA' });
    expect(customerNamed(book, 'Blake Yoga Studio').contacts[0]?.phones.map((p) => p.label)).toEqual(['office', 'mobile']);
  });
});

describe('Wave', () => {
  it('invoices: amount due is the open balance', () => {
    const book = bookOf('wave/invoices.csv');
    expect(invoiceNumbered(book, 'INV-0091')).toMatchObject({
      amountMinor: 248_000,
      balanceMinor: 148_000,
      poNumber: 'PO-2231',
      dueDate: '2026-11-29',
    });
    expect(invoiceNumbered(book, 'INV-0082').balanceMinor).toBe(0);
    expect(book.readTotals).toEqual([{ currency: 'USD', amountMinor: 233_550 }]);
  });

  it('customers: account numbers make the match key', () => {
    const book = bookOf('wave/customers.csv');
    expect(book.customers.map((c) => c.key)).toEqual(['acct:rb-01', 'acct:sp-02']);
    expect(customerNamed(book, 'Summit Physio').address).toMatchObject({
      line1: '95 NW 23rd Ave',
      line2: 'Suite 4',
      city: 'Portland',
      country: 'US',
    });
  });
});

describe('Zoho Books', () => {
  it('invoices: line rows grouped per invoice, figures in the file’s currency, customer id as account', () => {
    const book = bookOf('zoho-books/invoices.csv');
    expect(book.invoices.map((i) => i.number)).toEqual(['INV-000112', 'INV-000118', 'INV-000121']);
    expect(invoiceNumbered(book, 'INV-000112')).toMatchObject({
      amountMinor: 3_481_000,
      balanceMinor: 3_481_000,
      currency: 'INR',
      poNumber: 'KT/PO/311',
      terms: 'Net 30',
      description: 'Combed cotton yarn (kg); Reactive dyeing (one lot)',
    });
    expect(invoiceNumbered(book, 'INV-000118')).toMatchObject({ amountMinor: 1_416_000, balanceMinor: 416_000 });
    expect(book.customers.map((c) => c.key)).toEqual(['acct:1893000000042', 'acct:1893000000057']);
  });

  it('customers: the same account key as their invoices', () => {
    const customers = bookOf('zoho-books/customers.csv').customers;
    const invoiceCustomers = bookOf('zoho-books/invoices.csv').customers;
    expect(customers.map((c) => c.key)).toEqual(invoiceCustomers.map((c) => c.key));
    expect(customers[0]?.contacts[0]).toMatchObject({ name: 'Arun Subramanian', email: 'accounts@kaveritex.example' });
  });
});

describe('MYOB', () => {
  it('invoices: dates day first (1-digit days too), in the office currency', () => {
    const book = bookOf('myob/invoices.csv', { defaultCurrency: 'AUD' });
    expect(invoiceNumbered(book, '00000419')).toMatchObject({
      issueDate: '2026-11-02',
      dueDate: '2026-12-02',
      amountMinor: 556_650,
      balanceMinor: 256_650,
      currency: 'AUD',
    });
    expect(invoiceNumbered(book, '00000412').poNumber).toBe('WG-55');
  });

  it('customer cards: tab separated Windows-1252, the first address of the two', () => {
    const book = bookOf('myob/customer-cards.txt');
    const wattle = customerNamed(book, 'Wattle & Gum Cafe');
    expect(wattle).toMatchObject({ key: 'acct:cus000101', accountNumber: 'CUS000101' });
    expect(wattle.address).toMatchObject({ line1: '18 Beach Rd', city: 'Byron Bay', region: 'NSW', postalCode: '2481', country: 'AU' });
    expect(wattle.contacts[0]).toMatchObject({ name: 'Renée Walsh', email: 'hello@wattlegum.example' });
    expect(customerNamed(book, 'Coastal Electrical Pty Ltd').address).toMatchObject({ line1: 'Unit 3', line2: '40 Industrial Dr' });
    expect(customerNamed(book, 'Muñoz').contacts[0]?.phones).toEqual([{ label: 'mobile', number: '0433 555 102' }]);
  });
});

describe('a spreadsheet no preset knows', () => {
  it('is not taken for a preset, and reads through the generic column mapping', () => {
    const grid = readImportFile(sampleBytes('generic/receivables.csv'), 'receivables.csv');
    const table = findReportTable(grid, presetHeaderNames);
    expect(recognisePreset(table.headers)).toBeNull();
    const result = interpretTable(table, {
      source: 'spreadsheet',
      content: 'invoices',
      mapping: autoMapColumns(table.headers),
      defaultCurrency: 'USD',
      today: '2026-12-01',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(result.book.invoices.map((i) => [i.number, i.balanceMinor, i.dueDate])).toEqual([
      ['A-1001', 105_000, '2026-11-01'],
      ['A-1004', 320_000, '2026-11-19'],
    ]);
  });

  it('a preset sample read as a generic file still gives the same invoices (the preset adds meaning, not luck)', () => {
    const run = runSample('wave/invoices.csv');
    const generic = interpretTable(run.table, {
      source: 'wave',
      content: 'invoices',
      mapping: autoMapColumns(run.table.headers),
      defaultCurrency: 'USD',
      today: '2026-12-01',
    });
    if (!run.result.ok || !generic.ok) throw new Error('questions');
    expect(generic.book.invoices.map((i) => i.number)).toEqual(run.result.book.invoices.map((i) => i.number));
  });
});
