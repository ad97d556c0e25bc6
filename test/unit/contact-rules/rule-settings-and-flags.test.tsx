// @vitest-environment jsdom
// The stored side of the contact rules: the flags on a customer and a contact, edited in their
// forms, and the Calling rules section of Settings (with defaults for settings saved before it).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ContactFormDialog } from '../../../renderer/contacts/ContactFormDialog';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { CustomerFormDialog } from '../../../renderer/customers/CustomerFormDialog';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { settingsKey } from '../../../renderer/data/schema-versions';
import { getSettings } from '../../../renderer/settings/settings-repository';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { defaultSettings } from '../../../shared/settings/schema';
import { contactInput, customerInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from '../forms/render-with-db';

const ceaseLabel = 'Cease contact (the customer asked us to stop contacting them)';

describe('do-not-call and cease-contact flags', () => {
  it('are saved from the customer form', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput({ legalName: 'Ada Lane' }));
    expect(customer.doNotCall).toBeUndefined();
    const onSaved = vi.fn();
    renderWithDb(<CustomerFormDialog customer={customer} onClose={vi.fn()} onSaved={onSaved} />, db);
    expect((screen.getByLabelText('Do not call') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByLabelText('Do not call'));
    fireEvent.click(screen.getByLabelText(ceaseLabel));
    click('Save customer');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(await db.customers.get(customer.id)).toMatchObject({ doNotCall: true, ceaseContact: true });
  });

  it('are saved from the contact form, starting from what is stored', async () => {
    const db = newDb();
    const customer = await createCustomer(db, customerInput());
    const contact = await saveContact(db, customer.id, { ...contactInput(), doNotCall: true });
    const onClose = vi.fn();
    renderWithDb(<ContactFormDialog customerId={customer.id} contact={contact} onClose={onClose} />, db);
    expect((screen.getByLabelText('Do not call') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Do not call'));
    fireEvent.click(screen.getByLabelText(ceaseLabel));
    click('Save contact');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(await db.contacts.get(contact.id)).toMatchObject({ doNotCall: false, ceaseContact: true });
  });
});

describe('Calling rules in Settings', () => {
  it('gives settings stored before the rules existed the defaults', async () => {
    const db = newDb();
    const { contactRules: _none, ...older } = { ...defaultSettings, companyName: 'Harbour Books' };
    await db.settings.put({ key: settingsKey, value: older as typeof defaultSettings });
    expect(await getSettings(db)).toMatchObject({
      companyName: 'Harbour Books',
      contactRules: { consumer: true, commercial: false, callingHoursStart: '08:00', callingHoursEnd: '21:00' },
    });
  });

  it('switches each kind and edits the window, refusing a window that ends before it starts', async () => {
    const { db } = renderWithDb(<SettingsScreen />);
    const consumer = (await screen.findByLabelText('Check the rules before calling consumer accounts')) as HTMLInputElement;
    expect(consumer.checked).toBe(true);
    expect((screen.getByLabelText('Check the rules before calling commercial accounts') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/US Regulation F presumption/)).toBeTruthy();

    type('Calls allowed from', '9');
    click('Save calling rules');
    await expectFieldError('Calls allowed from', 'use a 24-hour time such as 08:00.');

    type('Calls allowed from', '20:00');
    type('Calls allowed until', '19:30');
    click('Save calling rules');
    await expectFieldError('Calls allowed until', 'The calling window must start before it ends.');
    expect((await getSettings(db)).contactRules.callingHoursStart).toBe('08:00');

    type('Calls allowed from', '09:00');
    fireEvent.click(screen.getByLabelText('Check the rules before calling commercial accounts'));
    click('Save calling rules');
    await screen.findByText('Calling rules saved.');
    expect((await getSettings(db)).contactRules).toEqual({
      consumer: true,
      commercial: true,
      callingHoursStart: '09:00',
      callingHoursEnd: '19:30',
    });
  });

  it('saves the recording consent line choice with the calling rules, off until chosen', async () => {
    const { db } = renderWithDb(<SettingsScreen />);
    const consent = (await screen.findByLabelText('Add a recording consent line at the start of every call script')) as HTMLInputElement;
    expect(consent.checked).toBe(false);
    fireEvent.click(consent);
    click('Save calling rules');
    await screen.findByText('Calling rules saved.');
    expect((await getSettings(db)).recordingConsentLine).toBe(true);
    expect((await getSettings(db)).contactRules).toEqual(defaultSettings.contactRules);
  });
});
