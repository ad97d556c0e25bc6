// The invoices a promise covers, by number: the ones it names, or, for a promise on the whole
// account, what is open on it (oldest due first). The confirmation e-mail lists them, so the
// customer and the office agree on what the payment is for.
import type { Invoice } from '../invoices/schema';
import type { PaymentPromise } from './schema';

type InvoiceFields = Pick<Invoice, 'id' | 'number' | 'status' | 'balanceMinor' | 'dueDate'>;

export function promisedInvoiceNumbers(promise: Pick<PaymentPromise, 'invoiceIds'>, invoices: readonly InvoiceFields[]): string[] {
  if (promise.invoiceIds.length > 0) {
    const byId = new Map(invoices.map((i) => [i.id, i]));
    return promise.invoiceIds.flatMap((id) => {
      const invoice = byId.get(id);
      return invoice ? [invoice.number] : [];
    });
  }
  return invoices
    .filter((i) => i.status === 'open' && i.balanceMinor > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number))
    .map((i) => i.number);
}
