import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCall, startCall } from '../../../renderer/calls/call-repository';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { countCustomers, createCustomer, getCustomerFile, listCustomers } from '../../../renderer/customers/customer-repository';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { addNote } from '../../../renderer/notes/note-repository';
import { recordPayment } from '../../../renderer/payments/payment-repository';
import type { CallOutcome } from '../../../shared/calls/outcome';
import { at, contactInput, customerInput, freshDb, invoiceInput, useFreshDb, dropDb } from './fixtures';
import { customerRecord, emptyRecords, invoiceRecord } from './records';

describe('getCustomerFile', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  it('returns every piece of the timeline for that customer only, in a stable order', async () => {
    const customer = await createCustomer(db, customerInput());
    const other = await createCustomer(db, customerInput({ legalName: 'Other' }));
    await saveInvoice(db, other.id, invoiceInput());
    const contact = await saveContact(db, customer.id, contactInput());
    const late = await saveInvoice(db, customer.id, invoiceInput({ number: 'L', dueDate: '2024-03-31', issueDate: '2024-03-01' }));
    const early = await saveInvoice(db, customer.id, invoiceInput({ number: 'E', dueDate: '2024-01-31' }));
    await recordPayment(db, customer.id, {
      receivedOn: '2024-02-01',
      amountMinor: 10_00,
      currency: 'USD',
      method: 'card',
      reference: '',
      allocations: [{ invoiceId: early.id, amountMinor: 10_00 }],
    });
    const outcome: CallOutcome = {
      result: 'promise-to-pay',
      contactDetailsConfirmed: true,
      note: 'ok',
      stepsCovered: [],
      branchesTaken: [],
      promise: {
        amountMinor: 90_00,
        currency: 'USD',
        promisedDate: '2024-02-10',
        method: 'card-by-phone',
        invoiceIds: [early.id],
        instalments: [],
      },
      dispute: { invoiceId: late.id, reason: 'quality', details: 'Scratched' },
      followUp: { kind: 'task', dueAt: '2024-02-10T15:00:00.000Z', note: '' },
    };
    const first = await startCall(db, {
      customerId: customer.id,
      contactId: contact.id,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
      now: at('2024-02-01T10:00:00.000Z'),
    });
    await closeCall(db, first.id, outcome, at('2024-02-01T10:05:00.000Z'));
    const second = await startCall(db, {
      customerId: customer.id,
      contactId: null,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
      now: at('2024-02-05T10:00:00.000Z'),
    });
    await addNote(db, customer.id, 'Prefers email');

    const file = await getCustomerFile(db, customer.id);
    expect(file).not.toBeNull();
    expect(file!.customer).toMatchObject({ id: customer.id, openBalanceMinor: 190_00, lastCallAt: '2024-02-01T10:00:00.000Z' });
    expect(file!.contacts.map((c) => c.id)).toEqual([contact.id]);
    expect(file!.invoices.map((i) => i.number)).toEqual(['E', 'L']);
    expect(file!.payments).toHaveLength(1);
    expect(file!.calls.map((c) => c.id)).toEqual([second.id, first.id]);
    expect(file!.notes.map((n) => n.text)).toEqual(['Prefers email']);
    expect(file!.promises.map((p) => p.callId)).toEqual([first.id]);
    expect(file!.disputes.map((d) => d.invoiceId)).toEqual([late.id]);
    expect(file!.followUps.map((f) => f.kind)).toEqual(['task']);
    expect(await getCustomerFile(db, 'missing')).toBeNull();
  });
});

describe('listCustomers and countCustomers', () => {
  let db: CallDeskDb;
  beforeEach(async () => {
    db = freshDb();
    await bulkLoad(
      db,
      {
        ...emptyRecords(),
        customers: ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'].map((name) => customerRecord(name.toLowerCase(), name, false)),
        invoices: [
          invoiceRecord('i1', 'bravo', '2024-02-01', 500_00),
          invoiceRecord('i2', 'delta', '2024-01-01', 100_00),
          invoiceRecord('i3', 'echo', '2024-03-01', 900_00),
        ],
      },
      { defaultCountry: 'US' },
    );
  });
  afterEach(() => dropDb(db));

  const page = async (sort: 'name' | 'balance' | 'oldest', offset: number, limit: number) =>
    (await listCustomers(db, { sort, offset, limit })).map((c) => c.id);

  it('counts', async () => {
    expect(await countCustomers(db)).toBe(5);
  });

  it('pages by name', async () => {
    expect(await page('name', 0, 2)).toEqual(['alpha', 'bravo']);
    expect(await page('name', 2, 10)).toEqual(['charlie', 'delta', 'echo']);
  });

  it('pages by balance, largest first', async () => {
    expect(await page('balance', 0, 3)).toEqual(['echo', 'bravo', 'delta']);
  });

  it('pages by oldest due date, then those who owe nothing by name, across the seam', async () => {
    expect(await page('oldest', 0, 5)).toEqual(['delta', 'bravo', 'echo', 'alpha', 'charlie']);
    expect(await page('oldest', 2, 2)).toEqual(['echo', 'alpha']);
    expect(await page('oldest', 4, 2)).toEqual(['charlie']);
  });
});
