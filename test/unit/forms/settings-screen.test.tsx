// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../../renderer/customers/customer-repository';
import { getSettings } from '../../../renderer/settings/settings-repository';
import { SettingsScreen } from '../../../renderer/settings/SettingsScreen';
import { customerInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from './render-with-db';

describe('SettingsScreen', () => {
  it('saves the settings and says so', async () => {
    const { db } = renderWithDb(<SettingsScreen />);
    expect(screen.getByRole('main', { name: 'Settings' })).toBeTruthy();
    await screen.findByLabelText('Company name');
    type('Company name', 'Harbour Books');
    type('Your name', 'Sam Ortiz');
    type('Currency', 'cad');
    click('Save settings');
    // The company details every statement and call needs are asked for, not made up.
    await expectFieldError('Company address', 'Company address is required.');
    await expectFieldError('Callback number', 'Callback number is required.');
    expect(screen.getByRole('region', { name: 'You and your company · Unsaved changes' })).toBeTruthy();
    type('Company address', '12 Quay Street\nHalifax NS');
    type('Callback number', '902 555 0100');
    type('Bank or payment details', 'Harbour Bank, account 1234567');
    type('Default country for phone numbers', 'xx1');
    click('Save settings');
    const country = await expectFieldError('Default country for phone numbers', 'Use a two-letter country code such as US.');
    // The error is shown first and the focus moved to it after: wait for the focus itself.
    await waitFor(() => expect(document.activeElement).toBe(country));

    type('Default country for phone numbers', 'ca');
    click('Save settings');
    await waitFor(() => expect(screen.getByText('Settings saved.').getAttribute('role')).toBe('status'));
    expect(await getSettings(db)).toMatchObject({
      companyName: 'Harbour Books',
      companyAddress: '12 Quay Street\nHalifax NS',
      paymentDetails: 'Harbour Bank, account 1234567',
      remitToAddress: '',
      callerName: 'Sam Ortiz',
      callbackNumber: '902 555 0100',
      currency: 'CAD',
      defaultCountry: 'CA',
    });
    // Saved: the section's heading no longer says it has unsaved changes.
    expect(screen.getByRole('region', { name: 'You and your company' })).toBeTruthy();
  });

  it('saves the reminder settings on their own, without undoing the other sections', async () => {
    const { db } = renderWithDb(<SettingsScreen />);
    await screen.findByLabelText('Reminder time');
    type('Company name', 'Harbour Books');
    type('Company address', '12 Quay Street');
    type('Your name', 'Sam Ortiz');
    type('Callback number', '902 555 0100');
    type('Reminder time', '7:30');
    type('Grace days before a promise counts as broken', 'two');
    // Each section says whether it has unsaved edits.
    expect(screen.getByRole('region', { name: 'Reminders · Unsaved changes' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Email templates' })).toBeTruthy();
    click('Save reminder settings');
    await expectFieldError('Reminder time', 'Use a 24-hour time such as 09:00.');
    await expectFieldError('Grace days before a promise counts as broken', 'Enter a whole number of days, such as 2.');

    type('Reminder time', '07:30');
    type('Grace days before a promise counts as broken', '31');
    click('Save reminder settings');
    await waitFor(() => expectFieldError('Grace days before a promise counts as broken', 'At most 30 grace days.'));
    type('Grace days before a promise counts as broken', '0');
    fireEvent.click(screen.getByLabelText('Also remind me on the working day before'));
    click('Save reminder settings');
    await screen.findByText('Reminder settings saved.');
    expect(await getSettings(db)).toMatchObject({ reminderTime: '07:30', promiseGraceDays: 0, remindDayBefore: true, companyName: '' });
    expect(screen.getByRole('region', { name: 'Reminders' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'You and your company · Unsaved changes' })).toBeTruthy();

    // Saving the first section afterwards keeps the reminder settings.
    click('Save settings');
    await screen.findByText('Settings saved.');
    expect(await getSettings(db)).toMatchObject({ reminderTime: '07:30', promiseGraceDays: 0, companyName: 'Harbour Books' });
    expect(screen.getByText('The tray and start-at-login options are in the desktop app.')).toBeTruthy();
  });

  it('removes the demo customers after the confirm step and keeps the user’s own', async () => {
    const db = newDb();
    await createCustomer(db, customerInput({ legalName: 'Demo Co' }), { demo: true });
    const own = await createCustomer(db, customerInput({ legalName: 'Real Co' }));
    renderWithDb(<SettingsScreen />, db);

    click('Remove demo data');
    expect(await db.customers.count()).toBe(2);
    click('Yes, remove demo data');
    await waitFor(() => expect(screen.getByText('Removed 1 demo customer and all of their records.')).toBeTruthy());
    expect((await db.customers.toArray()).map((c) => c.id)).toEqual([own.id]);
  });
});
