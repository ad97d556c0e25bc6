import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer, getCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { recordPayment, type PaymentInput } from '../../../renderer/payments/payment-repository';
import type { Invoice } from '../../../shared/invoices/schema';
import { customerInput, freshDb, invoiceInput, dropDb } from './fixtures';

describe('recordPayment', () => {
  let db: CallDeskDb;
  let customerId: string;
  let older: Invoice;
  let newer: Invoice;

  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
    older = await saveInvoice(db, customerId, invoiceInput({ number: 'A-1', dueDate: '2024-01-31', amountMinor: 100_00 }));
    newer = await saveInvoice(db, customerId, invoiceInput({ number: 'A-2', dueDate: '2024-02-29', amountMinor: 300_00 }));
  });
  afterEach(() => dropDb(db));

  const payment = (allocations: PaymentInput['allocations']): PaymentInput => ({
    receivedOn: '2024-03-05',
    amountMinor: allocations.reduce((s, a) => s + a.amountMinor, 0),
    currency: 'USD',
    method: 'bank-transfer',
    reference: 'TX-1',
    allocations,
  });

  it('reduces balances, marks paid invoices and refreshes the customer summary', async () => {
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 400_00, oldestOpenDueDate: '2024-01-31' });
    const saved = await recordPayment(
      db,
      customerId,
      payment([
        { invoiceId: older.id, amountMinor: 100_00 },
        { invoiceId: newer.id, amountMinor: 120_00 },
      ]),
    );
    expect(saved).toMatchObject({ customerId, amountMinor: 220_00 });
    expect(await db.payments.get(saved.id)).toEqual(saved);
    expect(await db.invoices.get(older.id)).toMatchObject({ balanceMinor: 0, status: 'paid' });
    expect(await db.invoices.get(newer.id)).toMatchObject({ balanceMinor: 180_00, status: 'open' });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 180_00, oldestOpenDueDate: '2024-02-29' });
  });

  it('refuses more than an invoice balance and writes nothing', async () => {
    await expect(
      recordPayment(
        db,
        customerId,
        payment([
          { invoiceId: newer.id, amountMinor: 50_00 },
          { invoiceId: older.id, amountMinor: 100_01 },
        ]),
      ),
    ).rejects.toThrow('Invoice A-1 has only $100.00 left to pay; $100.01 cannot be applied to it.');
    expect(await db.payments.count()).toBe(0);
    expect(await db.invoices.get(newer.id)).toMatchObject({ balanceMinor: 300_00, status: 'open' });
    expect(await getCustomer(db, customerId)).toMatchObject({ openBalanceMinor: 400_00 });
  });

  it('counts two allocations to the same invoice together', async () => {
    await expect(
      recordPayment(
        db,
        customerId,
        payment([
          { invoiceId: older.id, amountMinor: 60_00 },
          { invoiceId: older.id, amountMinor: 60_00 },
        ]),
      ),
    ).rejects.toThrow(/Invoice A-1 has only/);
    expect(await db.invoices.get(older.id)).toMatchObject({ balanceMinor: 100_00 });
  });

  it("refuses another customer's invoice", async () => {
    const otherId = (await createCustomer(db, customerInput({ legalName: 'Other Co' }))).id;
    const foreign = await saveInvoice(db, otherId, invoiceInput({ number: 'O-1' }));
    await expect(recordPayment(db, customerId, payment([{ invoiceId: foreign.id, amountMinor: 10_00 }]))).rejects.toThrow(
      /another customer/,
    );
    expect(await db.payments.count()).toBe(0);
    expect(await db.invoices.get(foreign.id)).toMatchObject({ balanceMinor: 100_00 });
  });

  it('lets a ZodError through when the allocations do not add up', async () => {
    const input = { ...payment([{ invoiceId: older.id, amountMinor: 10_00 }]), amountMinor: 20_00 };
    await expect(recordPayment(db, customerId, input)).rejects.toMatchObject({ name: 'ZodError' });
    expect(await db.payments.count()).toBe(0);
  });
});
