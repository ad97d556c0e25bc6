import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, getCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice, voidInvoice } from '../../../renderer/invoices/invoice-repository';
import { recordPayment } from '../../../renderer/payments/payment-repository';
import { customerInput, freshDb, invoiceInput, dropDb } from './fixtures';

describe('saveInvoice and voidInvoice', () => {
  let db: CallDeskDb;
  let customerId: string;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
  });
  afterEach(() => dropDb(db));

  const pay = (invoiceId: string, amountMinor: number) =>
    recordPayment(db, customerId, {
      receivedOn: '2024-02-01',
      amountMinor,
      currency: 'USD',
      method: 'cheque',
      reference: '',
      allocations: [{ invoiceId, amountMinor }],
    });

  it('creates an open invoice whose balance is its amount', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput({ amountMinor: 250_00 }));
    expect(invoice).toMatchObject({ customerId, balanceMinor: 250_00, status: 'open', sentOn: null, terms: 'Net 30' });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 250_00, oldestOpenDueDate: '2024-01-31' });
  });

  it('keeps what has been paid when the amount is edited', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput({ amountMinor: 100_00 }));
    await pay(invoice.id, 40_00);
    const edited = await saveInvoice(db, customerId, invoiceInput({ amountMinor: 150_00, poNumber: 'PO-9' }), invoice.id);
    expect(edited).toMatchObject({
      id: invoice.id,
      amountMinor: 150_00,
      balanceMinor: 110_00,
      status: 'open',
      poNumber: 'PO-9',
      createdAt: invoice.createdAt,
    });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 110_00 });

    const settled = await saveInvoice(db, customerId, invoiceInput({ amountMinor: 40_00 }), invoice.id);
    expect(settled).toMatchObject({ balanceMinor: 0, status: 'paid' });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 0, oldestOpenDueDate: null });
  });

  it('refuses an amount below what has been paid', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput({ amountMinor: 100_00 }));
    await pay(invoice.id, 40_00);
    await expect(saveInvoice(db, customerId, invoiceInput({ amountMinor: 39_99 }), invoice.id)).rejects.toThrow(
      'The amount cannot be less than the $40.00 already paid on invoice INV-00123.',
    );
    expect(await db.invoices.get(invoice.id)).toMatchObject({ amountMinor: 100_00, balanceMinor: 60_00 });
  });

  it('refuses a number the customer already uses, but not one another customer uses', async () => {
    await saveInvoice(db, customerId, invoiceInput({ number: 'INV-1' }));
    await expect(saveInvoice(db, customerId, invoiceInput({ number: 'inv-1' }))).rejects.toThrow(
      'Invoice number inv-1 already exists for this customer.',
    );
    const otherId = (await createCustomer(db, customerInput({ legalName: 'Other' }))).id;
    await expect(saveInvoice(db, otherId, invoiceInput({ number: 'INV-1' }))).resolves.toMatchObject({ customerId: otherId });
    expect(await db.invoices.where('customerId').equals(customerId).count()).toBe(1);
  });

  it('lets an invoice keep its own number when edited', async () => {
    const invoice = await saveInvoice(db, customerId, invoiceInput({ number: 'INV-1' }));
    await expect(saveInvoice(db, customerId, invoiceInput({ number: 'INV-1', amountMinor: 5_00 }), invoice.id)).resolves.toMatchObject({
      amountMinor: 5_00,
    });
  });

  it('voids an unpaid invoice and takes it out of the balance; refuses one with payments', async () => {
    const a = await saveInvoice(db, customerId, invoiceInput({ number: 'A', amountMinor: 70_00 }));
    const b = await saveInvoice(db, customerId, invoiceInput({ number: 'B', amountMinor: 30_00 }));
    await pay(b.id, 10_00);
    expect(await voidInvoice(db, a.id)).toMatchObject({ status: 'void' });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 20_00 });
    await expect(voidInvoice(db, b.id)).rejects.toThrow('Invoice B has payments applied and cannot be voided.');
    await expect(saveInvoice(db, customerId, invoiceInput({ number: 'A' }), a.id)).rejects.toThrow(/void/);
  });

  it('lets a ZodError reach the form', async () => {
    await expect(saveInvoice(db, customerId, invoiceInput({ dueDate: '2023-12-01' }))).rejects.toMatchObject({ name: 'ZodError' });
  });
});
