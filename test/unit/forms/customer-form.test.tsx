// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomerFormDialog } from '../../../renderer/customers/CustomerFormDialog';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import type { CustomerRow } from '../../../renderer/data/db';
import { customerInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

describe('CustomerFormDialog', () => {
  it('requires a legal name, focuses it and saves nothing', async () => {
    const onSaved = vi.fn();
    const { db } = renderWithDb(<CustomerFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    expect(screen.getByRole('dialog', { name: 'New customer' })).toBeTruthy();
    click('Save customer');

    const legalName = await expectFieldError('Legal name', 'Legal name is required.');
    await waitFor(() => expect(document.activeElement).toBe(legalName));
    expect(onSaved).not.toHaveBeenCalled();
    expect(await db.customers.count()).toBe(0);
  });

  it('saves a valid customer with an address', async () => {
    const onSaved = vi.fn<(customer: CustomerRow) => void>();
    const { db } = renderWithDb(<CustomerFormDialog onClose={vi.fn()} onSaved={onSaved} />);
    type('Legal name', 'Northwind Traders LLC');
    type('Trading name', 'Northwind');
    fireEvent.click(screen.getByLabelText('Consumer'));
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/Denver' } });
    click('Add address');
    const address = screen.getByRole('group', { name: 'Address 1' });
    expect(document.activeElement).toBe(within(address).getByLabelText('Address type'));
    type('Address line 1', '12 Harbour Road');
    click('Save customer');
    await expectFieldError('City', 'City is required.');

    type('City', 'Denver');
    type('Country', 'us');
    click('Save customer');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = onSaved.mock.calls[0]![0];
    expect(saved).toMatchObject({
      legalName: 'Northwind Traders LLC',
      tradingName: 'Northwind',
      kind: 'consumer',
      timeZone: 'America/Denver',
    });
    expect(saved.addresses).toEqual([
      { label: 'billing', line1: '12 Harbour Road', line2: '', city: 'Denver', region: '', postalCode: '', country: 'US' },
    ]);
    expect(await db.customers.get(saved.id)).toMatchObject({ legalName: 'Northwind Traders LLC' });
  });

  it('edits an existing customer', async () => {
    const db = newDb();
    const existing = await createCustomer(db, customerInput());
    const onSaved = vi.fn<(customer: CustomerRow) => void>();
    renderWithDb(<CustomerFormDialog customer={existing} onClose={vi.fn()} onSaved={onSaved} />, db);
    expect(screen.getByRole('dialog', { name: 'Edit customer' })).toBeTruthy();
    expect((screen.getByLabelText('Legal name') as HTMLInputElement).value).toBe('Acme Hardware Ltd');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'on-hold' } });
    click('Save customer');
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(await db.customers.get(existing.id)).toMatchObject({ status: 'on-hold', legalName: 'Acme Hardware Ltd' });
  });

  it('closes on Escape (the dialog cancel event) and gives focus back to the opener', async () => {
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    const onClose = vi.fn();
    const { unmount } = renderWithDb(<CustomerFormDialog onClose={onClose} onSaved={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'New customer' });
    expect(document.activeElement).toBe(screen.getByLabelText('Legal name'));
    const cancel = new Event('cancel', { cancelable: true });
    fireEvent(dialog, cancel);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(cancel.defaultPrevented).toBe(true);
    unmount();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });
});
