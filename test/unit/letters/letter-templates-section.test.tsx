// @vitest-environment jsdom
// Settings ▸ Letter templates: reword the final demand's opening with the merge-field picker, see
// an unknown field refused at Save with where it is, save, see "Letter…" preview the office's
// wording with the account's figure, and put the built-in wording back.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { LetterTemplatesSection } from '../../../renderer/letter-templates/LetterTemplatesSection';
import { LetterButton } from '../../../renderer/letters/LetterButton';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import { letterTemplateById } from '../../../shared/letters/letter-templates';
import { contactInput, customerInput, invoiceInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from '../forms/render-with-db';
import { brightsideLetterOffice, cursorIn, daytonBilling, insertField } from '../templates/office-fixtures';

let db: CallDeskDb;

async function seedAccount(): Promise<string> {
  const customer = await createCustomer(
    db,
    customerInput({ legalName: 'Harbor Point Dental Group', tradingName: '', addresses: [daytonBilling] }),
  );
  await saveContact(db, customer.id, contactInput({ name: 'Marcus Lee', authorisesPayment: true }));
  await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7001', amountMinor: 420_00 }));
  return customer.id;
}

beforeEach(async () => {
  db = newDb();
  await saveSettings(db, brightsideLetterOffice);
});

describe('Settings ▸ Letter templates', () => {
  it('rewords the final demand with the picker, refuses an unknown field where it is, saves it and restores the built-in wording', async () => {
    const customerId = await seedAccount();
    renderWithDb(<LetterTemplatesSection />, db);
    const item = await screen.findByRole('listitem', { name: 'Final demand' });
    expect(item.textContent).toContain('Built-in wording');
    fireEvent.click(within(item).getByRole('button', { name: 'Edit Final demand' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit letter template: Final demand' });

    // The preview lays the letter out on an account from the customers, the invoice table included.
    const preview = await within(dialog).findByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview.textContent).toContain('INV-7001'));
    expect(dialog.textContent).toContain('typed in when the letter is printed.');

    type('Opening', 'Still unpaid: {acount.pastDue}.');
    click('Save template');
    const opening = await expectFieldError(
      'Opening',
      'Line 1, column 15: {acount.pastDue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?',
    );
    await waitFor(() => expect(document.activeElement).toBe(opening));
    expect((opening as HTMLTextAreaElement).selectionStart).toBe(14);
    expect((await getSettings(db)).letterTemplates).toEqual({});

    // The picker puts the field at the cursor; the sign-off takes none, so it keeps the opening as target.
    type('Opening', 'Still unpaid: .');
    const field = cursorIn('Opening', 14);
    act(() => (screen.getByLabelText('Sign-off') as HTMLInputElement).focus());
    insertField('account.pastDue', 'the opening');
    expect(field.value).toBe('Still unpaid: {account.pastDue}.');
    expect(document.activeElement).toBe(field);
    await waitFor(() => expect(preview.textContent).toContain('Still unpaid: $420.00.'));
    expect(within(preview).getAllByText('$420.00')[0]?.tagName).toBe('MARK');

    click('Save template');
    await screen.findByText('Final demand saved: letters are printed with your wording from now on.');
    const saved = (await getSettings(db)).letterTemplates['final-demand'];
    expect(saved).toEqual({ ...pick(letterTemplateById('final-demand')!), opening: 'Still unpaid: {account.pastDue}.' });
    expect((await getSettings(db)).companyName).toBe('Brightside Plumbing');
    expect(screen.getByRole('listitem', { name: 'Final demand' }).textContent).toContain('Your wording');

    // "Letter…" on the customer file now previews the office's wording.
    const file = (await getCustomerFile(db, customerId))!;
    const { unmount } = renderWithDb(<LetterButton file={file} settings={await getSettings(db)} />, db);
    click('Letter…');
    const letter = screen.getByRole('dialog', { name: 'Letter' });
    fireEvent.change(within(letter).getByLabelText('Letter'), { target: { value: 'final-demand' } });
    expect(within(letter).getByRole('region', { name: 'Preview' }).textContent).toContain('Still unpaid: $420.00.');
    unmount();

    const edited = screen.getByRole('listitem', { name: 'Final demand' });
    fireEvent.click(within(edited).getByRole('button', { name: 'Restore the built-in wording' }));
    fireEvent.click(within(edited).getByRole('button', { name: 'Yes, restore it' }));
    await screen.findByText('Final demand: the built-in wording is back.');
    expect((await getSettings(db)).letterTemplates).toEqual({});
  });
});

function pick(t: { subject: string; opening: string; closing: string; signOff: string }) {
  return { subject: t.subject, opening: t.opening, closing: t.closing, signOff: t.signOff };
}
