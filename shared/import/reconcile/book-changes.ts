// One timeline entry per account an import changes, from the plan: what it added, changed,
// closed, reopened and saw paid there.
import type { BookChange } from '../import-history';
import type { ImportPlan } from '../model';

export function bookChangesFor(
  plan: ImportPlan,
  opts: {
    importId: string;
    at: string;
    fileName: string;
    /** Customers whose contact details or address the import added or took from the file. */
    detailsUpdated: ReadonlySet<string>;
    /** Credits on each account whose credits the import changed (0: cleared). */
    credits: ReadonlyMap<string, number>;
    newId: () => string;
  },
): BookChange[] {
  const entries = new Map<string, BookChange>();
  const newCustomers = new Set(plan.newCustomers.map((c) => c.id));
  const entry = (customerId: string): BookChange => {
    let change = entries.get(customerId);
    if (!change) {
      change = {
        id: opts.newId(),
        customerId,
        importId: opts.importId,
        at: opts.at,
        fileName: opts.fileName,
        newCustomer: newCustomers.has(customerId),
        newInvoiceNumbers: [],
        changed: [],
        closedNumbers: [],
        reopenedNumbers: [],
        paymentsSeen: [],
        creditCount: opts.credits.get(customerId) ?? null,
        detailsUpdated: opts.detailsUpdated.has(customerId),
      };
      entries.set(customerId, change);
    }
    return change;
  };
  for (const id of plan.changedCustomerIds) entry(id);
  for (const id of opts.detailsUpdated) entry(id);
  for (const invoice of plan.newInvoices) entry(invoice.customerId).newInvoiceNumbers.push(invoice.book.number);
  for (const change of plan.changedInvoices) {
    const e = entry(change.customerId);
    e.changed.push({
      number: change.number,
      currency: change.currency,
      balanceBeforeMinor: change.before.balanceMinor,
      balanceAfterMinor: change.after.balanceMinor,
      amountBeforeMinor: change.before.amountMinor,
      amountAfterMinor: change.after.amountMinor,
      datesChanged: change.before.issueDate !== change.after.issueDate || change.before.dueDate !== change.after.dueDate,
    });
    if (change.impliedPaymentMinor > 0) {
      const seen = e.paymentsSeen.find((p) => p.currency === change.currency);
      if (seen) seen.amountMinor += change.impliedPaymentMinor;
      else e.paymentsSeen.push({ currency: change.currency, amountMinor: change.impliedPaymentMinor });
    }
  }
  for (const change of plan.reopenedInvoices) entry(change.customerId).reopenedNumbers.push(change.number);
  for (const closed of plan.closedInvoices) entry(closed.customerId).closedNumbers.push(closed.number);
  for (const id of opts.credits.keys()) entry(id);
  return [...entries.values()];
}
