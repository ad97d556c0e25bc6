import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openCallDeskDb, type CallDeskDb } from '../../../renderer/data/db';
import { latestSchemaVersion, v1Stores, v3Stores, v4Stores } from '../../../renderer/data/schema-versions';
import { searchCustomers } from '../../../renderer/customers/customer-repository';
import { call, contact, customer, invoice } from './migration-records';

describe('schema version 1 -> 2', () => {
  const name = `migration-${Math.random().toString(36).slice(2)}`;
  let db: CallDeskDb | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('computes every customer summary from its contacts, invoices and calls, and keeps the data', async () => {
    const v1 = new Dexie(name);
    v1.version(1).stores(v1Stores);
    await v1.open();
    await v1.table('customers').bulkPut([customer('c1', 'Northwind Traders'), customer('c2', 'Blue Heron Bakery')]);
    await v1
      .table('contacts')
      .bulkPut([
        contact('k1', 'c1', 'Sam Clerk', false, '(415) 555-0134', '2024-01-01T00:00:00.000Z'),
        contact('k2', 'c1', 'Pat Owner', true, '020 7946 0000', '2024-01-02T00:00:00.000Z'),
      ]);
    await v1
      .table('invoices')
      .bulkPut([
        invoice('i1', 'c1', 'INV-7', '2024-02-15', 200_00),
        invoice('i2', 'c1', 'INV-8', '2024-01-31', 50_00),
        invoice('i3', 'c1', 'INV-9', '2023-12-01', 500_00, 'void'),
        invoice('i4', 'c2', 'B-1', '2024-01-10', 0, 'paid'),
      ]);
    await v1
      .table('calls')
      .bulkPut([
        call('x1', 'c1', '2024-02-01T09:00:00.000Z', 'closed'),
        call('x2', 'c1', '2024-02-20T09:00:00.000Z', 'closed'),
        call('x3', 'c1', '2024-02-25T09:00:00.000Z', 'open'),
      ]);
    await v1.table('settings').put({ key: 'app', value: { defaultCountry: 'GB' } });
    expect(v1.verno).toBe(1);
    v1.close();

    db = openCallDeskDb(name);
    await db.open();
    // Opened at the latest version: v1 -> v2 computes the summaries, v2 -> v3 only adds tables.
    expect(db.verno).toBe(latestSchemaVersion);
    expect(await db.documents.count()).toBe(0);

    const c1 = await db.customers.get('c1');
    expect(c1).toMatchObject({
      legalName: 'Northwind Traders',
      accountNumber: 'ACC-c1',
      openBalanceMinor: 250_00,
      oldestOpenDueDate: '2024-01-31',
      // The contact who authorises payment wins over the first contact.
      primaryPhone: '020 7946 0000',
      // The open call has no outcome yet, so it does not count.
      lastCallAt: '2024-02-20T09:00:00.000Z',
    });
    expect(c1!.searchKeys).toEqual(
      expect.arrayContaining(['northwind', 'traders', 'accc1', 'sam', 'pat', 'sam@example.com', '2079460000']),
    );
    // Invoice numbers are found through the invoices' own keys (version 9).
    expect((await searchCustomers(db, 'INV-7', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual(['c1']);
    // Phone keys used the stored settings' default country (GB): the number parsed as British.
    expect(c1!.searchKeys).toContain('442079460000');

    const c2 = await db.customers.get('c2');
    expect(c2).toMatchObject({ openBalanceMinor: 0, oldestOpenDueDate: null, primaryPhone: null, lastCallAt: null });

    // The new indexes answer queries.
    expect((await db.customers.where('searchKeys').startsWith('north').toArray()).map((c) => c.id)).toEqual(['c1']);
    const timeline = await db.calls.where('[customerId+startedAt]').between(['c1', Dexie.minKey], ['c1', Dexie.maxKey]).primaryKeys();
    expect(timeline).toEqual(['x1', 'x2', 'x3']);
    // Nothing else was touched.
    expect(await db.contacts.count()).toBe(2);
    expect(await db.invoices.get('i3')).toMatchObject({ status: 'void', balanceMinor: 500_00 });
    expect(await db.calls.where('customerId').equals('c1').count()).toBe(3);
  });
});

describe('schema version 3 -> 4', () => {
  const name = `migration-v3-${Math.random().toString(36).slice(2)}`;
  let db: CallDeskDb | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  const stale = { searchKeys: ['stale'], openBalanceMinor: 0, oldestOpenDueDate: null, primaryPhone: null, lastCallAt: null };
  const usAddress = {
    label: 'billing' as const,
    line1: '1 Main St',
    line2: '',
    city: 'Austin',
    region: 'TX',
    postalCode: '78701',
    country: 'US',
  };

  it('stores the E.164 of every number that lacks one, once, and rebuilds the summaries', async () => {
    const v3 = new Dexie(name);
    v3.version(3).stores(v3Stores);
    await v3.open();
    await v3.table('customers').bulkPut([
      // A customer in the US, while the settings say GB: its numbers are read as American.
      { ...customer('us', 'Harbor Point Marine'), addresses: [usAddress], ...stale },
      // No address: the settings' country (GB) reads its numbers.
      { ...customer('uk', 'Blue Heron Bakery'), ...stale },
    ]);
    const kept = {
      ...contact('k3', 'uk', 'Ann Keep', false, '415 555 0199'),
      phones: [{ label: 'office' as const, number: '415 555 0199', e164: '+14155550199' }],
    };
    await v3.table('contacts').bulkPut([
      contact('k1', 'us', 'Sam Clerk', true, '415 555 0134'),
      contact('k2', 'uk', 'Pat Owner', true, '020 7946 0000'),
      // Already read when it was saved: never read again.
      kept,
    ]);
    await v3.table('invoices').bulkPut([invoice('i1', 'us', 'INV-10263', '2024-02-15', 200_00)]);
    await v3
      .table('calls')
      .bulkPut([
        { ...call('x1', 'us', '2024-02-01T09:00:00.000Z', 'closed'), contactId: 'k1', phoneNumber: '415 555 0134', dialled: true },
        { ...call('x2', 'uk', '2024-02-02T09:00:00.000Z', 'closed'), phoneNumber: '020 7946 0999', dialled: true },
        call('x3', 'uk', '2024-02-03T09:00:00.000Z', 'closed'),
      ]);
    await v3.table('settings').put({ key: 'app', value: { defaultCountry: 'GB', callbackNumber: '020 7946 0100' } });
    expect(v3.verno).toBe(3);
    v3.close();

    db = openCallDeskDb(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);

    expect((await db.contacts.get('k1'))!.phones).toEqual([{ label: 'office', number: '415 555 0134', e164: '+14155550134' }]);
    expect((await db.contacts.get('k2'))!.phones[0]!.e164).toBe('+442079460000');
    expect(await db.contacts.get('k3')).toEqual(kept);
    // Calls keep the E.164 of the contact's number they were made on, else read their own text.
    expect(await db.calls.get('x1')).toMatchObject({ phoneNumber: '415 555 0134', phoneE164: '+14155550134' });
    expect(await db.calls.get('x2')).toMatchObject({ phoneE164: '+442079460999' });
    expect(await db.calls.get('x3')).toMatchObject({ phoneNumber: null, phoneE164: null });
    expect((await db.settings.get('app'))!.value).toMatchObject({ callbackNumber: '020 7946 0100', callbackNumberE164: '+442079460100' });

    const us = await db.customers.get('us');
    expect(us).toMatchObject({
      primaryPhone: '415 555 0134',
      primaryPhoneE164: '+14155550134',
      openBalanceMinor: 200_00,
      lastCallAt: '2024-02-01T09:00:00.000Z',
    });
    expect(us!.searchKeys).not.toContain('stale');
    expect(us!.searchKeys).toEqual(expect.arrayContaining(['14155550134', '4155550134']));
    // The new keys answer searches: by the invoice number's digits, by the number as typed.
    expect((await searchCustomers(db, '10263', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual(['us']);
    expect((await searchCustomers(db, '+1 415 555 0134', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual(['us']);
    expect((await db.customers.get('uk'))!.primaryPhoneE164).toBe('+442079460000');
    // The new name-word index holds the names, so a slip in one is forgiven.
    expect(await db.customers.where('nameWords').equals('harbor').primaryKeys()).toEqual(['us']);
    expect((await searchCustomers(db, 'Harbour', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual(['us']);
  });
});

describe('schema version 4 -> 5', () => {
  const name = `migration-v4-${Math.random().toString(36).slice(2)}`;
  let db: CallDeskDb | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('keeps open balances one total per currency and stops sorting by a sum across currencies', async () => {
    const v4 = new Dexie(name);
    v4.version(4).stores(v4Stores);
    await v4.open();
    // As version 4 stored them: the USD and CAD balances added into one figure.
    const summed = {
      searchKeys: ['northwind'],
      nameWords: ['northwind'],
      openBalanceMinor: 1_500_00,
      oldestOpenDueDate: '2024-01-31',
      primaryPhone: null,
      primaryPhoneE164: null,
      lastCallAt: null,
    };
    await v4.table('customers').bulkPut([
      { ...customer('mixed', 'Northwind Traders'), ...summed },
      { ...customer('usd', 'Blue Heron Bakery'), ...summed, openBalanceMinor: 900_00 },
    ]);
    await v4
      .table('invoices')
      .bulkPut([
        invoice('i1', 'mixed', 'INV-1', '2024-02-15', 400_00),
        invoice('i2', 'mixed', 'INV-2', '2024-01-31', 400_00),
        { ...invoice('i3', 'mixed', 'CA-1', '2024-03-01', 700_00), currency: 'CAD', amountMinor: 700_00 },
        { ...invoice('i4', 'mixed', 'CA-2', '2024-03-01', 0, 'paid'), currency: 'EUR' },
        invoice('i5', 'usd', 'B-1', '2024-02-01', 300_00),
      ]);
    v4.close();

    db = openCallDeskDb(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);

    expect(await db.customers.get('mixed')).toMatchObject({
      openBalances: [
        { currency: 'USD', amountMinor: 800_00 },
        { currency: 'CAD', amountMinor: 700_00 },
      ],
      // The largest single-currency balance, never 1,500.00 of nothing in particular.
      openBalanceMinor: 800_00,
      oldestOpenDueDate: '2024-01-31',
    });
    expect(await db.customers.get('usd')).toMatchObject({
      openBalances: [{ currency: 'USD', amountMinor: 300_00 }],
      openBalanceMinor: 300_00,
    });
    // The balance index is rebuilt from the new figures.
    expect(await db.customers.orderBy('openBalanceMinor').reverse().primaryKeys()).toEqual(['mixed', 'usd']);
    expect(await db.invoices.count()).toBe(5);
  });
});
