// @vitest-environment jsdom
// A letter from the customer file to the timeline: the repository's one write for a batch (all
// notes or none), and the dialog's preview, refusal, save through main and timeline note.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomerFile, type CustomerFile } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { LetterBatchDialog } from '../../../renderer/letters/LetterBatchDialog';
import { LetterButton } from '../../../renderer/letters/LetterButton';
import { saveSettings } from '../../../renderer/settings/settings-repository';
import { recordLettersSent } from '../../../renderer/letters/letter-repository';
import type { CallDeskBridge } from '../../../shared/ipc/contract';
import { readLetterNote } from '../../../shared/letters/letter-note';
import { contactInput, customerInput, invoiceInput } from '../data/fixtures';
import { click, newDb, renderWithDb } from '../forms/render-with-db';
import { brightsideLetterOffice, daytonBilling } from '../templates/office-fixtures';

let db: CallDeskDb;
let printed: { html: string; suggestedName: string }[];

async function seedFile(legalName: string, addresses = [daytonBilling]): Promise<CustomerFile> {
  const customer = await createCustomer(db, customerInput({ legalName, tradingName: '', addresses }));
  await saveContact(db, customer.id, contactInput({ name: 'Marcus Lee', role: 'Controller', authorisesPayment: true }));
  await saveInvoice(db, customer.id, invoiceInput({ number: 'INV-7001', amountMinor: 420_00 }));
  return (await getCustomerFile(db, customer.id))!;
}
const notes = (customerId: string) => db.notes.where({ customerId }).toArray();
const sent = (customerId: string) => ({
  customerId,
  promiseId: null,
  templateName: 'Final demand',
  to: 'X',
  fileName: 'f.pdf',
  text: 'Dear X,',
});

beforeEach(() => {
  db = newDb();
  printed = [];
  const bridge: CallDeskBridge = {
    invoke: async (channel, input) => {
      if (channel !== 'export:pdf') return { ok: false, error: { code: 'unknown-channel', message: `Not expected: ${channel}` } };
      const { document, destination } = input as { document: { html: string }; destination: { suggestedName: string } };
      printed.push({ html: document.html, suggestedName: destination.suggestedName });
      return {
        ok: true,
        value: {
          saved: true,
          path: `/letters/${destination.suggestedName}`,
          fileName: destination.suggestedName,
          pages: 1,
          attachments: [],
        },
      };
    },
    on: () => () => undefined,
  };
  window.callDesk = bridge;
});
afterEach(() => {
  delete window.callDesk;
});

describe('recordLettersSent', () => {
  it('adds one letter note per account in one write, and none when an account is gone', async () => {
    const a = await seedFile('First Co');
    const b = await seedFile('Second Co');
    await expect(recordLettersSent(db, [sent(a.customer.id), sent('gone'), sent(b.customer.id)])).rejects.toThrow('no longer exists');
    expect(await notes(a.customer.id)).toHaveLength(0);

    const written = await recordLettersSent(db, [sent(a.customer.id), sent(b.customer.id)], new Date('2030-03-30T11:00:00Z'));
    expect(written.map((n) => n.customerId)).toEqual([a.customer.id, b.customer.id]);
    const [note] = await notes(b.customer.id);
    expect(note).toMatchObject({ kind: 'letter', promiseId: null, createdAt: '2030-03-30T11:00:00.000Z' });
    expect(readLetterNote(note!.text)).toEqual({ templateName: 'Final demand', to: 'X', fileName: 'f.pdf', text: 'Dear X,' });
  });
});

describe('the Letter… dialog', () => {
  it('previews the letter, saves it through main and records it on the timeline', async () => {
    const file = await seedFile(`O'Brien & <Sons>`);
    renderWithDb(<LetterButton file={file} settings={brightsideLetterOffice} />, db);
    click('Letter…');
    const dialog = screen.getByRole('dialog', { name: 'Letter' });
    expect((within(dialog).getByLabelText('Letter') as HTMLSelectElement).value).toBe('payment-reminder');
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(preview.textContent).toContain('Dear Marcus Lee,');
    expect(preview.textContent).toContain(`O'Brien & <Sons>`);
    expect(preview.textContent).toContain('$420.00 past due');

    click('Save PDF…');
    await waitFor(() => expect(within(dialog).getByRole('status', { name: 'Letters saved' })).toBeTruthy());
    expect(printed).toHaveLength(1);
    expect(printed[0]!.suggestedName).toMatch(/^O'Brien & Sons - AC-1001 - payment reminder - \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(printed[0]!.html).toContain('O&#39;Brien &amp; &lt;Sons&gt;');
    const [note] = await notes(file.customer.id);
    expect(note?.kind).toBe('letter');
    const letter = readLetterNote(note!.text);
    expect(letter).toMatchObject({ templateName: 'Payment reminder', fileName: printed[0]!.suggestedName });
    expect(letter?.text).toContain('INV-7001');
    click('Done');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Letter' })).toBeNull());
  });

  it('says what is missing, keeps Save off, and asks a final demand for the step and the date', async () => {
    const file = await seedFile('No Address LLC', []);
    renderWithDb(<LetterButton file={file} settings={brightsideLetterOffice} />, db);
    click('Letter…');
    const dialog = screen.getByRole('dialog', { name: 'Letter' });
    const save = within(dialog).getByRole('button', { name: 'Save PDF…' });
    expect(save.hasAttribute('disabled')).toBe(true);
    const reason = document.getElementById(save.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('Billing address: Add a billing address to the customer file.');

    fireEvent.change(within(dialog).getByLabelText('Letter'), { target: { value: 'final-demand' } });
    expect(dialog.textContent).toContain(
      'Decided next step: Write the step your business has decided to take if the account stays unpaid.',
    );
    fireEvent.change(within(dialog).getByLabelText('We will'), { target: { value: 'pass the account to our agency' } });
    expect(within(dialog).getByRole('region', { name: 'Preview' }).textContent).toContain('we will pass the account to our agency.');
    expect(printed).toEqual([]);
  });
});

describe('the batch Letters dialog', () => {
  it('waits for the step, then says which accounts get the letter and which are left out and why', async () => {
    const due = await seedFile('Past Due Co');
    const noAddress = await seedFile('Nowhere Co', []);
    await saveSettings(db, brightsideLetterOffice);
    renderWithDb(
      <LetterBatchDialog
        accounts={[due, noAddress].map((f) => ({ customerId: f.customer.id, customerName: f.customer.legalName }))}
        onClose={() => undefined}
      />,
      db,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Letters' });
    const letter = await within(dialog).findByLabelText('Letter');
    fireEvent.change(letter, { target: { value: 'final-demand' } });
    const save = within(dialog).getByRole('button', { name: /^Save \d+ letters? as PDF…$/ });
    expect(save.hasAttribute('disabled')).toBe(true);
    expect(document.getElementById(save.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/State the next step/);

    fireEvent.change(within(dialog).getByLabelText('We will'), { target: { value: 'pass the account to our agency' } });
    fireEvent.change(within(dialog).getByLabelText('If not settled by'), { target: { value: '2999-01-01' } });
    const accounts = within(dialog).getByRole('region', { name: 'Accounts' });
    expect(within(accounts).getByRole('status').textContent).toBe('1 letter to print; 1 account left out.');
    expect(within(accounts).getByRole('list', { name: 'Left out' }).textContent).toMatch(/^Nowhere Co: .*Add a billing address/);
    expect(within(dialog).getByRole('region', { name: 'Preview: Past Due Co' }).textContent).toContain(
      'we will pass the account to our agency.',
    );
    expect(save.hasAttribute('disabled')).toBe(false);
  });
});
