// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactFormDialog } from '../../../renderer/contacts/ContactFormDialog';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { contactInput, customerInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

describe('ContactFormDialog', () => {
  it('saves a contact, dropping the rows left blank', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const onClose = vi.fn();
    renderWithDb(<ContactFormDialog customerId={customer.id} onClose={onClose} />, db);
    click('Save contact');
    await expectFieldError('Name', 'Name is required.');

    type('Name', 'Dana Whitfield');
    type('Role', 'Finance director');
    fireEvent.click(screen.getByLabelText('Authorises payment'));
    type('Phone number', '(303) 555-0199');
    type('Email address', 'not an email');
    click('Save contact');
    await expectFieldError('Email address', 'Enter a valid email address.');

    type('Email address', '');
    click('Add phone');
    click('Save contact');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [saved] = await db.contacts.where('customerId').equals(customer.id).toArray();
    expect(saved).toMatchObject({ name: 'Dana Whitfield', role: 'Finance director', authorisesPayment: true, emails: [] });
    expect(saved?.phones).toEqual([{ label: 'office', number: '(303) 555-0199', e164: '+13035550199' }]);
  });

  it('deletes a contact only after the confirm step', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const contact = await saveContact(db, customer.id, contactInput());
    const onClose = vi.fn();
    renderWithDb(<ContactFormDialog customerId={customer.id} contact={contact} onClose={onClose} />, db);
    expect(screen.getByRole('dialog', { name: 'Edit contact' })).toBeTruthy();

    click('Delete contact');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep contact' }));
    click('Keep contact');
    expect(await db.contacts.count()).toBe(1);

    click('Delete contact');
    click('Yes, delete contact');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.contacts.count()).toBe(0);
  });
});
