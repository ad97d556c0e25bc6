// Where a received payment goes when the bookkeeper does not say otherwise: the oldest due
// invoices first, which is how customers and agencies expect a payment to be applied.
import type { InvoiceStatus } from '../invoices/schema';
import type { PaymentAllocation } from './schema';

export interface AllocatableInvoice {
  id: string;
  number: string;
  dueDate: string;
  balanceMinor: number;
  status: InvoiceStatus;
}

/**
 * Allocations of `amountMinor` over the open invoices, oldest due date first. When the payment is
 * more than everything open, the allocations add up to less than the payment (the caller shows
 * the remainder).
 */
export function suggestAllocations(invoices: readonly AllocatableInvoice[], amountMinor: number): PaymentAllocation[] {
  const open = invoices
    .filter((i) => i.status === 'open' && i.balanceMinor > 0)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number.localeCompare(b.number)));
  const allocations: PaymentAllocation[] = [];
  let left = Math.max(0, Math.trunc(amountMinor));
  for (const invoice of open) {
    if (left === 0) break;
    const amount = Math.min(left, invoice.balanceMinor);
    allocations.push({ invoiceId: invoice.id, amountMinor: amount });
    left -= amount;
  }
  return allocations;
}
