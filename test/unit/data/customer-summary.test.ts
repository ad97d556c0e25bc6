import { describe, expect, it } from 'vitest';
import { addToSummary, summarizeCustomer } from '../../../renderer/data/customer-summary';
import { addCurrencyTotals, formatCurrencyTotals, totalsByCurrency } from '../../../shared/money/currency-totals';
import { customerRecord, invoiceRecord } from './records';

const customer = customerRecord('c1', 'Northwind Traders', false);
const cad = (id: string, dueDate: string, balanceMinor: number) => ({ ...invoiceRecord(id, 'c1', dueDate, balanceMinor), currency: 'CAD' });

describe('customer summary: open balances per currency', () => {
  it('keeps a USD and a CAD balance apart, largest first, and sorts by the largest, never the sum', () => {
    const summary = summarizeCustomer(
      customer,
      [],
      [
        invoiceRecord('u1', 'c1', '2024-02-01', 1_000_00),
        invoiceRecord('u2', 'c1', '2024-03-01', 200_00),
        cad('k1', '2024-01-15', 300_00),
        cad('k2', '2024-01-01', 0),
      ],
      null,
    );
    expect(summary.openBalances).toEqual([
      { currency: 'USD', amountMinor: 1_200_00 },
      { currency: 'CAD', amountMinor: 300_00 },
    ]);
    expect(summary.openBalanceMinor).toBe(1_200_00);
    // The CAD invoice is the oldest unpaid one, whatever its currency.
    expect(summary.oldestOpenDueDate).toBe('2024-01-15');
  });

  it('owes nothing: no totals and a zero sort key', () => {
    const summary = summarizeCustomer(customer, [], [invoiceRecord('u1', 'c1', '2024-02-01', 0)], null);
    expect(summary.openBalances).toEqual([]);
    expect(summary.openBalanceMinor).toBe(0);
  });

  it('adds newly loaded invoices to a stored summary currency by currency', () => {
    const stored = summarizeCustomer(customer, [], [invoiceRecord('u1', 'c1', '2024-02-01', 100_00)], null);
    const added = summarizeCustomer(customer, [], [cad('k1', '2024-01-15', 250_00), invoiceRecord('u2', 'c1', '2024-02-01', 50_00)], null);
    const merged = addToSummary(stored, added, null);
    expect(merged.openBalances).toEqual([
      { currency: 'CAD', amountMinor: 250_00 },
      { currency: 'USD', amountMinor: 150_00 },
    ]);
    expect(merged.openBalanceMinor).toBe(250_00);
  });
});

describe('currency totals', () => {
  it('sums per currency, orders largest first then by code, and formats each in its own currency', () => {
    const totals = totalsByCurrency(
      [
        { c: 'EUR', m: 5_00 },
        { c: 'USD', m: 5_00 },
        { c: 'CAD', m: 30_00 },
      ],
      (x) => x.c,
      (x) => x.m,
    );
    expect(totals.map((t) => t.currency)).toEqual(['CAD', 'EUR', 'USD']);
    expect(addCurrencyTotals(totals, [{ currency: 'USD', amountMinor: 100_00 }])[0]).toEqual({ currency: 'USD', amountMinor: 105_00 });
    expect(
      formatCurrencyTotals(
        [
          { currency: 'USD', amountMinor: 1_200_00 },
          { currency: 'CAD', amountMinor: 300_00 },
        ],
        'en-US',
        'EUR',
      ),
    ).toBe('$1,200.00 · CA$300.00');
    // A zero has no currency of its own: the office currency writes it.
    expect(formatCurrencyTotals([], 'en-US', 'EUR')).toBe('€0.00');
  });
});
