import { describe, expect, it } from 'vitest';
import { addCallCorrection, closeCall, startCall } from '../../../renderer/calls/call-repository';
import { saveNoteDraft } from '../../../renderer/notes/note-draft-repository';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomer, searchCustomers } from '../../../renderer/customers/customer-repository';
import { bulkLoad, hasAnyCustomer, removeDemoData } from '../../../renderer/data/bulk-load';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { addNote } from '../../../renderer/notes/note-repository';
import { contactInput, customerInput, invoiceInput, useFreshDb } from './fixtures';
import { closedCallRecord, contactRecord, customerRecord, emptyRecords, invoiceRecord } from './records';

describe('bulkLoad, removeDemoData, hasAnyCustomer', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  const demoRecords = () => ({
    ...emptyRecords(),
    customers: [customerRecord('d1', 'Demo Dairy', true), customerRecord('d2', 'Demo Docks', true)],
    contacts: [contactRecord('dc1', 'd1', '(212) 555-0100')],
    invoices: [
      invoiceRecord('di1', 'd1', '2024-02-01', 300_00),
      invoiceRecord('di2', 'd1', '2024-01-15', 200_00),
      invoiceRecord('di3', 'd2', '2024-01-01', 0),
    ],
    calls: [closedCallRecord('dx1', 'd1', '2024-02-10T14:00:00.000Z'), closedCallRecord('dx2', 'd1', '2024-02-12T14:00:00.000Z')],
  });

  it('stores everything with each customer summary computed', async () => {
    expect(await hasAnyCustomer(db)).toBe(false);
    await bulkLoad(db, demoRecords(), { defaultCountry: 'US' });
    expect(await hasAnyCustomer(db)).toBe(true);
    expect(await getCustomer(db, 'd1')).toMatchObject({
      openBalanceMinor: 500_00,
      oldestOpenDueDate: '2024-01-15',
      primaryPhone: '(212) 555-0100',
      lastCallAt: '2024-02-12T14:00:00.000Z',
    });
    expect(await getCustomer(db, 'd2')).toMatchObject({ openBalanceMinor: 0, oldestOpenDueDate: null });
    expect((await searchCustomers(db, '212-555-0100', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['d1']);
    expect((await searchCustomers(db, 'n-di2', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['d1']);
  });

  it('refreshes customers already stored when records for them are loaded', async () => {
    const real = await createCustomer(db, customerInput());
    await saveInvoice(db, real.id, invoiceInput({ number: 'OLD-1', dueDate: '2024-03-01', amountMinor: 8_00 }));
    await saveContact(db, real.id, contactInput({ phones: [{ label: 'office', number: '(415) 555-0134' }] }));
    await bulkLoad(
      db,
      {
        ...emptyRecords(),
        invoices: [invoiceRecord('ri1', real.id, '2024-02-02', 42_00)],
        calls: [closedCallRecord('rc1', real.id, '2024-02-03T10:00:00.000Z')],
      },
      { defaultCountry: 'US' },
    );
    const row = await getCustomer(db, real.id);
    expect(row).toMatchObject({
      openBalanceMinor: 50_00,
      oldestOpenDueDate: '2024-02-02',
      primaryPhone: '(415) 555-0134',
      lastCallAt: '2024-02-03T10:00:00.000Z',
    });
    expect(row!.searchKeys).toEqual(expect.arrayContaining(['4155550134', 'acme']));
    // Its invoices, stored and loaded, find it by their numbers.
    for (const number of ['OLD-1', 'N-ri1'])
      expect((await searchCustomers(db, number, { defaultCountry: 'US' })).map((c) => c.id)).toEqual([real.id]);

    // A loaded contact who authorises payment becomes the primary phone.
    const payer = { ...contactRecord('rk1', real.id, '(628) 555-0111'), authorisesPayment: true };
    await bulkLoad(db, { ...emptyRecords(), contacts: [payer] }, { defaultCountry: 'US' });
    expect(await getCustomer(db, real.id)).toMatchObject({ primaryPhone: '(628) 555-0111', openBalanceMinor: 50_00 });
  });

  it('never replaces stored records: a stored id fails the whole load', async () => {
    await bulkLoad(db, demoRecords(), { defaultCountry: 'US' });
    const again = {
      ...emptyRecords(),
      invoices: [invoiceRecord('new-1', 'd2', '2024-05-01', 5_00), invoiceRecord('di1', 'd1', '2024-02-01', 1_00)],
    };
    await expect(bulkLoad(db, again, { defaultCountry: 'US' })).rejects.toThrow(
      'Some of these records are already stored; nothing was loaded.',
    );
    expect(await db.invoices.get('new-1')).toBeUndefined();
    expect(await db.invoices.get('di1')).toMatchObject({ balanceMinor: 300_00 });
    expect(await getCustomer(db, 'd2')).toMatchObject({ openBalanceMinor: 0 });
  });

  it('refuses records of an unknown customer and writes nothing', async () => {
    const records = { ...demoRecords(), invoices: [...demoRecords().invoices, invoiceRecord('x', 'ghost', '2024-01-01', 1_00)] };
    await expect(bulkLoad(db, records, { defaultCountry: 'US' })).rejects.toThrow(/customer that does not exist/);
    expect(await hasAnyCustomer(db)).toBe(false);
    expect(await db.invoices.count()).toBe(0);
  });

  it('removes the demo customers and everything of theirs, and nothing else', async () => {
    await bulkLoad(db, demoRecords(), { defaultCountry: 'US' });
    const real = await createCustomer(db, customerInput());
    await saveInvoice(db, real.id, invoiceInput());
    await addNote(db, real.id, 'Real note');
    await addNote(db, 'd1', 'Demo note');
    const demoCall = await startCall(db, {
      customerId: 'd2',
      contactId: null,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
    });
    await saveNoteDraft(db, { callId: demoCall.id, customerId: 'd2', text: 'demo draft' });
    const realCall = await startCall(db, {
      customerId: real.id,
      contactId: null,
      phoneNumber: null,
      dialled: false,
      scriptId: 'collection-call',
    });
    await closeCall(db, realCall.id, {
      result: 'no-answer',
      contactDetailsConfirmed: false,
      note: '',
      stepsCovered: [],
      branchesTaken: [],
      promise: null,
      dispute: null,
      followUp: null,
    });
    await addCallCorrection(db, realCall.id, 'Correction');

    expect(await removeDemoData(db)).toBe(2);

    expect((await db.customers.toArray()).map((c) => c.id)).toEqual([real.id]);
    for (const table of [db.contacts, db.invoices, db.calls, db.notes, db.noteDrafts]) {
      const owners = new Set((await table.toArray()).map((row) => row.customerId));
      expect([...owners], table.name).toEqual(table === db.contacts || table === db.noteDrafts ? [] : [real.id]);
    }
    expect(await db.notes.count()).toBe(2);
    expect(await removeDemoData(db)).toBe(0);
  });
});
