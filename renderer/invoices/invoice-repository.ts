// Invoices. An edit keeps what has already been paid on the invoice; numbers are unique per
// customer; voiding takes an invoice out of the balance without deleting its history.
import { newId } from '../../shared/common/ids';
import { invoiceInputSchema, invoiceSchema, type Invoice, type InvoiceInput } from '../../shared/invoices/schema';
import { formatMoney } from '../../shared/money/money';
import { refreshCustomerSummary, summaryTables } from '../data/customer-summary';
import type { CallDeskDb } from '../data/db';

/** Adds an invoice, or edits invoice `id` of this customer. */
export async function saveInvoice(
  db: CallDeskDb,
  customerId: string,
  input: InvoiceInput,
  id?: string,
  opts: { now?: Date } = {},
): Promise<Invoice> {
  const parsed = invoiceInputSchema.parse(input);
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', summaryTables(db), async () => {
    if (!(await db.customers.get(customerId))) throw new Error('This customer no longer exists.');
    const existing = id ? await db.invoices.get(id) : undefined;
    if (id && (!existing || existing.customerId !== customerId)) throw new Error('This invoice no longer exists.');

    const sameNumber = await db.invoices
      .where('number')
      .equalsIgnoreCase(parsed.number)
      .filter((i) => i.customerId === customerId && i.id !== id)
      .first();
    if (sameNumber) throw new Error(`Invoice number ${parsed.number} already exists for this customer.`);

    let balanceMinor = parsed.amountMinor;
    let status: Invoice['status'] = 'open';
    if (existing) {
      if (existing.status === 'void') throw new Error(`Invoice ${existing.number} is void and cannot be edited.`);
      if (existing.status === 'closed-in-books') {
        throw new Error(`Invoice ${existing.number} was closed in the books; change it there and import again.`);
      }
      const paid = existing.amountMinor - existing.balanceMinor;
      if (paid > 0 && parsed.currency !== existing.currency) {
        throw new Error(`Invoice ${existing.number} has payments in ${existing.currency}; its currency cannot change.`);
      }
      if (parsed.amountMinor < paid) {
        throw new Error(
          `The amount cannot be less than the ${formatMoney(paid, existing.currency)} already paid on invoice ${existing.number}.`,
        );
      }
      balanceMinor = parsed.amountMinor - paid;
      status = balanceMinor === 0 ? 'paid' : 'open';
    }
    const invoice = invoiceSchema.parse({
      ...parsed,
      id: existing?.id ?? newId(),
      customerId,
      balanceMinor,
      status,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      // An edit keeps how the books know the invoice, so the next import still matches it.
      ...(existing?.books ? { books: existing.books } : {}),
    });
    await db.invoices.put(invoice);
    await refreshCustomerSummary(db, customerId);
    return invoice;
  });
}

/** Marks an invoice void. One with payments applied cannot be voided (the money has to go somewhere). */
export function voidInvoice(db: CallDeskDb, id: string, opts: { now?: Date } = {}): Promise<Invoice> {
  const now = (opts.now ?? new Date()).toISOString();
  return db.transaction('rw', summaryTables(db), async () => {
    const existing = await db.invoices.get(id);
    if (!existing) throw new Error('This invoice no longer exists.');
    if (existing.status === 'void') return existing;
    if (existing.balanceMinor < existing.amountMinor) {
      throw new Error(`Invoice ${existing.number} has payments applied and cannot be voided.`);
    }
    const invoice: Invoice = { ...existing, status: 'void', updatedAt: now };
    await db.invoices.put(invoice);
    await refreshCustomerSummary(db, existing.customerId);
    return invoice;
  });
}
