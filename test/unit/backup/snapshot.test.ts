import Dexie from 'dexie';
import { withInvoiceSearchKeys } from '../../../renderer/data/invoice-search-keys';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import { defaultSettings } from '../../../shared/settings/schema';
import { exportSnapshot, RestoreFailedError, RestoreRefusedError, restoreSnapshot } from '../../../renderer/backup/snapshot';
import { storesBySchemaVersion } from '../../../renderer/backup/upgrade-snapshot';
import { readBackupContent } from '../../../renderer/backup/backup-content';
import { prepareRestore, restoreBackup } from '../../../renderer/backup/backup-file';
import { latestSchemaVersion, unsavedTables } from '../../../renderer/data/schema-versions';
import { closedCallRecord, contactRecord, customerRecord, invoiceRecord } from '../data/records';
import { closeTestDbs, filledDb, testDb as db } from './filled-db';

afterEach(closeTestDbs);

describe('exportSnapshot / restoreSnapshot', () => {
  it('export, wipe, restore gives back exactly the same data in every table', async () => {
    const source = await filledDb();
    const before = await exportSnapshot(source);
    // Every table but the derived ones (the account digest), which are worked out again, and working space.
    expect(Object.keys(before).sort()).toEqual(
      source.tables
        .map((t) => t.name)
        .filter((name) => !unsavedTables.has(name))
        .sort(),
    );

    source.close();
    await Dexie.delete(source.name);
    const wiped = db();
    const result = await restoreSnapshot(wiped, before, latestSchemaVersion);

    expect(await exportSnapshot(wiped)).toEqual(before);
    expect(result.counts.invoices).toBe(before.invoices!.length);
    // Indexes work on the restored rows.
    const someCustomer = before.customers![0] as { id: string };
    expect(
      await wiped.calls.where('[customerId+startedAt]').between([someCustomer.id, Dexie.minKey], [someCustomer.id, Dexie.maxKey]).count(),
    ).toBe(before.calls!.filter((c) => (c as { customerId: string }).customerId === someCustomer.id).length);
  });

  it('survives the trip through a backup file, documents kept as files rather than JSON', async () => {
    const source = await filledDb();
    const tables = await exportSnapshot(source);
    const content = await readBackupContent(source);
    expect(Object.keys(content.tables)).not.toContain('documentFiles');
    expect(content.documents).toEqual([
      {
        id: 'doc-1',
        name: 'Proof of delivery.pdf',
        mime: 'application/pdf',
        bytes: (tables.documentFiles![0] as { bytes: Uint8Array }).bytes,
      },
    ]);
    const bytes = await encodeBackup({
      schemaVersion: source.verno,
      createdAt: '2026-11-22T15:30:00.000Z',
      app: { version: '0.1.0' },
      ...content,
    });
    const decoded = await decodeBackup(bytes, { maxSchemaVersion: latestSchemaVersion });
    if (!decoded.ok) throw new Error(decoded.message);
    const target = db();
    await restoreBackup(target, await prepareRestore(decoded.backup));
    expect(await exportSnapshot(target)).toEqual(tables);
    expect((await target.documentFiles.get('doc-1'))?.bytes).toBeInstanceOf(Uint8Array);
  });

  it('replaces everything: rows that are not in the backup are gone', async () => {
    const d = db();
    await d.customers.add({
      ...customerRecord('old', 'Old Customer', false),
      searchKeys: [],
      openBalances: [],
      openBalanceMinor: 0,
      oldestOpenDueDate: null,
      primaryPhone: null,
      lastCallAt: null,
    });
    await restoreSnapshot(d, { customers: [] }, latestSchemaVersion);
    expect(await d.customers.count()).toBe(0);
  });

  it('leaves the current data as it was when a row fails half-way', async () => {
    const current = await filledDb();
    const before = await exportSnapshot(current);
    // A different database: any table restored before the failure would show.
    const other: Record<string, unknown[]> = {
      ...before,
      invoices: before.invoices!.map((row) => ({ ...(row as object), number: 'CHANGED' })),
    };
    // Every table but the last is cleared and refilled before the bad row is reached: a second
    // row with a key already taken, which only IndexedDB refuses (the rows themselves are sound).
    const lastTable = current.tables.filter((t) => !unsavedTables.has(t.name)).at(-1)!.name;
    expect(other[lastTable]!.length).toBeGreaterThan(0);
    const withBadRow = { ...other, [lastTable]: [...other[lastTable]!, other[lastTable]![0]] };
    await expect(restoreSnapshot(current, withBadRow, latestSchemaVersion)).rejects.toThrow(RestoreFailedError);
    expect(await exportSnapshot(current)).toEqual(before);

    const duplicate = { ...other, invoices: [...other.invoices!, other.invoices![0]] };
    await expect(restoreSnapshot(current, duplicate, latestSchemaVersion)).rejects.toThrow(
      'nothing was restored and your data is unchanged',
    );
    expect(await exportSnapshot(current)).toEqual(before);
  });

  it('refuses unknown tables and newer schema versions before touching anything', async () => {
    const current = await filledDb();
    const before = await exportSnapshot(current);
    await expect(restoreSnapshot(current, { ...before, attachments: [] }, latestSchemaVersion)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreSnapshot(current, {}, latestSchemaVersion + 1)).rejects.toThrow('made by a newer version of Call Desk');
    expect(await exportSnapshot(current)).toEqual(before);
  });

  it('restores a version 1 backup through the migrations, leaving no scratch database behind', async () => {
    const v1Tables = {
      customers: [customerRecord('c1', 'Northwind Traders', false)],
      contacts: [contactRecord('k1', 'c1', '(415) 555-0134')],
      invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00)],
      calls: [closedCallRecord('x1', 'c1', '2024-02-20T09:00:00.000Z')],
      settings: [{ key: 'app', value: { ...defaultSettings } }],
    };
    const d = db();
    const result = await restoreSnapshot(d, v1Tables, 1);
    expect(result.fromSchemaVersion).toBe(1);
    expect(await d.customers.get('c1')).toMatchObject({
      legalName: 'Northwind Traders',
      openBalanceMinor: 250_00,
      oldestOpenDueDate: '2024-01-31',
      primaryPhone: '(415) 555-0134',
      lastCallAt: '2024-02-20T09:00:00.000Z',
    });
    // The invoice as it was, with the keys its customer is found by under its number (version 9).
    expect(await d.invoices.get('i1')).toEqual(withInvoiceSearchKeys(v1Tables.invoices[0]!));
    expect((await Dexie.getDatabaseNames()).filter((name) => name.startsWith('call-desk-restore-'))).toEqual([]);
  });

  it('restores a version 3 backup with the E.164 of its numbers stored by the same upgrade', async () => {
    const v3Tables = {
      customers: [
        {
          ...customerRecord('c1', 'Northwind Traders', false),
          searchKeys: [],
          openBalances: [],
          openBalanceMinor: 0,
          oldestOpenDueDate: null,
          primaryPhone: null,
          lastCallAt: null,
        },
      ],
      // Saved without an E.164 (its record says null): the upgrade reads it with the settings' country.
      contacts: [contactRecord('k1', 'c1', '(415) 555-0134')],
      invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00)],
      settings: [{ key: 'app', value: { ...defaultSettings, defaultCountry: 'US' } }],
    };
    const d = db();
    const result = await restoreSnapshot(d, v3Tables, 3);
    expect(result.fromSchemaVersion).toBe(3);
    expect((await d.contacts.get('k1'))!.phones[0]!.e164).toBe('+14155550134');
    expect(await d.customers.get('c1')).toMatchObject({ primaryPhoneE164: '+14155550134', openBalanceMinor: 250_00 });
  });

  it('restores a version 4 backup with its open balances kept one total per currency', async () => {
    // Version 4 stored one sum across currencies; the restore recomputes the summary.
    const v4Tables = {
      customers: [
        {
          ...customerRecord('c1', 'Northwind Traders', false),
          searchKeys: [],
          nameWords: [],
          openBalanceMinor: 550_00,
          oldestOpenDueDate: '2024-01-31',
          primaryPhone: null,
          lastCallAt: null,
        },
      ],
      invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00), { ...invoiceRecord('i2', 'c1', '2024-02-28', 300_00), currency: 'CAD' }],
      settings: [{ key: 'app', value: { ...defaultSettings } }],
    };
    const d = db();
    const result = await restoreSnapshot(d, v4Tables, 4);
    expect(result.fromSchemaVersion).toBe(4);
    expect(await d.customers.get('c1')).toMatchObject({
      openBalances: [
        { currency: 'CAD', amountMinor: 300_00 },
        { currency: 'USD', amountMinor: 250_00 },
      ],
      openBalanceMinor: 300_00,
    });
  });

  it('restores a version 4 backup into version 5 with an empty import history', async () => {
    const customer = {
      ...customerRecord('c1', 'Northwind Traders', false),
      searchKeys: [],
      nameWords: [],
      openBalanceMinor: 250_00,
      oldestOpenDueDate: '2024-01-31',
      primaryPhone: null,
      primaryPhoneE164: null,
      lastCallAt: null,
    };
    const v4Tables = { customers: [customer], invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00)] };
    const d = db();
    const result = await restoreSnapshot(d, v4Tables, 4);
    expect(result.fromSchemaVersion).toBe(4);
    expect(result.counts).toMatchObject({ imports: 0, bookChanges: 0, invoices: 1 });
    expect(await d.customers.get('c1')).toMatchObject({
      legalName: 'Northwind Traders',
      openBalanceMinor: 250_00,
      openBalances: [{ currency: 'USD', amountMinor: 250_00 }],
    });
    // The invoice as it was, with the keys its customer is found by under its number (version 9).
    expect(await d.invoices.get('i1')).toEqual(withInvoiceSearchKeys(v4Tables.invoices[0]!));
  });

  it('knows the store definitions of the latest schema version', () => {
    expect(storesBySchemaVersion[latestSchemaVersion]).toBeDefined();
  });
});
