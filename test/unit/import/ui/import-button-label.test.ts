import { describe, expect, it } from 'vitest';
import { importButtonLabel } from '../../../../renderer/import/PreviewStep';
import type { ImportPlan } from '../../../../shared/import/model';

/** A plan with only the counts the label reads (the lists' contents do not matter here). */
function plan(counts: { newInvoices?: number; changed?: number; closed?: number; reopened?: number; unchanged?: number }): ImportPlan {
  const list = (n = 0) => Array.from({ length: n }, () => ({}) as never);
  return {
    source: 'quickbooks-online',
    scope: 'full',
    newCustomers: [],
    newInvoices: list(counts.newInvoices),
    changedInvoices: list(counts.changed),
    closedInvoices: list(counts.closed),
    reopenedInvoices: list(counts.reopened),
    unchangedCount: counts.unchanged ?? 0,
    credits: [],
    contactDifferences: [],
    skipped: [],
    totalChecks: [],
    changedCustomerIds: [],
  };
}

describe('the import button', () => {
  it('counts the invoices a first import brings in', () => {
    expect(importButtonLabel(plan({ newInvoices: 19 }), 'invoices', 'en-US')).toBe('Import 19 invoices');
    expect(importButtonLabel(plan({ newInvoices: 1 }), 'invoices', 'en-US')).toBe('Import 1 invoice');
  });

  it('says what a re-import will do, never a total that reads as new invoices', () => {
    expect(importButtonLabel(plan({ newInvoices: 3, changed: 1, closed: 2, unchanged: 16 }), 'invoices', 'en-US')).toBe('Apply changes: 3 new, 1 changed, 2 closed');
    expect(importButtonLabel(plan({ changed: 1, reopened: 1, unchanged: 5 }), 'invoices', 'en-US')).toBe('Apply changes: 2 changed');
    expect(importButtonLabel(plan({ unchanged: 5 }), 'invoices', 'en-US')).toBe('Apply changes');
  });
});
