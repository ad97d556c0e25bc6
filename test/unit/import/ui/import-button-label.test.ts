import { describe, expect, it } from 'vitest';
import { importButtonLabel } from '../../../../renderer/import/PreviewStep';
import { previewOfPlan } from '../../../../renderer/import/plan-preview';
import type { PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import type { ImportPlan } from '../../../../shared/import/model';

/**
 * The preview the window gets of a plan with only the counts the label reads (the lists'
 * contents do not matter here): its lists cut as the worker cuts them.
 */
function plan(counts: { newInvoices?: number; changed?: number; closed?: number; reopened?: number; unchanged?: number }): PlanPreview {
  const list = (n = 0) => Array.from({ length: n }, () => ({}) as never);
  const full: ImportPlan = {
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
  return previewOfPlan(full, 'plan-1');
}

describe('the import button', () => {
  it('counts the invoices a first import brings in', () => {
    expect(importButtonLabel(plan({ newInvoices: 19 }), 'invoices', 'en-US')).toBe('Import 19 invoices');
    expect(importButtonLabel(plan({ newInvoices: 1 }), 'invoices', 'en-US')).toBe('Import 1 invoice');
  });

  it('counts every invoice, though the window holds only the first 200 of each list', () => {
    const big = plan({ newInvoices: 100_000, changed: 2_000, closed: 450, unchanged: 97_000 });
    expect(big.newInvoices).toHaveLength(200);
    expect(big.closedInvoices).toHaveLength(200);
    expect(importButtonLabel(big, 'invoices', 'en-US')).toBe('Apply changes: 100000 new, 2000 changed, 450 closed');
    expect(importButtonLabel(plan({ newInvoices: 100_000 }), 'invoices', 'en-US')).toBe('Import 100,000 invoices');
  });

  it('says what a re-import will do, never a total that reads as new invoices', () => {
    expect(importButtonLabel(plan({ newInvoices: 3, changed: 1, closed: 2, unchanged: 16 }), 'invoices', 'en-US')).toBe(
      'Apply changes: 3 new, 1 changed, 2 closed',
    );
    expect(importButtonLabel(plan({ changed: 1, reopened: 1, unchanged: 5 }), 'invoices', 'en-US')).toBe('Apply changes: 2 changed');
    expect(importButtonLabel(plan({ unchanged: 5 }), 'invoices', 'en-US')).toBe('Apply changes');
  });
});
