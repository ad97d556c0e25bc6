// @vitest-environment jsdom
// An account billed in two currencies: every printed and exported figure keeps them apart.
import { parse as parseCsv } from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AccountFile } from '../../../shared/export/account-file';
import { accountFigures } from '../../../shared/export/account-figures';
import { agencyPacketHtml } from '../../../shared/export/agency-packet';
import { utf8Bom } from '../../../shared/export/csv';
import { customersCsv } from '../../../shared/export/csv-accounts';
import { customerStatementHtml } from '../../../shared/export/customer-statement';
import { generatedAt, harborPointFile, settings, today } from './harbor-point.fixture';

/** Harbor Point (USD 4,027.15 owed) with a Canadian invoice: CA$500.00 billed, CA$200.00 paid, CA$300.00 owed. */
function mixedFile(): AccountFile {
  const file = harborPointFile();
  const customerId = file.customer.id;
  const t = '2025-01-05T17:00:00.000Z';
  file.invoices.push({
    id: 'cad-invoice',
    customerId,
    number: 'CA-2001',
    issueDate: '2024-12-01',
    dueDate: '2024-12-31',
    sentOn: null,
    amountMinor: 500_00,
    currency: 'CAD',
    delivered: 'Compressor service, Vancouver clinic',
    poNumber: '',
    terms: 'Net 30',
    balanceMinor: 300_00,
    status: 'open',
    createdAt: t,
    updatedAt: t,
  });
  file.payments.push({
    id: 'cad-payment',
    customerId,
    receivedOn: '2025-01-20',
    amountMinor: 200_00,
    currency: 'CAD',
    method: 'cheque',
    reference: 'CHQ 77',
    allocations: [{ invoiceId: 'cad-invoice', amountMinor: 200_00 }],
    createdAt: '2025-01-20T18:00:00.000Z',
  });
  return file;
}

// What a sum across the currencies would print: it must appear nowhere.
const summed = ['4,327.15', '4327.15'];
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const text = (html: string) => parse(html).body.textContent ?? '';

describe('figures of an account in two currencies', () => {
  it('keeps one set of figures per currency, the larger debt first', () => {
    const f = accountFigures(mixedFile(), settings, generatedAt);
    expect(f.byCurrency.map((c) => [c.currency, c.aging.totalDueMinor, c.originalOpenMinor, c.paidOnOpenMinor])).toEqual([
      ['USD', 4_027_15, 4_827_15, 800_00],
      ['CAD', 300_00, 500_00, 200_00],
    ]);
    expect(f.openInvoiceCount).toBe(5);
    expect(f.paymentTotals.find((p) => p.currency === 'CAD')).toEqual({ currency: 'CAD', amountMinor: 200_00 });
  });
});

describe('agency packet of an account in two currencies', () => {
  const html = agencyPacketHtml({
    file: mixedFile(),
    settings,
    generatedAt,
    attachments: [],
    placement: { agencyName: 'Pacific Recovery Partners', placedOn: today },
  });
  const doc = parse(html);

  it('prints both totals, each in its own currency, and never their sum', () => {
    const figures = doc.querySelector('.figures')?.textContent ?? '';
    expect(figures).toContain('$4,027.15');
    expect(figures).toContain('CA$300.00');
    for (const sum of summed) expect(html).not.toContain(sum);
  });

  it('ages each currency on its own row and totals the ledger and payments per currency', () => {
    const aging = [...doc.querySelectorAll('#invoices table.aging tbody tr')].map((r) => r.textContent ?? '');
    expect(aging).toHaveLength(2);
    expect(aging[0]).toMatch(/^USD.*\$4,027\.15$/);
    expect(aging[1]).toMatch(/^CAD.*CA\$300\.00$/);
    const ledgerTotals = doc.querySelector('table.ledger tr.totals')?.textContent ?? '';
    expect(ledgerTotals).toContain('CA$500.00');
    expect(ledgerTotals).toContain('CA$300.00');
    const paymentTotals = doc.querySelector('table.payments tr.totals')?.textContent ?? '';
    expect(paymentTotals).toContain('CA$200.00');
    const usdPaid = mixedFile()
      .payments.filter((p) => p.currency === 'USD')
      .reduce((sum, p) => sum + p.amountMinor, 0);
    expect(paymentTotals).toContain(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(usdPaid / 100));
    expect(text(html)).not.toContain('not in these totals');
  });
});

describe('statement of an account in two currencies', () => {
  const html = customerStatementHtml({ file: mixedFile(), settings, generatedAt });
  const doc = parse(html);

  it('asks for each currency apart: two amounts due, both in the request to pay, never their sum', () => {
    const amounts = [...doc.querySelectorAll('.pay-box .amount')].map((a) => a.textContent);
    expect(amounts).toEqual(['$4,027.15', 'CA$300.00']);
    expect(text(html)).toContain('Please pay the balance of $4,027.15 and CA$300.00 by');
    for (const sum of summed) expect(html).not.toContain(sum);
  });

  it('lists the Canadian invoice in its own currency and totals each currency apart', () => {
    const numbers = [...doc.querySelectorAll('table.statement tbody tr:not(.totals) strong.nowrap')].map((n) => n.textContent);
    expect(numbers).toContain('CA-2001');
    const totals = doc.querySelector('table.statement tr.totals')?.textContent ?? '';
    expect(totals).toContain('5 open invoices');
    expect(totals).toContain('$4,027.15');
    expect(totals).toContain('CA$300.00');
    expect(doc.querySelectorAll('table.aging tbody tr')).toHaveLength(2);
  });
});

describe('customers CSV of an account in two currencies', () => {
  it('writes one row per currency, each with its own balance, past due and last payment', () => {
    const file = mixedFile();
    const csv = customersCsv({ ...file, customers: [file.customer] }, { today, currency: 'USD' });
    const rows = parseCsv<string[]>(csv.slice(utf8Bom.length)).data.filter((r) => r.length > 1);
    const header = rows[0] ?? [];
    const get = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];
    expect(rows).toHaveLength(3);
    const [usd, cad] = [rows[1], rows[2]];
    expect([get(usd, 'Currency'), get(usd, 'Balance owed'), get(usd, 'Open invoices'), get(usd, 'Last payment amount')]).toEqual([
      'USD',
      '4027.15',
      '4',
      '800.00',
    ]);
    expect([get(cad, 'Currency'), get(cad, 'Balance owed'), get(cad, 'Past due'), get(cad, 'Open invoices')]).toEqual([
      'CAD',
      '300.00',
      '300.00',
      '1',
    ]);
    expect([get(cad, 'Oldest due date'), get(cad, 'Last payment date'), get(cad, 'Last payment amount')]).toEqual([
      '2024-12-31',
      '2025-01-20',
      '200.00',
    ]);
    expect(get(cad, 'Legal name')).toBe(get(usd, 'Legal name'));
    for (const sum of summed) expect(csv).not.toContain(sum);
  });

  it('writes a customer with no invoices once, owing zero in the office currency', () => {
    const file = harborPointFile();
    const csv = customersCsv({ ...file, invoices: [], payments: [], customers: [file.customer] }, { today, currency: 'EUR' });
    const rows = parseCsv<string[]>(csv.slice(utf8Bom.length)).data.filter((r) => r.length > 1);
    expect(rows).toHaveLength(2);
    const header = rows[0] ?? [];
    expect(rows[1]?.[header.indexOf('Currency')]).toBe('EUR');
    expect(rows[1]?.[header.indexOf('Balance owed')]).toBe('0.00');
  });
});
