// The part of a plan the window gets (see PlanPreview): each list cut to the rows the preview
// shows, with the true counts. Made in the worker, which keeps the whole plan to apply it.
import type { ImportPlan } from '../../shared/import/model';
import type { PromiseEffect } from '../../shared/import/reconcile/promise-effects';
import type { AppliedImport, PlanCounts, PlanPreview } from './import-worker-protocol';

/** Rows each preview group lists; the rest are counted ("…and 99,800 more"). */
export const previewListLength = 200;

export function planCounts(plan: ImportPlan, promisesPaid = 0): PlanCounts {
  const newIds = new Set(plan.newCustomers.map((c) => c.id));
  const writes = plan.writes;
  return {
    newCustomers: plan.newCustomers.length,
    newInvoices: plan.newInvoices.length,
    changedInvoices: plan.changedInvoices.length,
    closedInvoices: plan.closedInvoices.length,
    reopenedInvoices: plan.reopenedInvoices.length,
    credits: plan.credits.length,
    skipped: plan.skipped.length,
    promisesPaid,
    changedCustomers: plan.changedCustomerIds.length,
    changedStoredCustomers: plan.changedCustomerIds.filter((id) => !newIds.has(id)).length,
    unlistedWrites: writes ? writes.customerIdentities.length + writes.invoiceIdentities.length + writes.detailsAdded.length : 0,
  };
}

export function previewOfPlan(plan: ImportPlan, planId: string, promiseEffects: readonly PromiseEffect[] = []): PlanPreview {
  const cut = <T>(list: readonly T[]) => list.slice(0, previewListLength);
  const { changedCustomerIds: _ids, writes: _writes, ...lists } = plan;
  return {
    ...lists,
    newCustomers: cut(plan.newCustomers),
    newInvoices: cut(plan.newInvoices),
    changedInvoices: cut(plan.changedInvoices),
    closedInvoices: cut(plan.closedInvoices),
    reopenedInvoices: cut(plan.reopenedInvoices),
    credits: cut(plan.credits),
    skipped: cut(plan.skipped),
    // Kept whole: the user picks, row by row, which of these to take from the file.
    contactDifferences: plan.contactDifferences,
    promiseEffects: cut(promiseEffects),
    planId,
    counts: planCounts(plan, promiseEffects.length),
  };
}

/** Every account the plan writes to, with the name the plan knows it by. */
export function changedAccountsOf(plan: ImportPlan): AppliedImport['changedAccounts'] {
  const names = new Map<string, string>();
  for (const c of plan.newCustomers) names.set(c.id, c.book.name);
  for (const i of [...plan.newInvoices, ...plan.changedInvoices, ...plan.closedInvoices, ...plan.reopenedInvoices])
    names.set(i.customerId, i.customerName);
  for (const c of plan.credits) names.set(c.customerId, c.customerName);
  for (const d of plan.contactDifferences) names.set(d.customerId, d.customerName);
  return plan.changedCustomerIds.map((id) => ({ id, name: names.get(id) ?? id }));
}
