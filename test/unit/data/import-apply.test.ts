import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../../renderer/backup/snapshot';
import type { CallDeskDb } from '../../../renderer/data/db';
import { readChangeStamp } from '../../../renderer/data/change-stamp';
import { applyImport, ImportDataError, SafetyCopyOutdatedError } from '../../../renderer/import/apply-import';
import { applyImportWithSafetyCopy, type SavedSafetyCopy } from '../../../renderer/import/apply-with-safety-copy';
import { listImports, undoImport, undoLastImport } from '../../../renderer/import/import-history';
import { planImportFromDb } from '../../../renderer/import/plan-from-db';
import { searchCustomers } from '../../../renderer/customers/customer-repository';
import { recordPayment } from '../../../renderer/payments/payment-repository';
import { getSettings } from '../../../renderer/settings/settings-repository';
import { bookChangeSentence } from '../../../shared/import/import-history';
import type { ImportPlan } from '../../../shared/import/model';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { book, bookContact, bookCredit, bookCustomer, bookInvoice } from '../import/reconcile-fixtures';
import { at, freshDb, useFreshDb } from './fixtures';

const week1 = at('2026-11-16T18:00:00.000Z');
const week2 = at('2026-11-23T18:00:00.000Z');
const acme = bookCustomer('Acme Hardware Ltd', {
  accountNumber: 'AC-1',
  contacts: [bookContact()],
  address: { line1: '1 Main St', line2: '', city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' },
});
const birch = bookCustomer('Birch & Sons');
const cedar = bookCustomer('Cedar Dental', { accountNumber: 'CD-9' });

const firstBook = book(
  [acme, birch],
  [
    bookInvoice(acme, '1001'),
    bookInvoice(acme, '1002', { amountMinor: 300_00, balanceMinor: 300_00 }),
    bookInvoice(birch, '2001', { currency: 'CAD' }),
  ],
  {
    credits: [bookCredit(birch, { currency: 'CAD' })],
  },
);
const secondBook = book(
  [acme, birch, cedar],
  [
    bookInvoice(acme, '1001', { balanceMinor: 700_00 }),
    bookInvoice(acme, '1005'),
    bookInvoice(birch, '2001', { currency: 'CAD' }),
    bookInvoice(cedar, '3001'),
  ],
  {
    credits: [bookCredit(birch, { currency: 'CAD' })],
  },
);

const options = (now: Date, fileName = 'aging.csv') => ({
  fileName,
  presetName: 'QuickBooks Online — A/R Aging Detail',
  takeFromFile: [],
  now,
});

describe('applyImport and undo', () => {
  let db: CallDeskDb;

  useFreshDb((opened) => (db = opened));

  async function importBook(parsed = firstBook, now = week1, fileName = 'aging.csv'): Promise<ImportPlan> {
    const plan = await planImportFromDb(db, parsed, 'full');
    await applyImport(db, plan, options(now, fileName));
    return plan;
  }

  async function promiseOn(customerId: string, invoiceId: string): Promise<PaymentPromise> {
    const promise: PaymentPromise = {
      id: 'promise-1',
      customerId,
      callId: 'call-1',
      contactId: null,
      amountMinor: 500_00,
      currency: 'USD',
      promisedDate: '2026-11-25',
      method: 'bank-transfer',
      invoiceIds: [invoiceId],
      instalments: [],
      status: 'open',
      createdAt: '2026-11-17T16:00:00.000Z',
    };
    await db.promises.add(promise);
    return promise;
  }

  it('imports into an empty database: customers with summaries, contacts, invoices, credits, a timeline entry each and the history', async () => {
    await importBook();
    const customers = await db.customers.orderBy('legalName').toArray();
    expect(customers.map((c) => [c.legalName, c.openBalanceMinor, c.oldestOpenDueDate, c.books?.customerKey])).toEqual([
      ['Acme Hardware Ltd', 1_500_00, '2026-10-31', 'acct:ac-1'],
      // A CAD balance: the summary adds balances as it always has (per-currency totals are another slice).
      ['Birch & Sons', 1_200_00, '2026-10-31', 'name:birch & sons'],
    ]);
    expect(customers[0]).toMatchObject({
      primaryPhone: '(415) 555-0134',
      timeZone: (await getSettings(db)).officeTimeZone,
      addresses: [{ line1: '1 Main St', country: 'US', label: 'billing' }],
    });
    // Found by its invoice's number, which the invoice's own keys hold.
    expect((await searchCustomers(db, '1001', { defaultCountry: 'US' })).map((c) => c.legalName)).toEqual(['Acme Hardware Ltd']);
    expect(customers[1]?.accountCredits).toEqual([
      { source: 'quickbooks-online', kind: 'credit-memo', reference: 'CM-7', date: '2026-10-15', amountMinor: 150_00, currency: 'CAD' },
    ]);
    expect(await db.contacts.where('customerId').equals(customers[0]!.id).toArray()).toMatchObject([
      { name: 'Pat Lee', emails: ['pat@acme.example'], phones: [{ number: '(415) 555-0134', e164: '+14155550134' }] },
    ]);
    expect(await db.invoices.count()).toBe(3);
    expect(await db.bookChanges.count()).toBe(2);
    const [history] = await listImports(db);
    expect(history).toMatchObject({ fileName: 'aging.csv', isLast: true, counts: { newCustomers: 2, newInvoices: 3, credits: 1 } });
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await importBook();
    const before = await exportSnapshot(db);
    const again = await planImportFromDb(db, firstBook, 'full');
    expect(again).toMatchObject({
      newCustomers: [],
      newInvoices: [],
      changedInvoices: [],
      closedInvoices: [],
      credits: [],
      contactDifferences: [],
      changedCustomerIds: [],
      unchangedCount: 3,
    });
    const { imports: _a, ...rest } = await exportSnapshot(db);
    const { imports: _b, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('applies next week: a payment seen in the books keeps the promise, a missing invoice is closed, new ones added; undo gives back exactly the state before', async () => {
    await importBook();
    const acmeId = (await db.customers.where('legalName').equals('Acme Hardware Ltd').first())!.id;
    const invoice1001 = (await db.invoices.where('number').equals('1001').first())!;
    await promiseOn(acmeId, invoice1001.id);
    const before = await exportSnapshot(db);

    const plan = await planImportFromDb(db, secondBook, 'full');
    expect(plan.changedInvoices.map((c) => [c.number, c.impliedPaymentMinor])).toEqual([['1001', 500_00]]);
    expect(plan.closedInvoices.map((c) => c.number)).toEqual(['1002']);
    expect(plan.newInvoices.map((i) => i.book.number)).toEqual(['1005', '3001']);
    expect(plan.newCustomers.map((c) => c.book.name)).toEqual(['Cedar Dental']);
    await applyImport(db, plan, options(week2, 'aging week 48.xlsx'));

    const [payment] = await db.payments.toArray();
    expect(payment).toMatchObject({
      customerId: acmeId,
      amountMinor: 500_00,
      method: 'other',
      receivedOn: '2026-11-23',
      reference: 'Seen in the books (import of aging week 48.xlsx)',
      allocations: [{ invoiceId: invoice1001.id, amountMinor: 500_00 }],
    });
    expect(payment?.seenInBooks).toBeDefined();
    expect((await db.promises.get('promise-1'))?.status).toBe('kept');
    expect(await db.invoices.get(invoice1001.id)).toMatchObject({ balanceMinor: 700_00, status: 'open' });
    expect((await db.invoices.where('number').equals('1002').first())?.status).toBe('closed-in-books');
    expect(await db.customers.get(acmeId)).toMatchObject({ openBalanceMinor: 1_900_00 });
    const change = (await db.bookChanges.where('customerId').equals(acmeId).toArray()).find((c) => c.fileName === 'aging week 48.xlsx')!;
    expect(bookChangeSentence(change, 'en-US')).toBe(
      'Books updated from aging week 48.xlsx: 1 new invoice (1005), invoice 1001 balance $1,200.00 → $700.00, invoice 1002 closed in the books, $500.00 paid',
    );
    expect((await listImports(db)).map((i) => [i.fileName, i.isLast])).toEqual([
      ['aging week 48.xlsx', true],
      ['aging.csv', false],
    ]);

    await undoLastImport(db, { now: week2 });
    expect(await exportSnapshot(db)).toEqual(before);
    expect((await db.promises.get('promise-1'))?.status).toBe('open');
  });

  it('refuses to undo an import that is not the last, or one something recorded since depends on', async () => {
    await importBook();
    const first = (await listImports(db))[0]!;
    await importBook(secondBook, week2, 'week 48.csv');
    await expect(undoImport(db, first.id, { now: week2 })).rejects.toThrow('only the last import (week 48.csv) can be undone');

    const cedarId = (await db.customers.where('legalName').equals('Cedar Dental').first())!.id;
    await db.notes.add({
      id: 'note-1',
      customerId: cedarId,
      kind: 'note',
      text: 'Asked for a statement.',
      correctsCallId: null,
      createdAt: '2026-11-24T10:00:00.000Z',
    } as never);
    await expect(undoLastImport(db, { now: week2 })).rejects.toThrow('for a customer it added');
    expect(await db.imports.count()).toBe(2);
  });

  it('refuses to undo once a payment was recorded on an invoice the import added', async () => {
    await importBook();
    await importBook(secondBook, week2, 'week 48.csv');
    const added = (await db.invoices.where('number').equals('1005').first())!;
    await recordPayment(
      db,
      added.customerId,
      {
        receivedOn: '2026-11-24',
        amountMinor: 100_00,
        currency: 'USD',
        method: 'cheque',
        reference: '',
        allocations: [{ invoiceId: added.id, amountMinor: 100_00 }],
      },
      { now: at('2026-11-24T15:00:00.000Z') },
    );
    const before = await exportSnapshot(db);
    await expect(undoLastImport(db, { now: week2 })).rejects.toThrow(
      'This import cannot be undone: a payment has been recorded since on an invoice it added or changed.',
    );
    expect(await exportSnapshot(db)).toEqual(before);
  });

  it('undoes a first import back to the empty database', async () => {
    const empty = await exportSnapshot(db);
    await importBook();
    await undoLastImport(db, { now: week1 });
    expect(await exportSnapshot(db)).toEqual(empty);
    await expect(undoLastImport(db)).rejects.toThrow('There is no import to undo.');
  });

  it('writes nothing when a row breaks a rule', async () => {
    const plan = await planImportFromDb(
      db,
      book([acme], [bookInvoice(acme, '1001'), bookInvoice(acme, '1002', { balanceMinor: 2_000_00 })]),
      'full',
    );
    await expect(applyImport(db, plan, options(week1))).rejects.toThrow(ImportDataError);
    expect(await db.customers.count()).toBe(0);
    expect(await db.invoices.count()).toBe(0);
    expect(await db.imports.count()).toBe(0);
  });

  it('takes from the file only the contact details the user chose', async () => {
    await importBook();
    const acmeId = (await db.customers.where('legalName').equals('Acme Hardware Ltd').first())!.id;
    const contact = (await db.contacts.where('customerId').equals(acmeId).first())!;
    await db.contacts.put({ ...contact, name: 'Sam Wu', emails: ['sam@acme.example'] });
    const moved = { ...acme, contacts: [bookContact({ email: 'billing@acme.example' })] };
    const plan = await planImportFromDb(db, book([moved, birch], firstBook.invoices, { credits: firstBook.credits }), 'full');
    expect(plan.contactDifferences.map((d) => d.field)).toEqual(['contact name', 'email']);
    await applyImport(db, plan, { ...options(week2), takeFromFile: [plan.contactDifferences[1]!.id] });
    expect(await db.contacts.get(contact.id)).toMatchObject({ name: 'Sam Wu', emails: ['billing@acme.example'] });
  });
});

describe('applyImportWithSafetyCopy', () => {
  // A copy made now and written as it is made, as the backup worker and main do it.
  const savedAs =
    (name: string, seen: number[] = []) =>
    async (d: CallDeskDb): Promise<SavedSafetyCopy> => {
      seen.push(await d.customers.count());
      return { name, changeStamp: await readChangeStamp(d) };
    };

  it('imports only after the safety copy is written, and nothing when it fails', async () => {
    const db = freshDb();
    try {
      const plan = await planImportFromDb(db, firstBook, 'full');
      const apply = (stamp: string | null) => applyImport(db, plan, { ...options(week1), expectChangeStamp: stamp });
      await expect(applyImportWithSafetyCopy(db, apply, () => Promise.reject(new Error('The disk is full.')))).rejects.toThrow(
        'could not save a copy of your current data first, so nothing was imported. The disk is full.',
      );
      expect(await db.customers.count()).toBe(0);
      const seen: number[] = [];
      const result = await applyImportWithSafetyCopy(db, apply, savedAs('before-import-2026-11-16T18-00-00Z.cdbackup', seen));
      expect(seen).toEqual([0]);
      expect(result.safetyCopy).toBe('before-import-2026-11-16T18-00-00Z.cdbackup');
      expect(await db.customers.count()).toBe(2);
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  it('is refused by the apply when the data changed after the copy was saved, and tried again with a new copy', async () => {
    const db = freshDb();
    try {
      const plan = await planImportFromDb(db, firstBook, 'full');
      const stamps: (string | null)[] = [];
      let saves = 0;
      const save = async (d: CallDeskDb): Promise<SavedSafetyCopy> => {
        const changeStamp = await readChangeStamp(d);
        // The first time, something is written between saving the copy and the import.
        if (saves++ === 0) await db.meta.put({ key: 'late-write', value: true });
        return { name: `copy-${saves}.cdbackup`, changeStamp };
      };
      const apply = (stamp: string | null) => {
        stamps.push(stamp);
        return applyImport(db, plan, { ...options(week1), expectChangeStamp: stamp });
      };
      const result = await applyImportWithSafetyCopy(db, apply, save);
      expect(stamps).toHaveLength(2);
      expect(stamps[0]).not.toBe(stamps[1]);
      expect(result.safetyCopy).toBe('copy-2.cdbackup');
      expect(await db.customers.count()).toBe(2);

      // A refused apply wrote nothing.
      await expect(applyImport(db, plan, { ...options(week1), expectChangeStamp: 'an-old-stamp' })).rejects.toBeInstanceOf(
        SafetyCopyOutdatedError,
      );
    } finally {
      db.close();
      await Dexie.delete(db.name);
    }
  });
});
