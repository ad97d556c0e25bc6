// An import's counts as one line: "3 new customers, 12 new invoices, 2 balances changed…".
import type { ImportCounts } from '../../shared/import/import-history';
import { plural } from '../../shared/wording/plural';

export function countsText(counts: ImportCounts, locale: string): string {
  const parts = [
    counts.newCustomers > 0 && plural(counts.newCustomers, 'new customer', 'new customers', locale),
    counts.newInvoices > 0 && plural(counts.newInvoices, 'new invoice', 'new invoices', locale),
    counts.changedInvoices > 0 && plural(counts.changedInvoices, 'balance changed', 'balances changed', locale),
    counts.paymentsSeen > 0 && plural(counts.paymentsSeen, 'payment seen', 'payments seen', locale),
    counts.closedInvoices > 0 && plural(counts.closedInvoices, 'invoice closed', 'invoices closed', locale),
    counts.reopenedInvoices > 0 && plural(counts.reopenedInvoices, 'invoice reopened', 'invoices reopened', locale),
    counts.credits > 0 && plural(counts.credits, 'credit', 'credits', locale),
    counts.unchanged > 0 && `${counts.unchanged} unchanged`,
    counts.skipped > 0 && plural(counts.skipped, 'row skipped', 'rows skipped', locale),
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : 'Nothing changed';
}
