// @vitest-environment jsdom
// Settings ▸ Email templates: edit the payment reminder with the merge-field picker, see an
// unknown field refused at Save with where it is, save, see "Email…" write the office's wording,
// and put the built-in wording back.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { EmailButton } from '../../../renderer/email/EmailButton';
import { EmailTemplatesSection } from '../../../renderer/email-templates/EmailTemplatesSection';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import type { CallDeskBridge } from '../../../shared/ipc/contract';
import { contactInput, customerInput, invoiceInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from '../forms/render-with-db';
import { brightsideOffice, cursorIn, insertField } from '../templates/office-fixtures';

let db: CallDeskDb;
let opened: string[];

async function seedAccount(): Promise<string> {
  const customer = await createCustomer(db, customerInput({ legalName: 'Harbor Point Dental Group', tradingName: '' }));
  await saveContact(db, customer.id, contactInput({ name: 'Marcus Lee', authorisesPayment: true, emails: ['marcus@harbor.example'] }));
  await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7001', amountMinor: 420_00 }));
  return customer.id;
}

beforeEach(async () => {
  db = newDb();
  opened = [];
  const bridge: CallDeskBridge = {
    invoke: async (channel, input) => {
      if (channel === 'shell:open-external') opened.push((input as { url: string }).url);
      return { ok: true, value: { opened: true } };
    },
    on: () => () => undefined,
  };
  window.callDesk = bridge;
  await saveSettings(db, brightsideOffice);
});
afterEach(() => {
  delete window.callDesk;
});

describe('Settings ▸ Email templates', () => {
  it('edits a template with the picker, refuses an unknown field where it is, saves it and restores the built-in wording', async () => {
    const customerId = await seedAccount();
    renderWithDb(<EmailTemplatesSection />, db);
    const reminder = await screen.findByRole('listitem', { name: 'Payment reminder' });
    expect(reminder.textContent).toContain('Built-in wording');
    fireEvent.click(within(reminder).getByRole('button', { name: 'Edit Payment reminder' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit email template: Payment reminder' });

    // The preview is on an account from the customers, its figures marked.
    const preview = await within(dialog).findByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview.textContent).toContain('$420.00 past due'));
    expect(within(preview).getAllByText('$420.00')[0]?.tagName).toBe('MARK');

    type('Subject', 'Reminder: {acount.pastDue}');
    click('Save template');
    const subject = await expectFieldError(
      'Subject',
      'Column 11: {acount.pastDue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?',
    );
    await waitFor(() => expect(document.activeElement).toBe(subject));
    expect((subject as HTMLInputElement).selectionStart).toBe(10);
    expect((await getSettings(db)).emailTemplates).toEqual({});

    // The picker puts the field where the cursor is, and the cursor after it.
    type('Subject', 'Reminder from us:  past due');
    cursorIn('Subject', 18);
    insertField('account.pastDue', 'the subject');
    expect((subject as HTMLInputElement).value).toBe('Reminder from us: {account.pastDue} past due');
    expect((subject as HTMLInputElement).selectionStart).toBe(35);
    expect(document.activeElement).toBe(subject);
    const body = cursorIn('Email text', 0);
    insertField('customer.legalName', 'the email text');
    expect(body.value.startsWith('{customer.legalName}Hello {contact.firstName},')).toBe(true);
    await waitFor(() => expect(preview.textContent).toContain('Reminder from us: $420.00 past due'));
    expect(preview.textContent).toContain('Harbor Point Dental GroupHello Marcus,');
    await waitFor(() => expect(descriptionOfSubject()).not.toContain('not a merge field'));

    click('Save template');
    await screen.findByText('Payment reminder saved: emails are written with your wording from now on.');
    expect(screen.queryByRole('dialog')).toBeNull();
    const saved = (await getSettings(db)).emailTemplates['payment-reminder'];
    expect(saved?.subject).toBe('Reminder from us: {account.pastDue} past due');
    expect(saved?.body.startsWith('{customer.legalName}Hello')).toBe(true);
    expect((await getSettings(db)).companyName).toBe('Brightside Plumbing');
    expect(screen.getByRole('listitem', { name: 'Payment reminder' }).textContent).toContain('Your wording');

    // "Email…" now writes the office's wording.
    const file = (await getCustomerFile(db, customerId))!;
    const { unmount } = renderWithDb(<EmailButton file={file} settings={await getSettings(db)} />, db);
    click('Email…');
    click('Open in mail app');
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(decodeURIComponent(opened[0]!)).toContain('subject=Reminder from us: $420.00 past due&');
    unmount();

    const edited = screen.getByRole('listitem', { name: 'Payment reminder' });
    fireEvent.click(within(edited).getByRole('button', { name: 'Restore the built-in wording' }));
    fireEvent.click(within(edited).getByRole('button', { name: 'Yes, restore it' }));
    await screen.findByText('Payment reminder: the built-in wording is back.');
    expect((await getSettings(db)).emailTemplates).toEqual({});
    expect(screen.getByRole('listitem', { name: 'Payment reminder' }).textContent).toContain('Built-in wording');
  });

  it('starts in the subject, replaces a selection with the field, and says what the account lacks', async () => {
    await saveSettings(db, { ...brightsideOffice, callbackNumber: '' });
    await seedAccount();
    renderWithDb(<EmailTemplatesSection />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Broken promise' }));
    const subject = screen.getByLabelText('Subject') as HTMLInputElement;
    expect(document.activeElement).toBe(subject);
    subject.setSelectionRange(4, 11);
    expect(subject.value.slice(4, 11)).toBe('payment');
    // Enter on the list inserts, as the button does.
    fireEvent.change(screen.getByLabelText('Merge field'), { target: { value: 'promise.amount' } });
    fireEvent.keyDown(screen.getByLabelText('Merge field'), { key: 'Enter' });
    expect(subject.value).toBe('The {promise.amount} promised for {promise.date} has not reached us');
    const missing = await screen.findByRole('list', { name: 'Missing for this account' });
    expect(missing.textContent).toContain('Callback number: Add your callback number in Settings.');
    expect(missing.textContent).toContain('Promised date: The account has no promise to pay yet.');
  });
});

function descriptionOfSubject(): string {
  const field = screen.getByLabelText('Subject');
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
