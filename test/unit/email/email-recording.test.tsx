// @vitest-environment jsdom
// A template email from the customer file to the timeline: the note's shape, the repository's one
// write (and its refusals), and the dialog's choices, preview, refusal and hand-off to main.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomerFile, type CustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { EmailButton } from '../../../renderer/email/EmailButton';
import { recordEmailSent } from '../../../renderer/email/email-repository';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { emailNoteText, readEmailNote } from '../../../shared/email/email-note';
import type { CallDeskBridge } from '../../../shared/ipc/contract';
import { paymentPromiseSchema } from '../../../shared/promises/schema';
import { contactInput, customerInput, invoiceInput } from '../data/fixtures';
import { click, newDb, renderWithDb } from '../forms/render-with-db';
import { brightsideOffice } from '../templates/office-fixtures';

let db: CallDeskDb;
let opened: string[];

async function seedFile(contacts: Parameters<typeof contactInput>[0][]): Promise<CustomerFile> {
  const customer = await createCustomer(db, customerInput({ legalName: 'Harbor Point Dental Group', tradingName: '' }));
  for (const contact of contacts) await saveContact(db, customer.id, contactInput(contact));
  await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7001', amountMinor: 420_00 }));
  return (await getCustomerFile(db, customer.id))!;
}

const notes = (customerId: string) => db.notes.where({ customerId }).toArray();

beforeEach(() => {
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
});
afterEach(() => {
  delete window.callDesk;
});

describe('the email note', () => {
  it('keeps the template’s name, the recipient, the subject on one line and the text', () => {
    const text = emailNoteText({
      templateName: 'Final notice',
      to: ' ap@harbor.example ',
      subject: 'Final\nnotice',
      body: 'Dear Marcus,\r\n\r\nPay.\n',
    });
    expect(text).toBe('Email: Final notice\nTo: ap@harbor.example\nSubject: Final notice\n\nDear Marcus,\n\nPay.');
    expect(readEmailNote(text)).toEqual({
      templateName: 'Final notice',
      to: 'ap@harbor.example',
      subject: 'Final notice',
      body: 'Dear Marcus,\n\nPay.',
    });
    expect(readEmailNote('Called and left a message.')).toBeNull();
  });
});

describe('recordEmailSent', () => {
  it('adds one email note, naming the promise it is about, and refuses what is not on the file', async () => {
    const file = await seedFile([{ name: 'Marcus Lee' }]);
    const customerId = file.customer.id;
    const sent = { customerId, templateName: 'Payment reminder', to: 'ap@harbor.example', subject: 'Reminder', body: 'Hello Marcus,' };
    const note = await recordEmailSent(db, { ...sent, promiseId: null, now: new Date('2030-03-30T11:00:00Z') });
    expect(note).toMatchObject({ kind: 'email', promiseId: null, correctsCallId: null, createdAt: '2030-03-30T11:00:00.000Z' });
    expect(readEmailNote(note.text)).toEqual({
      templateName: 'Payment reminder',
      to: 'ap@harbor.example',
      subject: 'Reminder',
      body: 'Hello Marcus,',
    });

    const other = await createCustomer(db, customerInput({ legalName: 'Other Co' }));
    const promise = paymentPromiseSchema.parse({
      id: 'p-other',
      customerId: other.id,
      callId: null,
      contactId: null,
      amountMinor: 100_00,
      currency: 'USD',
      promisedDate: '2030-04-02',
      method: 'bank-transfer',
      invoiceIds: [],
      instalments: [],
      status: 'open',
      createdAt: '2030-03-30T10:00:00.000Z',
    });
    await db.promises.add(promise);
    await expect(recordEmailSent(db, { ...sent, promiseId: 'p-other' })).rejects.toThrow('no longer on the customer');
    await expect(recordEmailSent(db, { ...sent, customerId: 'gone', promiseId: null })).rejects.toThrow('no longer exists');
    await expect(recordEmailSent(db, { ...sent, to: ' ', promiseId: null })).rejects.toThrow('needs the address');
    expect(await notes(customerId)).toHaveLength(1);
    expect(await recordEmailSent(db, { ...sent, customerId: other.id, promiseId: 'p-other' })).toMatchObject({ promiseId: 'p-other' });
  });
});

describe('the Email… dialog', () => {
  it('offers whoever approves payment first, previews the filled email, opens it through main and records it', async () => {
    const file = await seedFile([
      { name: 'Dana Whitfield', emails: ['dana@harbor.example'] },
      { name: 'Marcus Lee', role: 'Controller', authorisesPayment: true, emails: ['marcus@harbor.example'] },
      { name: 'Pat Quinn', emails: ['pat@harbor.example'], ceaseContact: true },
    ]);
    renderWithDb(<EmailButton file={file} settings={brightsideOffice} />, db);
    click('Email…');
    const dialog = screen.getByRole('dialog', { name: 'Email' });
    expect((within(dialog).getByLabelText('Template') as HTMLSelectElement).value).toBe('payment-reminder');
    const to = within(dialog).getByLabelText('To') as HTMLSelectElement;
    expect([...to.options].map((o) => o.text)).toEqual([
      'Marcus Lee, Controller <marcus@harbor.example>',
      'Dana Whitfield, Accounts payable <dana@harbor.example>',
    ]);
    expect(dialog.textContent).toContain('Not listed, as they asked not to be contacted: Pat Quinn.');
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain('Hello Marcus,');
    expect(preview.textContent).toContain('$420.00 past due');

    fireEvent.change(to, { target: { value: to.options[1]!.value } });
    expect(preview.textContent).toContain('Hello Dana,');
    click('Open in mail app');
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toMatch(/^mailto:dana@harbor\.example\?subject=A%20friendly%20reminder%20from%20Brightside%20Plumbing/);
    expect(decodeURIComponent(opened[0]!)).toContain('Hello Dana,\r\n');
    await waitFor(async () => expect(await notes(file.customer.id)).toHaveLength(1));
    const [note] = await notes(file.customer.id);
    expect(note).toMatchObject({ kind: 'email', promiseId: null });
    expect(readEmailNote(note!.text)).toMatchObject({ templateName: 'Payment reminder', to: 'dana@harbor.example' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Email' })).toBeNull());
  });

  it('says what is missing and how to add it, and keeps the email from opening', async () => {
    const file = await seedFile([{ name: 'Dana Whitfield', emails: [] }]);
    renderWithDb(<EmailButton file={file} settings={{ ...brightsideOffice, callbackNumber: '' }} />, db);
    click('Email…');
    const dialog = screen.getByRole('dialog', { name: 'Email' });
    expect(within(dialog).queryByLabelText('To')).toBeNull();
    const open = within(dialog).getByRole('button', { name: 'Open in mail app' });
    expect(open.hasAttribute('disabled')).toBe(true);
    const reason = document.getElementById(open.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain(
      'Recipient’s email address: Add an email address to one of the customer’s contacts in the customer file.',
    );
    expect(reason?.textContent).toContain('Callback number: Add your callback number in Settings.');

    // A final notice also asks for the decided step and the last day to settle, until both are given.
    fireEvent.change(within(dialog).getByLabelText('Template'), { target: { value: 'final-notice' } });
    expect(dialog.textContent).toContain(
      'Decided next step: Write the step your business has decided to take if the account stays unpaid.',
    );
    fireEvent.change(within(dialog).getByLabelText('We will'), { target: { value: 'pass the account to our agency' } });
    expect(within(dialog).getByRole('region', { name: 'Preview' }).textContent).toContain('we will then pass the account to our agency.');
    expect(dialog.textContent).toContain('Choose the last day to settle: a day after today.');
    expect(opened).toEqual([]);
  });
});
