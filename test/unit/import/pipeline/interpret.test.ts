import { describe, expect, it } from 'vitest';
import { autoMapColumns } from '../../../../shared/import/interpret/auto-map';
import { interpretTable } from '../../../../shared/import/interpret/interpret-table';
import { findReportTable } from '../../../../shared/import/layout/find-report-table';
import type { InterpretOptions, ParsedBook } from '../../../../shared/import/model';
import { gridOf } from './grid-of';
import { qbdOpenInvoicesCsv, qboAgingCsv, xeroInvoicesCsv } from './samples';

function read(csv: string, options: Partial<InterpretOptions> = {}) {
  const table = findReportTable(gridOf(csv));
  const result = interpretTable(table, {
    source: 'spreadsheet',
    content: 'invoices',
    mapping: autoMapColumns(table.headers),
    defaultCurrency: 'USD',
    today: '2026-11-24',
    ...options,
  });
  return { table, result };
}

function bookOf(csv: string, options: Partial<InterpretOptions> = {}): ParsedBook {
  const { result } = read(csv, options);
  if (!result.ok) throw new Error(`questions: ${JSON.stringify(result.questions)}`);
  return result.book;
}

describe('interpretTable: QuickBooks Online aging detail', () => {
  const book = bookOf(qboAgingCsv, { source: 'quickbooks-online' });

  it('reads open invoices with Customer:Job split and Windows-style names kept', () => {
    expect(
      book.invoices.map((i) => [i.number, i.customerKey, i.job, i.issueDate, i.dueDate, i.amountMinor, i.balanceMinor, i.currency]),
    ).toEqual([
      ['1045', 'name:acme ltd', '', '2026-11-20', '2026-12-20', 120000, 120000, 'USD'],
      ['1031', 'name:baker and sons', 'Kitchen remodel', '2026-10-15', '2026-11-14', 250000, 90000, 'USD'],
      ['0988', 'name:café zoë', '', '2026-07-02', '2026-08-01', 64050, 64050, 'USD'],
      ['0985', 'name:delta freight', '', '2026-06-30', '2026-07-30', 9999, 9999, 'USD'],
    ]);
    expect(book.customers.map((c) => [c.key, c.name, c.rowNumbers])).toEqual([
      ['name:acme ltd', 'Acme Ltd', [7, 8]],
      ['name:baker and sons', 'Baker & Sons', [11, 12]],
      ['name:café zoë', 'Café Zoë', [15]],
      ['name:delta freight', 'Delta Freight', [16]],
    ]);
  });

  it('turns credit memos and unapplied payments into credits, not negative invoices', () => {
    expect(book.credits).toEqual([
      {
        customerKey: 'name:acme ltd',
        kind: 'credit-memo',
        reference: 'CM-12',
        date: '2026-11-18',
        amountMinor: 15000,
        currency: 'USD',
        rowNumber: 8,
      },
      {
        customerKey: 'name:baker and sons',
        kind: 'unapplied-payment',
        reference: '',
        date: '2026-10-20',
        amountMinor: 7500,
        currency: 'USD',
        rowNumber: 12,
      },
    ]);
  });

  it('checks the TOTAL row against open balances less credits', () => {
    expect(book.readTotals).toEqual([{ currency: 'USD', amountMinor: 284049 }]);
    expect(book.totalChecks).toEqual([
      {
        rowNumber: 18,
        fileTotal: { currency: 'USD', amountMinor: 261549 },
        readTotal: { currency: 'USD', amountMinor: 261549 },
        matches: true,
      },
    ]);
    expect(book.skipped).toEqual([]);
  });

  it('shows a mismatch when a row cannot be read, and skips only that row', () => {
    const broken = qboAgingCsv.replace('07/02/2026,Invoice,0988', '07/32/2026,Invoice,0988');
    const other = bookOf(broken);
    expect(other.skipped).toEqual([{ rowNumber: 15, reason: 'The invoice date “07/32/2026” is not a real date.' }]);
    expect(other.invoices).toHaveLength(3);
    expect(other.totalChecks[0]).toMatchObject({ matches: false, readTotal: { amountMinor: 261549 - 64050 } });
  });
});

describe('interpretTable: QuickBooks Desktop grouped report', () => {
  it('takes the customer and job from the groups when no column names them', () => {
    const book = bookOf(qbdOpenInvoicesCsv, { source: 'quickbooks-desktop', customerFromGroup: true });
    expect(book.invoices.map((i) => [i.number, i.customerKey, i.job, i.balanceMinor, i.poNumber, i.terms])).toEqual([
      ['2201', 'name:acme ltd', '', 150000, 'PO-77', 'Net 30'],
      ['2150', 'name:acme ltd', '', 30000, '', 'Net 30'],
      ['2170', 'name:baker and sons', 'Kitchen remodel', 200000, '', 'Net 15'],
      ['2101', 'name:delta freight', '', 75000, '', 'Net 30'],
    ]);
    expect(book.credits).toEqual([expect.objectContaining({ customerKey: 'name:delta freight', kind: 'credit-memo', amountMinor: 25000 })]);
    expect(book.totalChecks).toEqual([
      expect.objectContaining({ rowNumber: 16, matches: true, fileTotal: { currency: 'USD', amountMinor: 430000 } }),
    ]);
  });
});

describe('interpretTable: Xero line items', () => {
  const options: Partial<InterpretOptions> = { source: 'xero', groupInvoiceLines: true, defaultCurrency: 'GBP' };

  it('groups lines into invoices, keeps each currency and sums them apart', () => {
    const book = bookOf(xeroInvoicesCsv, options);
    expect(
      book.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountMinor, i.balanceMinor, i.currency, i.description, i.poNumber]),
    ).toEqual([
      ['INV-0101', '2026-11-03', '2026-12-03', 36000, 30000, 'GBP', 'Consulting; Travel', 'PO 5'],
      ['INV-0102', '2026-11-15', '2026-12-15', 50000, 50000, 'NZD', 'Design work', ''],
    ]);
    expect(book.credits).toEqual([
      expect.objectContaining({ kind: 'credit-memo', reference: 'CN-0007', amountMinor: 4500, currency: 'GBP' }),
    ]);
    expect(book.readTotals).toEqual([
      { currency: 'GBP', amountMinor: 30000 },
      { currency: 'NZD', amountMinor: 50000 },
    ]);
    expect(book.skipped).toEqual([{ rowNumber: 5, reason: 'The invoice date “31/02/2026” is not a real date.' }]);
  });

  it('reads contacts and addresses with a country code', () => {
    const book = bookOf(xeroInvoicesCsv, options);
    const acme = book.customers.find((c) => c.name === 'Acme Ltd')!;
    expect(acme.contacts).toEqual([{ name: '', email: 'accounts@acme.example', phones: [] }]);
    expect(acme.address).toEqual({ line1: '1 Dock Road', line2: '', city: 'London', region: '', postalCode: 'E1 7AA', country: 'GB' });
    expect(book.customers.find((c) => c.name === 'Kiwi Traders')!.address?.country).toBe('NZ');
    expect(book.customers.map((c) => c.name)).toEqual(['Acme Ltd', 'Kiwi Traders']);
  });

  it('sums line amounts when the file has no invoice total', () => {
    const noTotals = xeroInvoicesCsv.replace(',Total,InvoiceAmountPaid,InvoiceAmountDue,', ',Gone1,Gone2,Gone3,');
    const book = bookOf(noTotals, options);
    expect(book.invoices[0]).toMatchObject({ number: 'INV-0101', amountMinor: 36000, balanceMinor: 36000 });
  });
});

describe('interpretTable: rules and questions', () => {
  it('asks for the date order when every date could be read both ways, and reads with the answer', () => {
    const csv =
      'Customer,Invoice No,Invoice Date,Due Date,Amount\nAcme,1,03/04/2026,05/06/2026,10.00\nBeta,2,01/02/2026,02/03/2026,20.00\n';
    expect(read(csv).result).toEqual({
      ok: false,
      questions: [
        { kind: 'date-order', column: 'Invoice Date', samples: ['03/04/2026', '05/06/2026', '01/02/2026', '02/03/2026'], suggested: 'mdy' },
      ],
    });
    const book = bookOf(csv, { dateOrder: 'dmy' });
    expect(book.invoices[0]).toMatchObject({ issueDate: '2026-04-03', dueDate: '2026-06-05' });
  });

  it('lets the column prove the order over a preset, and skips the rows that contradict it', () => {
    const csv = 'Customer,Invoice No,Date,Amount\nAcme,1,25/04/2026,10.00\nBeta,2,26/04/2026,20.00\nGamma,3,04/27/2026,30.00\n';
    const book = bookOf(csv, { dateOrder: 'mdy' });
    expect(book.invoices.map((i) => i.issueDate)).toEqual(['2026-04-25', '2026-04-26']);
    expect(book.skipped).toEqual([{ rowNumber: 4, reason: 'The invoice date “04/27/2026” is not a real date.' }]);
  });

  it('asks for fields nothing maps before reading anything', () => {
    const { result } = read('Who,When,How much\nAcme,2026-01-01,5\n');
    expect(result).toEqual({ ok: false, questions: [{ kind: 'missing-field', fields: ['customer', 'invoiceNumber', 'amount'] }] });
  });

  it('works out balances from amount and paid, fills a missing date from the other, and skips bad rows with reasons', () => {
    const csv = [
      'Client,Invoice #,Type,Date,Due Date,Invoice Total,Paid',
      'Acme,A-1,Invoice,2026-10-01,,500.00,200.00',
      'Acme,A-2,Invoice,,2026-11-01,80.00,',
      'Acme,A-1,Invoice,2026-10-01,,500.00,',
      'Acme,A-3,Estimate,2026-10-01,,90.00,',
      'Acme,,Invoice,2026-10-01,,90.00,',
      ',A-4,Invoice,2026-10-01,,90.00,',
      'Acme,A-5,Invoice,2026-10-01,,12.3.4,',
      'Acme,A-6,Invoice,2026-10-01,,100.00,150.00',
      'Acme,A-7,,2026-10-02,,,',
    ].join('\n');
    const book = bookOf(csv);
    expect(book.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountMinor, i.balanceMinor])).toEqual([
      ['A-1', '2026-10-01', '2026-10-01', 50000, 30000],
      ['A-2', '2026-11-01', '2026-11-01', 8000, 8000],
    ]);
    expect(book.skipped).toEqual([
      { rowNumber: 4, reason: 'Invoice A-1 is listed again (first on row 2); only the first is imported.' },
      { rowNumber: 5, reason: 'A “Estimate” is neither an invoice nor a credit, so it is left out.' },
      { rowNumber: 6, reason: 'The invoice has no number.' },
      { rowNumber: 7, reason: 'The row names no customer.' },
      { rowNumber: 8, reason: 'The amount “12.3.4” is not an amount.' },
      { rowNumber: 10, reason: 'The row has no amount and no open balance.' },
    ]);
    expect(book.credits).toEqual([expect.objectContaining({ kind: 'negative-balance', amountMinor: 5000, rowNumber: 9 })]);
    expect(book.totalChecks).toEqual([]);
  });

  it('splits Customer:Job only for QuickBooks and spreadsheets; elsewhere the colon is part of the name', () => {
    const csv = 'Customer,Invoice Number,Date,Amount\nStudio: North,1,2026-01-01,10.00\n';
    expect(bookOf(csv, { source: 'xero' }).customers[0]).toMatchObject({ name: 'Studio: North', key: 'name:studio north' });
    expect(bookOf(csv, { source: 'xero' }).invoices[0]!.job).toBe('');
    expect(bookOf(csv, { source: 'quickbooks-online' }).invoices[0]).toMatchObject({ customerKey: 'name:studio', job: 'North' });
  });

  it('leaves out drafts and voided invoices a Status column marks', () => {
    const csv =
      'Customer,Invoice Number,Date,Amount,Status\nAcme,1,2026-01-01,10.00,Awaiting Payment\nAcme,2,2026-01-02,20.00,Draft\nAcme,3,2026-01-03,30.00,VOIDED\n';
    const book = bookOf(csv);
    expect(book.invoices.map((i) => i.number)).toEqual(['1']);
    expect(book.skipped).toEqual([
      { rowNumber: 3, reason: 'Invoice 2 is marked “Draft” in the books, so it is left out.' },
      { rowNumber: 4, reason: 'Invoice 3 is marked “VOIDED” in the books, so it is left out.' },
    ]);
  });

  it('keys customers by account number first, and reads a contact list without invoices', () => {
    const csv = [
      'Customer,Account No,Contact Name,Email,Phone,Mobile,Street,City,State,Zip,Country',
      'Acme Ltd,C-1,Jo Park,jo@acme.example,Phone: (415) 555-0134 Fax: (415) 555-0135,415-555-0199,1 Main St,Springfield,IL,62701,USA',
      'ACME LTD.,C-1,Jo Park,,415 555 0134,,,,,,',
      'Beta Co,,Sam Lee; ,sam@beta.example; ap@beta.example,,,,,,,',
    ].join('\n');
    const book = bookOf(csv, { content: 'customers' });
    expect(book.invoices).toEqual([]);
    expect(book.customers).toEqual([
      {
        key: 'acct:c-1',
        name: 'Acme Ltd',
        accountNumber: 'C-1',
        contacts: [
          {
            name: 'Jo Park',
            email: 'jo@acme.example',
            phones: [
              { label: 'office', number: '(415) 555-0134' },
              { label: 'fax', number: '(415) 555-0135' },
              { label: 'mobile', number: '415-555-0199' },
            ],
          },
        ],
        address: { line1: '1 Main St', line2: '', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
        rowNumbers: [2, 3],
      },
      expect.objectContaining({ key: 'name:beta co', contacts: [{ name: 'Sam Lee;', email: 'sam@beta.example', phones: [] }] }),
    ]);
  });

  it('never adds totals across currencies: a total in one currency is checked against that currency alone', () => {
    const csv = 'Customer,Num,Date,Open Balance,Currency\nAcme,1,2026-01-01,100.00,USD\nBeta,2,2026-01-01,50.00,EUR\nTOTAL,,,100.00,\n';
    const book = bookOf(csv);
    expect(book.readTotals).toEqual([
      { currency: 'EUR', amountMinor: 5000 },
      { currency: 'USD', amountMinor: 10000 },
    ]);
    expect(book.totalChecks).toEqual([expect.objectContaining({ fileTotal: { currency: 'USD', amountMinor: 10000 }, matches: true })]);
  });
});

describe('interpretTable: QuickBooks Desktop IIF customer list', () => {
  it('maps the IIF names and reads the BADDR lines as one address, less the addressee', () => {
    const rows = [
      ['NAME', 'REFNUM', 'BADDR1', 'BADDR2', 'BADDR3', 'PHONE1', 'EMAIL', 'CONT1', 'TERMS'],
      [
        'Café Lumière',
        '12',
        'Café Lumière',
        '14 Green St',
        'San Francisco, CA 94103',
        'Phone: (415) 555-0134',
        'billing@lumiere.example',
        'Anne Roux',
        'Net 30',
      ],
      ['Smith, John:Kitchen remodel', '13', '22 Oak Ave', 'Oakland CA 94612', '', '555-010-2233', '', 'John Smith', 'Net 15'],
    ];
    const table = findReportTable({ format: 'iif', rows });
    const mapping = autoMapColumns(table.headers);
    expect(mapping).toEqual({ customer: 0, contactName: 7, email: 6, phone: 5, terms: 8, address1: 2 });
    const result = interpretTable(table, {
      source: 'quickbooks-desktop',
      content: 'customers',
      mapping,
      defaultCurrency: 'USD',
      today: '2026-11-24',
    });
    if (!result.ok) throw new Error('questions');
    expect(result.book.customers).toEqual([
      {
        key: 'name:café lumière',
        name: 'Café Lumière',
        accountNumber: '',
        contacts: [{ name: 'Anne Roux', email: 'billing@lumiere.example', phones: [{ label: 'office', number: '(415) 555-0134' }] }],
        address: { line1: '14 Green St', line2: '', city: 'San Francisco', region: 'CA', postalCode: '94103', country: '' },
        rowNumbers: [2],
      },
      {
        key: 'name:smith john',
        name: 'Smith, John',
        accountNumber: '',
        contacts: [{ name: 'John Smith', email: '', phones: [{ label: 'office', number: '555-010-2233' }] }],
        address: { line1: '22 Oak Ave', line2: '', city: 'Oakland', region: 'CA', postalCode: '94612', country: '' },
        rowNumbers: [3],
      },
    ]);
  });
});

describe('interpretTable: a workbook with real date cells and numbers', () => {
  it('reads date cells, serial numbers and float amounts without drift, and checks the total', () => {
    const rows = [
      ['Harbor Light Bookkeeping'],
      ['A/R Aging Detail'],
      [],
      [null, 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'],
      [null, { date: '2026-11-20' }, 'Invoice', 1045, 'Acme Ltd', { date: '2026-12-20' }, 1200.1, 1200.1],
      [null, 46310, 'Invoice', 1031, 'Baker & Sons', 46340, 2500, 900.2],
      [null, { date: '2026-11-18' }, 'Credit Memo', 'CM-12', 'Acme Ltd', { date: '2026-11-18' }, -150.3, -150.3],
      ['TOTAL', null, null, null, null, null, 3549.8, 1950],
    ];
    const table = findReportTable({ format: 'xlsx', rows, sheet: 'Sheet1', sheetNames: ['Sheet1'] });
    const result = interpretTable(table, {
      source: 'quickbooks-online',
      content: 'invoices',
      mapping: autoMapColumns(table.headers),
      defaultCurrency: 'USD',
      today: '2026-11-24',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    expect(result.book.invoices.map((i) => [i.number, i.issueDate, i.dueDate, i.amountMinor, i.balanceMinor])).toEqual([
      ['1045', '2026-11-20', '2026-12-20', 120010, 120010],
      ['1031', '2026-10-15', '2026-11-14', 250000, 90020],
    ]);
    expect(result.book.credits).toEqual([expect.objectContaining({ reference: 'CM-12', amountMinor: 15030 })]);
    expect(result.book.totalChecks).toEqual([
      expect.objectContaining({ rowNumber: 8, matches: true, fileTotal: { currency: 'USD', amountMinor: 195000 } }),
    ]);
  });
});
