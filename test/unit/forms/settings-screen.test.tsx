// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
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
    type('Default country for phone numbers', 'xx1');
    click('Save settings');
    const country = await expectFieldError('Default country for phone numbers', 'Use a two-letter country code such as US.');
    expect(document.activeElement).toBe(country);

    type('Default country for phone numbers', 'ca');
    click('Save settings');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Settings saved.'));
    expect(await getSettings(db)).toMatchObject({ companyName: 'Harbour Books', callerName: 'Sam Ortiz', currency: 'CAD', defaultCountry: 'CA' });
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
