// @vitest-environment jsdom
// The confirmation email from the promise to the timeline: the repository's one write, the
// dialog's hand-off to main (and its errors where the user is looking), and its wording taken
// from the office's promise confirmation template, an older custom wording included.
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomerFile, type CustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { ConfirmationEmailButton } from '../../../renderer/promises/ConfirmationEmailButton';
import { recordConfirmationSent } from '../../../renderer/promises/confirmation-repository';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import { settingsKey } from '../../../renderer/data/schema-versions';
import type { CallDeskBridge, IpcResult } from '../../../shared/ipc/contract';
import { noteSchema } from '../../../shared/notes/schema';
import { paymentPromiseSchema, type PaymentPromise } from '../../../shared/promises/schema';
import { defaultSettings } from '../../../shared/settings/schema';
import { contactInput, customerInput, invoiceInput } from '../data/fixtures';
import { click, expectFieldError, newDb, renderWithDb, type } from '../forms/render-with-db';

async function openDialog() {
  renderWithDb(<ConfirmationEmailButton promise={promise} file={file} />, db);
  await waitFor(() => expect(screen.getByRole('button', { name: 'Email confirmation' }).hasAttribute('disabled')).toBe(false));
  click('Email confirmation');
}

let db: CallDeskDb;
let file: CustomerFile;
let promise: PaymentPromise;
let opened: string[];
let reply: IpcResult;

async function seed(emails: string[]) {
  const customer = await createCustomer(db, customerInput({ legalName: 'Harbor Point Dental Group' }));
  const contact = await saveContact(db, customer.id, contactInput({ name: 'Dana Whitfield', emails }));
  const invoice = await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7001', amountMinor: 500_00 }));
  promise = paymentPromiseSchema.parse({
    id: 'p1',
    customerId: customer.id,
    callId: null,
    contactId: contact.id,
    amountMinor: 300_00,
    currency: 'USD',
    promisedDate: '2030-04-02',
    method: 'bank-transfer',
    invoiceIds: [invoice.id],
    instalments: [],
    status: 'open',
    createdAt: '2030-03-30T10:00:00.000Z',
  });
  await db.promises.add(promise);
  file = (await getCustomerFile(db, customer.id))!;
}

const notes = () => db.notes.where({ customerId: file.customer.id }).toArray();

beforeEach(async () => {
  db = newDb();
  opened = [];
  reply = { ok: true, value: { opened: true } };
  const bridge: CallDeskBridge = {
    invoke: async (channel, input) => {
      if (channel === 'shell:open-external') opened.push((input as { url: string }).url);
      return reply;
    },
    on: () => () => undefined,
  };
  window.callDesk = bridge;
});
afterEach(() => {
  delete window.callDesk;
});

describe('recordConfirmationSent', () => {
  it('adds one confirmation note that names the promise, and refuses another customer’s promise', async () => {
    await seed(['dana@harbor.example']);
    const note = await recordConfirmationSent(db, {
      customerId: file.customer.id,
      promiseId: 'p1',
      to: 'dana@harbor.example',
      subject: 'Payment',
      body: 'Dear Dana,\n\nThanks',
      now: new Date('2030-03-30T11:00:00Z'),
    });
    expect(note).toMatchObject({
      kind: 'promise-confirmation',
      promiseId: 'p1',
      correctsCallId: null,
      createdAt: '2030-03-30T11:00:00.000Z',
    });
    expect(note.text).toBe('To: dana@harbor.example\nSubject: Payment\n\nDear Dana,\n\nThanks');
    const other = await createCustomer(db, customerInput({ legalName: 'Other Co' }));
    await expect(
      recordConfirmationSent(db, { customerId: other.id, promiseId: 'p1', to: 'x@y.example', subject: 'S', body: 'B' }),
    ).rejects.toThrow('no longer on the customer');
    expect(await notes()).toHaveLength(1);
    // Notes stored before confirmations existed still parse.
    const { promiseId: _dropped, ...older } = note;
    expect(noteSchema.parse(older).promiseId).toBeUndefined();
  });
});

describe('ConfirmationEmailButton', () => {
  it('previews the filled email, opens the mailto through main and records it', async () => {
    await seed(['dana@harbor.example', 'ap@harbor.example']);
    await openDialog();
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('dana@harbor.example');
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Confirming our payment arrangement: $300.00 by Apr 2, 2030');
    const body = screen.getByLabelText('Email text') as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Hello Dana,\n/);
    expect(body.value).toContain('Harbor Point Dental Group will pay $300.00 by Apr 2, 2030, covering invoice INV-7001, by bank transfer.');
    // No callback number in the default settings: the field is left visible and pointed out.
    expect(body.value).toContain('please call me on {company.callbackNumber} so');
    expect(
      screen.getByText(/Still to fill in: .*\{company\.callbackNumber\}.*For next time: Add your callback number in Settings\./),
    ).toBeTruthy();

    type('Email text', 'Dear Dana,\n\nAs agreed: $300.00 on April 2.');
    click('Open in mail app');
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0]).toBe(
      'mailto:dana@harbor.example?subject=Confirming%20our%20payment%20arrangement%3A%20%24300.00%20by%20Apr%202%2C%202030&body=Dear%20Dana%2C%0D%0A%0D%0AAs%20agreed%3A%20%24300.00%20on%20April%202.',
    );
    await waitFor(async () => expect(await notes()).toHaveLength(1));
    expect((await notes())[0]).toMatchObject({ kind: 'promise-confirmation', promiseId: 'p1' });
    await waitFor(() => expect(screen.queryByLabelText('Email text')).toBeNull());
  });

  it('says where the user is looking when there is no address or main refuses, and records nothing', async () => {
    await seed([]);
    await openDialog();
    expect(screen.getByText('No contact on this file has an email address: type the address here.')).toBeTruthy();
    click('Open in mail app');
    await expectFieldError('To', 'Enter the address to send the confirmation to.');

    type('To', 'dana@harbor.example');
    reply = { ok: false, error: { code: 'failed', message: 'Only tel: and mailto: links can be opened.' } };
    click('Open in mail app');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your mail app was not opened: Only tel: and mailto: links can be opened.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(await notes()).toHaveLength(0);
  });
});

describe('the confirmation’s wording', () => {
  it('is the office’s promise confirmation template, the one edited in Settings ▸ Email templates', async () => {
    await seed(['dana@harbor.example']);
    await saveSettings(db, {
      ...defaultSettings,
      companyName: 'Brightside Plumbing',
      emailTemplates: {
        'promise-confirmation': { subject: 'We agreed {promise.amount}', body: 'Hi {contact.firstName}, see you, {company.name}.' },
      },
    });
    await openDialog();
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('We agreed $300.00');
    expect((screen.getByLabelText('Email text') as HTMLTextAreaElement).value).toBe('Hi Dana, see you, Brightside Plumbing.');
  });

  it('keeps an older custom wording saved with the old placeholders, in the new fields', async () => {
    await seed(['dana@harbor.example']);
    const { emailTemplates: _none, ...newer } = defaultSettings;
    await db.settings.put({
      key: settingsKey,
      value: {
        ...newer,
        companyName: 'Brightside Plumbing',
        confirmationSubject: 'Our agreement: {amount} on {date}',
        confirmationBody: 'Dear {contactName},\n{customerName} pays {amount} by {method} for {invoiceNumbers}.\n{companyName}',
      } as never,
    });
    await openDialog();
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Our agreement: $300.00 on Apr 2, 2030');
    expect((screen.getByLabelText('Email text') as HTMLTextAreaElement).value).toBe(
      'Dear Dana Whitfield,\nHarbor Point Dental Group pays $300.00 by bank transfer for invoice INV-7001.\nBrightside Plumbing',
    );
  });

  it('is not offered for an account placed with an agency, and says why', async () => {
    await seed(['dana@harbor.example']);
    const placed = {
      ...file,
      customer: { ...file.customer, placement: { placementId: 'pl1', agencyName: 'Keystone Collections', placedOn: '2030-03-01' } },
    };
    renderWithDb(<ConfirmationEmailButton promise={promise} file={placed} />, db);
    const button = await screen.findByRole('button', { name: 'Email confirmation' });
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(true));
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Emails are paused while Keystone Collections collects this account: the agency contacts the customer now. Recall it from the agency to email them again.',
    );
  });
});
