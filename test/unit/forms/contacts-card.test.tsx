// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ContactsCard } from '../../../renderer/contacts/ContactsCard';
import { newDb, renderWithDb } from './render-with-db';

describe('ContactsCard with no one to call', () => {
  it('offers to add a contact instead of a dead call button', async () => {
    renderWithDb(<ContactsCard customerId="c1" contacts={[]} defaultCountry="US" callDisabled={false} onCall={() => undefined} />, newDb());
    expect(screen.queryByRole('button', { name: /^Call / })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a contact to call' }));
    expect(await screen.findByRole('dialog')).toBeTruthy();
  });
});
