// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { InvoiceFormDialog } from '../../../renderer/invoices/InvoiceFormDialog';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { customerInput, invoiceInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

async function setup() {
  const db = newDb();
  const customer = await createCustomer(db, customerInput());
  const onClose = vi.fn();
  const view = renderWithDb(
    <InvoiceFormDialog customerId={customer.id} defaultCurrency="USD" defaultTerms="Net 30" onClose={onClose} />,
    db,
  );
  return { ...view, customer, onClose };
}

describe('InvoiceFormDialog', () => {
  it('is a labelled dialog that starts in the first field', async () => {
    await setup();
    expect(screen.getByRole('dialog', { name: 'New invoice' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Invoice number'));
  });

  it('shows field errors for a bad amount and a due date before the issue date, and saves nothing', async () => {
    const { db, onClose } = await setup();
    type('Invoice number', 'INV-9');
    type('Amount', '12.345');
    type('Issue date', '2024-03-10');
    type('Due date', '2024-03-01');
    click('Save invoice');

    const amount = await expectFieldError('Amount', 'Use at most 2 decimal places for USD.');
    await expectFieldError('Due date', 'The due date cannot be before the issue date.');
    await waitFor(() => expect(document.activeElement).toBe(amount));

    type('Amount', 'twelve');
    await expectFieldError('Amount', 'Enter the amount as a number');
    expect(await db.invoices.count()).toBe(0);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('sets the due date from Net terms and saves the amount in minor units', async () => {
    const { db, customer, onClose } = await setup();
    type('Invoice number', 'INV-10');
    type('Amount', '1,234.50');
    type('Issue date', '2024-02-01');
    expect((screen.getByLabelText('Due date') as HTMLInputElement).value).toBe('2024-03-02');
    type('Terms', 'Net 15');
    expect((screen.getByLabelText('Due date') as HTMLInputElement).value).toBe('2024-02-16');
    click('Save invoice');

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [saved] = await db.invoices.where('customerId').equals(customer.id).toArray();
    expect(saved).toMatchObject({ number: 'INV-10', amountMinor: 123_450, balanceMinor: 123_450, dueDate: '2024-02-16', terms: 'Net 15' });
  });

  it('shows what the data layer refuses (a duplicate number) as a form alert', async () => {
    const { db, customer, onClose } = await setup();
    await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-1' }));
    type('Invoice number', 'INV-1');
    type('Amount', '50');
    click('Save invoice');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Invoice number INV-1 already exists for this customer.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(await db.invoices.count()).toBe(1);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('voids an unpaid invoice after the confirm step', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const invoice = await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7' }));
    const onClose = vi.fn();
    renderWithDb(
      <InvoiceFormDialog customerId={customer.id} invoice={invoice} defaultCurrency="USD" defaultTerms="Net 30" onClose={onClose} />,
      db,
    );
    expect((screen.getByLabelText('Amount') as HTMLInputElement).value).toBe('100.00');
    click('Void invoice');
    click('Yes, void invoice');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.invoices.get(invoice.id)).toMatchObject({ status: 'void' });
  });
});
