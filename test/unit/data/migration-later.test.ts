// Upgrades from schema version 5 on: new indexes, the digest, and invoice numbers indexed on the invoices.
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openCallDeskDb, type CallDeskDb } from '../../../renderer/data/db';
import { latestSchemaVersion, v5Stores, v8Stores } from '../../../renderer/data/schema-versions';
import { digestDirtyKey } from '../../../shared/account-digest/model';
import { searchCustomers } from '../../../renderer/customers/customer-repository';
import { customer, invoice, t } from './migration-records';

describe('schema version 5 -> 6', () => {
  const name = `migration-v5-${Math.random().toString(36).slice(2)}`;
  let db: CallDeskDb | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('indexes payments by day received, promises by when they were made and customers by tag, with an empty digest', async () => {
    const v5 = new Dexie(name);
    v5.version(5).stores(v5Stores);
    await v5.open();
    await v5
      .table('customers')
      .bulkPut([{ ...customer('a', 'Northwind Traders'), tags: ['Anna', 'Key accounts'] }, customer('b', 'Blue Heron Bakery')]);
    const payment = (id: string, receivedOn: string) => ({
      id,
      customerId: 'a',
      receivedOn,
      amountMinor: 100_00,
      currency: 'USD',
      method: 'card',
      reference: '',
      allocations: [],
      createdAt: t,
    });
    await v5.table('payments').bulkPut([payment('p1', '2024-01-15'), payment('p2', '2024-03-02'), payment('p3', '2024-02-20')]);
    const promise = (id: string, createdAt: string) => ({
      id,
      customerId: 'a',
      callId: null,
      contactId: null,
      amountMinor: 100_00,
      currency: 'USD',
      promisedDate: '2024-03-10',
      method: 'card-by-phone',
      invoiceIds: [],
      instalments: [],
      status: 'open',
      createdAt,
    });
    await v5.table('promises').bulkPut([promise('r1', '2024-01-02T10:00:00.000Z'), promise('r2', '2024-02-28T10:00:00.000Z')]);
    v5.close();

    db = openCallDeskDb(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    expect(await db.payments.where('receivedOn').aboveOrEqual('2024-02-01').primaryKeys()).toEqual(['p3', 'p2']);
    expect(await db.promises.where('createdAt').aboveOrEqual('2024-02-01').primaryKeys()).toEqual(['r2']);
    expect(await db.customers.orderBy('tags').uniqueKeys()).toEqual(['Anna', 'Key accounts']);
    // No entries: the digest is built when first read (the version 9 upgrade, rewriting every
    // customer, leaves only its list of customers to refresh).
    expect((await db.digests.toArray()).filter((row) => row.key !== digestDirtyKey)).toEqual([]);
  });
});

describe('schema version 8 -> 9', () => {
  const name = `migration-v8-${Math.random().toString(36).slice(2)}`;
  let db: CallDeskDb | undefined;
  afterEach(async () => {
    db?.close();
    await Dexie.delete(name);
  });

  it('indexes every invoice by its number for its customer, and takes invoice numbers out of the customers own keys', async () => {
    const v8 = new Dexie(name);
    v8.version(8).stores(v8Stores);
    await v8.open();
    // As version 8 stored them: the invoice numbers among the customer's own keys.
    await v8.table('customers').bulkPut([
      {
        ...customer('a', 'Northwind Traders'),
        searchKeys: ['northwind', 'traders', 'acca', 'inv10263', '10263'],
        nameWords: ['northwind', 'traders'],
        openBalances: [{ currency: 'USD', amountMinor: 200_00 }],
        openBalanceMinor: 200_00,
        oldestOpenDueDate: '2024-02-15',
        primaryPhone: null,
        primaryPhoneE164: null,
        lastCallAt: null,
      },
      customer('b', 'Blue Heron Bakery'),
    ]);
    await v8
      .table('invoices')
      .bulkPut([invoice('i1', 'a', 'INV-10263', '2024-02-15', 200_00), invoice('i2', 'b', '2024/0042', '2024-03-01', 0, 'paid')]);
    v8.close();

    db = openCallDeskDb(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    expect((await db.invoices.get('i1'))!.customerSearchKeys).toEqual(['inv10263\u0000a', '10263\u0000a']);
    expect(await db.invoices.where('customerSearchKeys').startsWith('2024').primaryKeys()).toEqual(['i2']);
    const a = await db.customers.get('a');
    expect(a!.searchKeys).toEqual(expect.arrayContaining(['northwind', 'traders', 'acca']));
    expect(a!.searchKeys).not.toContain('10263');
    expect(a).toMatchObject({ openBalanceMinor: 200_00, oldestOpenDueDate: '2024-02-15' });
    // Both are still found by their invoices' numbers, typed with or without the prefix.
    expect((await searchCustomers(db, 'INV-10263', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['a']);
    expect((await searchCustomers(db, '10263', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['a']);
    expect((await searchCustomers(db, '2024/0042', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['b']);
    expect((await searchCustomers(db, 'heron 42', { defaultCountry: 'US' })).map((c) => c.id)).toEqual(['b']);
  });
});
