import { describe, expect, it } from 'vitest';
import { suggestAllocations, type AllocatableInvoice } from '../../../shared/payments/allocation';

const inv = (id: string, dueDate: string, balanceMinor: number, status: AllocatableInvoice['status'] = 'open'): AllocatableInvoice => ({
  id,
  number: id,
  dueDate,
  balanceMinor,
  status,
});

describe('suggestAllocations', () => {
  const invoices = [
    inv('new', '2024-03-01', 300),
    inv('old', '2024-01-01', 100),
    inv('mid', '2024-02-01', 200),
    inv('void', '2023-01-01', 50, 'void'),
    inv('paid', '2023-06-01', 0, 'paid'),
  ];

  it('pays the oldest due invoices first, skipping void and paid ones', () => {
    expect(suggestAllocations(invoices, 250)).toEqual([
      { invoiceId: 'old', amountMinor: 100 },
      { invoiceId: 'mid', amountMinor: 150 },
    ]);
  });

  it('stops at what is open when the payment is larger', () => {
    const allocations = suggestAllocations(invoices, 1_000);
    expect(allocations.map((a) => a.invoiceId)).toEqual(['old', 'mid', 'new']);
    expect(allocations.reduce((s, a) => s + a.amountMinor, 0)).toBe(600);
  });

  it('suggests nothing for nothing', () => {
    expect(suggestAllocations(invoices, 0)).toEqual([]);
  });
});
