// Payments received. Recording one applies it to invoices in a single transaction: either every
// allocation is valid and every balance moves, or nothing is written. The same transaction
// updates the customer's promises, so a covering payment marks its promise kept at once.
import { newId } from '../../shared/common/ids';
import type { Invoice } from '../../shared/invoices/schema';
import { invoiceStatusLabels } from '../../shared/export/record-labels';
import { formatMoney } from '../../shared/money/money';
import { paymentSchema, type Payment, type PaymentMethod } from '../../shared/payments/schema';
import { refreshCustomerSummary, summaryTables } from '../data/customer-summary';
import type { CallDeskDb } from '../data/db';
import { promiseStatusTables, refreshPromiseStatuses } from '../promises/promise-repository';

export interface PaymentInput {
  receivedOn: string;
  amountMinor: number;
  currency: string;
  method: PaymentMethod;
  reference: string;
  allocations: { invoiceId: string; amountMinor: number }[];
}

/** Per invoice, the total applied to it (the same invoice may appear twice in a form). */
function totalsByInvoice(allocations: readonly { invoiceId: string; amountMinor: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const a of allocations) totals.set(a.invoiceId, (totals.get(a.invoiceId) ?? 0) + a.amountMinor);
  return totals;
}

function checkAllocation(invoice: Invoice | undefined, customerId: string, currency: string, amount: number): Invoice {
  if (!invoice || invoice.customerId !== customerId)
    throw new Error('The payment is applied to an invoice of another customer or one that no longer exists.');
  if (invoice.status !== 'open')
    throw new Error(
      `Invoice ${invoice.number} is ${invoiceStatusLabels[invoice.status].toLowerCase()}; a payment cannot be applied to it.`,
    );
  if (invoice.currency !== currency) throw new Error(`Invoice ${invoice.number} is in ${invoice.currency}, the payment in ${currency}.`);
  if (amount > invoice.balanceMinor) {
    throw new Error(
      `Invoice ${invoice.number} has only ${formatMoney(invoice.balanceMinor, currency)} left to pay; ` +
        `${formatMoney(amount, currency)} cannot be applied to it.`,
    );
  }
  return invoice;
}

export async function recordPayment(db: CallDeskDb, customerId: string, input: PaymentInput, opts: { now?: Date } = {}): Promise<Payment> {
  const now = (opts.now ?? new Date()).toISOString();
  const payment = paymentSchema.parse({ ...input, id: newId(), customerId, createdAt: now });
  return db.transaction('rw', [...promiseStatusTables(db), ...summaryTables(db)], async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const totals = totalsByInvoice(payment.allocations);
    const invoiceIds = [...totals.keys()];
    const invoices = await db.invoices.bulkGet(invoiceIds);
    // Every check happens before the first write.
    const updated = invoiceIds.map((invoiceId, i) => {
      const amount = totals.get(invoiceId) ?? 0;
      const invoice = checkAllocation(invoices[i], customerId, payment.currency, amount);
      const balanceMinor = invoice.balanceMinor - amount;
      return { ...invoice, balanceMinor, status: balanceMinor === 0 ? 'paid' : 'open', updatedAt: now } satisfies Invoice;
    });
    await db.invoices.bulkPut(updated);
    await db.payments.add(payment);
    await refreshCustomerSummary(db, customerId);
    await refreshPromiseStatuses(db, { now: opts.now ?? new Date(), customerId });
    return payment;
  });
}
