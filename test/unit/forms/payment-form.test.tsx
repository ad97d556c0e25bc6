// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Invoice } from '../../../shared/invoices/schema';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { PaymentFormDialog } from '../../../renderer/payments/PaymentFormDialog';
import { customerInput, invoiceInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

async function setup() {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  // Entered newest first: the form must still offer (and fill) the oldest due first.
  const newer = await saveInvoice(
    db,
    customer.id,
    invoiceInput({ number: 'INV-2', issueDate: '2024-02-01', dueDate: '2024-03-02', amountMinor: 150_00 }),
  );
  const older = await saveInvoice(
    db,
    customer.id,
    invoiceInput({ number: 'INV-1', issueDate: '2024-01-01', dueDate: '2024-01-31', amountMinor: 100_00 }),
  );
  const invoices: Invoice[] = [newer, older];
  const onClose = vi.fn();
  const view = renderWithDb(<PaymentFormDialog customerId={customer.id} invoices={invoices} currency="USD" onClose={onClose} />, db);
  return { ...view, customer, older, newer, onClose };
}

const applyField = (number: string) => screen.getByLabelText(`Apply to invoice ${number}`) as HTMLInputElement;

describe('PaymentFormDialog', () => {
  it('fills the allocation oldest first as the amount is typed, and shows what is unapplied', async () => {
    await setup();
    type('Amount', '120.00');
    expect(applyField('INV-1').value).toBe('100.00');
    expect(applyField('INV-2').value).toBe('20.00');
    expect(screen.getByText('Unapplied').closest('tr')?.textContent).toContain('$0.00');

    // Once the user edits a row, the amount no longer rewrites the rows.
    type('Apply to invoice INV-2', '10.00');
    type('Amount', '130.00');
    expect(applyField('INV-2').value).toBe('10.00');
    expect(screen.getByText('Unapplied').closest('tr')?.textContent).toContain('$20.00');
  });

  it('refuses a payment larger than what it is applied to and writes nothing', async () => {
    const { db, older, newer, onClose } = await setup();
    type('Amount', '500.00');
    expect(screen.getByText('Unapplied').closest('tr')?.textContent).toContain('$250.00');
    click('Save payment');

    const first = await expectFieldError('Apply to invoice INV-1', '$250.00 of the payment is not applied to any invoice.');
    expect(document.activeElement).toBe(first);
    expect(await db.payments.count()).toBe(0);
    expect((await db.invoices.get(older.id))?.balanceMinor).toBe(100_00);
    expect((await db.invoices.get(newer.id))?.balanceMinor).toBe(150_00);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('clears the total error once the amounts add up again', async () => {
    const { db, onClose } = await setup();
    type('Amount', '500.00');
    click('Save payment');
    await expectFieldError('Apply to invoice INV-1', 'not applied to any invoice');

    type('Amount', '250.00');
    await waitFor(() => expect(applyField('INV-1').getAttribute('aria-invalid')).toBeNull());
    expect(screen.queryByText(/not applied to any invoice/)).toBeNull();
    click('Save payment');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.payments.count()).toBe(1);
  });

  it('refuses applying more than an invoice balance', async () => {
    const { db } = await setup();
    type('Amount', '200.00');
    type('Apply to invoice INV-1', '200.00');
    type('Apply to invoice INV-2', '');
    click('Save payment');
    await expectFieldError('Apply to invoice INV-1', 'Invoice INV-1 has only $100.00 left to pay.');
    expect(await db.payments.count()).toBe(0);
  });

  it('records a valid payment and reduces the invoice balances', async () => {
    const { db, customer, older, newer, onClose } = await setup();
    type('Amount', '120.00');
    fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'cheque' } });
    type('Reference', 'CHQ 0042');
    type('Received on', '2024-03-05');
    click('Save payment');

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.invoices.get(older.id)).toMatchObject({ balanceMinor: 0, status: 'paid' });
    expect(await db.invoices.get(newer.id)).toMatchObject({ balanceMinor: 130_00, status: 'open' });
    const [payment] = await db.payments.where('customerId').equals(customer.id).toArray();
    expect(payment).toMatchObject({
      amountMinor: 120_00,
      method: 'cheque',
      reference: 'CHQ 0042',
      receivedOn: '2024-03-05',
      currency: 'USD',
    });
    expect(payment?.allocations).toEqual([
      { invoiceId: older.id, amountMinor: 100_00 },
      { invoiceId: newer.id, amountMinor: 20_00 },
    ]);
  });
});

describe('PaymentFormDialog on an account in two currencies', () => {
  it('offers the currencies owed in and only the invoices in the chosen one', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const usd = await saveInvoice(db, customer.id, invoiceInput({ number: 'US-1', amountMinor: 100_00 }));
    const cad = await saveInvoice(db, customer.id, invoiceInput({ number: 'CA-1', amountMinor: 300_00, currency: 'CAD' }));
    const onCurrencyChange = vi.fn();
    renderWithDb(
      <PaymentFormDialog
        customerId={customer.id}
        invoices={[usd, cad]}
        currency="CAD"
        currencies={['CAD', 'USD']}
        onCurrencyChange={onCurrencyChange}
        onClose={vi.fn()}
      />,
      db,
    );
    const currency = screen.getByLabelText('Currency') as HTMLSelectElement;
    expect(currency.value).toBe('CAD');
    expect(screen.getByLabelText('Apply to invoice CA-1')).toBeTruthy();
    expect(screen.queryByLabelText('Apply to invoice US-1')).toBeNull();
    fireEvent.change(currency, { target: { value: 'USD' } });
    expect(onCurrencyChange).toHaveBeenCalledWith('USD');
  });
});
