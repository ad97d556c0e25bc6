import { describe, expect, it } from 'vitest';
import { balancesByCustomer, customerNamed, invoiceNumbered, runSample } from './parse-sample';

describe('Sage 50 Aged Debtors (Windows-1252, dd/mm/yyyy)', () => {
  const run = () => {
    const { grid, preset, result } = runSample('sage-50/aged-debtors.csv', { defaultCurrency: 'GBP' });
    expect(preset.id).toBe('sage-50-aged-debtors');
    expect(grid.encoding).toBe('windows-1252');
    if (!result.ok) throw new Error(JSON.stringify(result.questions));
    return result.book;
  };

  it('reads each account by its A/C code, names with their accents', () => {
    const book = run();
    expect(book.customers.map((c) => [c.key, c.name])).toEqual([
      ['acct:brascote', 'Brasserie Côté'],
      ['acct:caferoug', 'Café Rouge Bistro'],
      ['acct:hartleys', "Hartley's Tea Rooms"],
      ['acct:owenj', 'Owen Jones & Co'],
    ]);
    expect(customerNamed(book, 'Brasserie Côté').contacts[0]).toMatchObject({
      name: 'Hélène Côté',
      phones: [{ label: 'office', number: '029 2048 1170' }],
    });
  });

  it('reads invoices day first, and credit notes and payments on account as credits', () => {
    const book = run();
    expect(invoiceNumbered(book, 'INV3322')).toMatchObject({
      issueDate: '2026-10-25',
      dueDate: '2026-11-24',
      balanceMinor: 231_560,
      currency: 'GBP',
      description: 'Chafing dishes x 12',
    });
    expect(book.invoices.map((i) => i.number)).toEqual(['INV3322', 'INV3310', 'INV3341', 'INV3298', 'INV3205']);
    // "£" in Windows-1252 is the single byte A3.
    expect(book.credits[1]?.reference).toBe('BACS');
    expect(runSample('sage-50/aged-debtors.csv').table.rows[5]?.cells[8]).toBe('Payment on account £300');
    expect(book.credits.map(({ kind, reference, amountMinor }) => ({ kind, reference, amountMinor }))).toEqual([
      { kind: 'credit-memo', reference: 'CRN0045', amountMinor: 21_560 },
      { kind: 'unapplied-payment', reference: 'BACS', amountMinor: 30_000 },
    ]);
    expect(balancesByCustomer(book)).toEqual({
      'Brasserie Côté': 210_000,
      'Café Rouge Bistro': 245_200,
      "Hartley's Tea Rooms": 65_000,
      'Owen Jones & Co': 41_040,
    });
  });

  it('checks the report’s Totals row and leaves nothing out', () => {
    const book = run();
    expect(book.totalChecks).toEqual([
      {
        rowNumber: 12,
        fileTotal: { currency: 'GBP', amountMinor: 561_240 },
        readTotal: { currency: 'GBP', amountMinor: 561_240 },
        matches: true,
      },
    ]);
    expect(book.skipped).toEqual([]);
  });
});
