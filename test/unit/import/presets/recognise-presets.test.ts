import { describe, expect, it } from 'vitest';
import {
  importPresets,
  normaliseHeader,
  presetById,
  presetInterpretOptions,
  presetMapping,
  recognisePreset,
} from '../../../../shared/import/presets';
import { sampleRow } from './sample-files';

// Each sample, the row its header sits on (as a spreadsheet numbers it), and the preset it is.
const samples: { file: string; headerRow: number; preset: string; encoding?: string; delimiter?: string }[] = [
  { file: 'quickbooks-online/ar-aging-detail-2026-11-23.csv', headerRow: 5, preset: 'quickbooks-online-ar-aging-detail' },
  { file: 'quickbooks-online/ar-aging-detail-2026-11-30.csv', headerRow: 5, preset: 'quickbooks-online-ar-aging-detail' },
  { file: 'quickbooks-online/open-invoices.csv', headerRow: 5, preset: 'quickbooks-online-open-invoices' },
  { file: 'quickbooks-online/invoice-list.csv', headerRow: 5, preset: 'quickbooks-online-invoice-list' },
  { file: 'quickbooks-online/customer-contact-list.csv', headerRow: 5, preset: 'quickbooks-online-customer-contact-list' },
  { file: 'quickbooks-desktop/open-invoices.csv', headerRow: 4, preset: 'quickbooks-desktop-open-invoices', encoding: 'windows-1252' },
  { file: 'quickbooks-desktop/ar-aging-detail.csv', headerRow: 1, preset: 'quickbooks-desktop-ar-aging-detail', encoding: 'windows-1252' },
  {
    file: 'quickbooks-desktop/customers.iif',
    headerRow: 3,
    preset: 'quickbooks-desktop-iif-customers',
    encoding: 'windows-1252',
    delimiter: '\t',
  },
  { file: 'xero/sales-invoices-uk.csv', headerRow: 1, preset: 'xero-sales-invoices' },
  { file: 'xero/sales-invoices-usd-cad.csv', headerRow: 1, preset: 'xero-sales-invoices' },
  { file: 'xero/aged-receivables-detail.csv', headerRow: 6, preset: 'xero-aged-receivables-detail' },
  { file: 'xero/contacts.csv', headerRow: 1, preset: 'xero-contacts' },
  { file: 'sage-50/aged-debtors.csv', headerRow: 4, preset: 'sage-50-aged-debtors', encoding: 'windows-1252' },
  { file: 'freshbooks/invoices.csv', headerRow: 1, preset: 'freshbooks-invoices' },
  { file: 'freshbooks/clients.csv', headerRow: 1, preset: 'freshbooks-clients' },
  { file: 'wave/invoices.csv', headerRow: 1, preset: 'wave-invoices' },
  { file: 'wave/customers.csv', headerRow: 1, preset: 'wave-customers' },
  { file: 'zoho-books/invoices.csv', headerRow: 1, preset: 'zoho-books-invoices' },
  { file: 'zoho-books/customers.csv', headerRow: 1, preset: 'zoho-books-customers' },
  { file: 'myob/invoices.csv', headerRow: 1, preset: 'myob-invoices' },
  { file: 'myob/customer-cards.txt', headerRow: 1, preset: 'myob-customer-cards', encoding: 'windows-1252', delimiter: '\t' },
];

describe('recognising a known export by its header row', () => {
  it.each(samples)('$file is $preset', ({ file, headerRow, preset, encoding, delimiter }) => {
    const headers = sampleRow(file, headerRow, { encoding, delimiter });
    expect(recognisePreset(headers)?.preset.id).toBe(preset);
  });

  it('has a sample for every preset', () => {
    expect(new Set(samples.map((sample) => sample.preset))).toEqual(new Set(importPresets.map((preset) => preset.id)));
  });

  it('recognises no preset in a spreadsheet of its own columns, or in a title row', () => {
    expect(recognisePreset(sampleRow('generic/receivables.csv', 1))).toBeNull();
    expect(recognisePreset(sampleRow('quickbooks-online/ar-aging-detail-2026-11-23.csv', 2))).toBeNull();
    expect(recognisePreset([])).toBeNull();
  });

  it('does not take a header row that lacks a required column', () => {
    const headers = sampleRow('quickbooks-online/ar-aging-detail-2026-11-23.csv', 5).filter((h) => h !== 'Past Due');
    // Without "Past Due" it is no aging report, but still a QuickBooks Online report of open items…
    expect(recognisePreset(headers)?.preset.id).toBe('quickbooks-online-open-invoices');
    // …and without "Transaction Type" either, it has what the Invoice List asks for.
    expect(recognisePreset(headers.filter((h) => h !== 'Transaction Type'))?.preset.id).toBe('quickbooks-online-invoice-list');
    expect(recognisePreset(headers.filter((h) => h !== 'Open Balance'))).toBeNull();
  });

  it('reads header names whatever their case, spacing, Xero star or trailing colon', () => {
    expect(normaliseHeader('  *InvoiceNumber ')).toBe('invoicenumber');
    expect(normaliseHeader('Open   Balance:')).toBe('open balance');
    expect(normaliseHeader('\uFEFFP. O. #')).toBe('p. o. #');
    expect(normaliseHeader('Inv. No.')).toBe('inv. no');
    const shouted = ['DATE', 'TRANSACTION TYPE', 'NUM', 'CUSTOMER', 'DUE DATE', 'PAST DUE', 'AMOUNT', 'OPEN BALANCE:'];
    expect(recognisePreset(shouted)?.preset.id).toBe('quickbooks-online-ar-aging-detail');
  });

  it('recognises the newer QuickBooks Online column names', () => {
    const headers = ['', 'Date', 'Transaction type', 'Num', 'Customer full name', 'Due date', 'Past due', 'Amount', 'Open balance'];
    const found = recognisePreset(headers);
    expect(found?.preset.id).toBe('quickbooks-online-ar-aging-detail');
    expect(found && presetMapping(found.preset, headers).customer).toBe(4);
  });

  it('prefers the aging report to the open-invoice list it also satisfies, by score', () => {
    const headers = sampleRow('quickbooks-online/ar-aging-detail-2026-11-23.csv', 5);
    const found = recognisePreset(headers);
    // 6 required (×2) + customer and amount (optional).
    expect(found?.score).toBe(14);
  });
});

describe('which column holds what', () => {
  it('maps the QuickBooks Online aging columns, past the empty first column', () => {
    const headers = sampleRow('quickbooks-online/ar-aging-detail-2026-11-23.csv', 5);
    const found = recognisePreset(headers);
    expect(found && presetMapping(found.preset, headers)).toEqual({
      invoiceDate: 1,
      transactionType: 2,
      invoiceNumber: 3,
      customer: 4,
      dueDate: 5,
      amount: 7,
      openBalance: 8,
    });
  });

  it('maps the QuickBooks Desktop open invoices, whose customer comes from the group rows', () => {
    const headers = sampleRow('quickbooks-desktop/open-invoices.csv', 4, { encoding: 'windows-1252' });
    const found = recognisePreset(headers);
    expect(found && presetMapping(found.preset, headers)).toEqual({
      transactionType: 3,
      invoiceDate: 4,
      invoiceNumber: 5,
      poNumber: 6,
      terms: 7,
      dueDate: 8,
      openBalance: 10,
    });
  });

  it('maps every Xero invoice column the import uses', () => {
    const headers = sampleRow('xero/sales-invoices-uk.csv', 1);
    const found = recognisePreset(headers);
    expect(found && presetMapping(found.preset, headers)).toEqual({
      customer: 0,
      email: 1,
      address1: 2,
      address2: 3,
      city: 6,
      region: 7,
      postalCode: 8,
      country: 9,
      invoiceNumber: 10,
      poNumber: 11,
      invoiceDate: 12,
      dueDate: 13,
      amount: 14,
      amountPaid: 16,
      openBalance: 17,
      description: 19,
      lineAmount: 23,
      currency: 29,
      transactionType: 30,
    });
  });

  it('takes the first of two same-named columns (MYOB repeats its address columns)', () => {
    const headers = sampleRow('myob/customer-cards.txt', 1, { encoding: 'windows-1252', delimiter: '\t' });
    const found = recognisePreset(headers);
    const mapping = found ? presetMapping(found.preset, headers) : {};
    expect(headers[mapping.address2 ?? -1]).toBe('- Line 2');
    expect(mapping.address2).toBe(6);
    expect(mapping.city).toBe(9);
    expect(mapping.phone).toBe(13);
    expect(mapping.customerAccount).toBe(2);
  });

  it('prefers the organisation to the person for a FreshBooks client', () => {
    const headers = sampleRow('freshbooks/invoices.csv', 1);
    const found = recognisePreset(headers);
    const mapping = found ? presetMapping(found.preset, headers) : {};
    expect(mapping.customer).toBe(1);
    expect(mapping.contactName).toBe(0);
  });
});

describe('what a preset tells the interpretation', () => {
  const base = { defaultCurrency: 'USD', today: '2026-12-01' };

  it('QuickBooks Desktop open invoices: customer from the group rows; month first only as the suggestion', () => {
    const headers = sampleRow('quickbooks-desktop/open-invoices.csv', 4, { encoding: 'windows-1252' });
    const found = recognisePreset(headers);
    if (!found) throw new Error('not recognised');
    const options = presetInterpretOptions(found.preset, headers, base);
    expect(options).toMatchObject({ source: 'quickbooks-desktop', content: 'invoices', customerFromGroup: true });
    expect(found.preset.dateOrder).toBe('mdy');
    expect(options.dateOrder).toBeUndefined();
    expect(options.groupInvoiceLines).toBeUndefined();
    expect(options.defaultCurrency).toBe('USD');
    expect(options.today).toBe('2026-12-01');
  });

  it('Xero invoices: lines grouped, date order left to the column or the user', () => {
    const headers = sampleRow('xero/sales-invoices-usd-cad.csv', 1);
    const found = recognisePreset(headers);
    if (!found) throw new Error('not recognised');
    const options = presetInterpretOptions(found.preset, headers, base);
    expect(options).toMatchObject({ source: 'xero', groupInvoiceLines: true });
    expect(options.dateOrder).toBeUndefined();
    expect(options.customerFromGroup).toBeUndefined();
  });

  it('aging and open-invoice reports are full lists; exports that follow a filter are not', () => {
    const full = importPresets.filter((preset) => preset.fullListByDefault).map((preset) => preset.id);
    expect(full.sort()).toEqual([
      'quickbooks-desktop-ar-aging-detail',
      'quickbooks-desktop-open-invoices',
      'quickbooks-online-ar-aging-detail',
      'quickbooks-online-open-invoices',
      'sage-50-aged-debtors',
      'xero-aged-receivables-detail',
    ]);
  });

  it('each preset has its own id, found again by it (import history names the preset)', () => {
    expect(new Set(importPresets.map((preset) => preset.id)).size).toBe(importPresets.length);
    expect(presetById('xero-sales-invoices')?.name).toBe('Xero — Sales invoices export');
    expect(presetById('no-such-preset')).toBeUndefined();
  });

  it('every preset names its headers already normalised, and has a customer column or group rows', () => {
    for (const preset of importPresets) {
      const names = [...preset.requiredHeaders, ...(preset.optionalHeaders ?? []), ...Object.values(preset.columns).flat()];
      for (const name of names) expect(normaliseHeader(name), `${preset.id}: ${name}`).toBe(name);
      expect(preset.columns.customer?.length || preset.customerFromGroup, preset.id).toBeTruthy();
    }
  });
});
