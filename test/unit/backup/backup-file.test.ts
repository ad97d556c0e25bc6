import { afterEach, describe, expect, it } from 'vitest';
import { withInvoiceSearchKeys } from '../../../renderer/data/invoice-search-keys';
import { customerRecord, invoiceRecord } from '../data/records';
import { backupContentFrom } from '../../../renderer/backup/backup-content';
import { createBackupCodec } from '../../../renderer/backup/backup-codec';
import {
  backupRecordCounts,
  currentRecordCounts,
  prepareRestore,
  restoreBackup,
  restoreProblem,
} from '../../../renderer/backup/backup-file';
import { exportSnapshot, RestoreRefusedError } from '../../../renderer/backup/snapshot';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import { closeTestDbs, documentBytes, filledDb, testDb } from './filled-db';
import { inProcessBackupWorker } from './in-process-backup-worker';
import { madeBackup, testPieceBytes } from './made-backup';
import { decodeBackup } from '../../../shared/backup/decode-backup';

afterEach(closeTestDbs);

const opts = { appVersion: '0.1.0', now: new Date('2026-11-23T08:05:00Z') };

async function decoded(bytes: Uint8Array) {
  const result = await decodeBackup(bytes, { maxSchemaVersion: latestSchemaVersion });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('backup files of the whole database', () => {
  it('build, wipe, restore gives back exactly the same data in every table, documents included', async () => {
    const source = await filledDb();
    const before = await exportSnapshot(source);
    const { bytes, summary } = await madeBackup(source, opts);
    expect(summary).toMatchObject({ createdAt: '2026-11-23T08:05:00.000Z', appVersion: '0.1.0', schemaVersion: latestSchemaVersion });
    expect(summary.documents).toEqual([
      { id: 'doc-1', name: 'Proof of delivery.pdf', mime: 'application/pdf', size: documentBytes.length },
    ]);
    expect(summary.counts).not.toHaveProperty('documentFiles');

    const { backup, summary: fromFile } = await decoded(bytes);
    expect(fromFile).toEqual(summary);
    // The invoices' search keys are left out of the file and worked out again as the restore writes them.
    const invoiceRows = backup.tables.invoices as object[];
    expect(invoiceRows.length).toBeGreaterThan(0);
    expect(invoiceRows.filter((row) => 'customerSearchKeys' in row)).toEqual([]);
    expect((before.invoices as { customerSearchKeys?: string[] }[]).every((row) => (row.customerSearchKeys?.length ?? 0) > 0)).toBe(true);

    // Wipe: another database with other data in it.
    const target = testDb();
    await target.customers.add({
      ...customerRecord('other', 'Someone Else Ltd', false),
      searchKeys: [],
      openBalances: [],
      openBalanceMinor: 0,
      oldestOpenDueDate: null,
      primaryPhone: null,
      lastCallAt: null,
    });
    await target.documentFiles.add({ id: 'stray', bytes: new Uint8Array([1]) });
    await restoreBackup(target, await prepareRestore(backup));

    expect(await exportSnapshot(target)).toEqual(before);
    expect((await target.documentFiles.get('doc-1'))?.bytes).toEqual(documentBytes);
    expect(await currentRecordCounts(target)).toEqual(backupRecordCounts(summary));
  });

  it('has the worker read the database by name and send the file in pieces, each once the last was taken; the summary counts every table', async () => {
    const source = await filledDb();
    const before = await exportSnapshot(source);
    const worker = inProcessBackupWorker();
    const pieces: Uint8Array[] = [];
    const meta = { createdAt: '2026-11-23T08:05:00.000Z', appVersion: '0.1.0' };
    const made = await createBackupCodec(() => worker).streamDatabase(source.name, meta, testPieceBytes, async (piece) => {
      // Nothing more comes while a piece is being taken.
      expect(worker.sent.filter((message) => message.kind === 'piece')).toHaveLength(pieces.length + 1);
      pieces.push(piece);
    });

    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.slice(0, -1).every((piece) => piece.length === testPieceBytes)).toBe(true);
    expect(worker.received).toEqual([
      { kind: 'stream-database', databaseName: source.name, pieceBytes: testPieceBytes, ...meta },
      ...pieces.map(() => ({ kind: 'piece-taken' })),
    ]);
    expect(worker.terminated).toBe(true);
    const { documentFiles, ...tables } = before;
    expect(made.summary.counts).toEqual(Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])));
    expect(made.summary.counts.invoices).toBe(await source.invoices.count());
    expect(made.summary.documents.map((d) => d.id)).toEqual(documentFiles!.map((f) => (f as { id: string }).id));
    const bytes = new Uint8Array(made.size);
    pieces.reduce((at, piece) => (bytes.set(piece, at), at + piece.length), 0);
    const { backup, summary: fromFile } = await decoded(bytes);
    expect(fromFile).toEqual(made.summary);
    // The file holds every row as stored, but the invoices' search keys (worked out again on restore).
    const invoices = (tables.invoices as { customerSearchKeys?: string[] }[]).map(({ customerSearchKeys: _keys, ...invoice }) => invoice);
    expect(backup.tables).toEqual({ ...tables, invoices });
  });

  it('checks a file read by ranges, staging each document, and restores from the staging table, leaving it empty', async () => {
    const source = await filledDb();
    const before = await exportSnapshot(source);
    const { bytes } = await madeBackup(source, opts);
    const target = testDb();
    await target.documentFiles.add({ id: 'stray', bytes: new Uint8Array([1]) });
    await target.restoreStaging.add({ id: 'left-by-an-earlier-check', bytes: new Uint8Array([2]) });
    const asked: { offset: number; length: number }[] = [];
    const file = {
      size: bytes.length,
      read: async (offset: number, length: number) => (asked.push({ offset, length }), bytes.slice(offset, offset + length)),
    };

    const { result, staged } = await createBackupCodec(inProcessBackupWorker).checkAndStage(target.name, file, latestSchemaVersion);
    if (!result.ok) throw new Error(result.message);
    expect(staged).toEqual(['doc-1']);
    expect(await target.restoreStaging.toCollection().primaryKeys()).toEqual(['doc-1']);
    // Read part by part: the start and end, the directory, the manifest, then each table and document.
    expect(asked.length).toBeGreaterThan(5);
    expect(asked).toContainEqual({ offset: expect.any(Number), length: documentBytes.length });
    expect(await target.documentFiles.count()).toBe(1);

    await restoreBackup(target, await prepareRestore({ ...result.backup, staged: true }));
    expect(await exportSnapshot(target)).toEqual(before);
    expect((await target.documentFiles.get('doc-1'))?.bytes).toEqual(documentBytes);
    expect(await target.restoreStaging.count()).toBe(0);
  });

  it('stages nothing from a file whose document is damaged, and says so', async () => {
    const source = await filledDb();
    const { bytes } = await madeBackup(source, opts);
    const at = indexOf(bytes, documentBytes.subarray(0, 16));
    expect(at).toBeGreaterThan(0);
    const damaged = bytes.slice();
    damaged[at + 3] = (damaged[at + 3] ?? 0) ^ 0xff;
    const target = testDb();
    const file = { size: damaged.length, read: async (offset: number, length: number) => damaged.slice(offset, offset + length) };
    const { result, staged } = await createBackupCodec(inProcessBackupWorker).checkAndStage(target.name, file, latestSchemaVersion);
    expect(result).toMatchObject({ ok: false, reason: 'checksum' });
    expect(staged).toEqual([]);
    expect(await target.restoreStaging.count()).toBe(0);
  });

  it('refuses a backup holding a table this version does not know, or a newer version, and leaves the data as it was', async () => {
    const current = await filledDb();
    const before = await exportSnapshot(current);
    const { backup } = await decoded((await madeBackup(current, opts)).bytes);

    const withUnknownTable = { ...backup, tables: { ...backup.tables, attachments: [{ id: 'a1' }] } };
    expect(restoreProblem(withUnknownTable)).toBe(
      'This backup holds data this version of Call Desk does not know (attachments), so it cannot be restored.',
    );
    await expect(restoreBackup(current, await prepareRestore(withUnknownTable))).rejects.toThrow(RestoreRefusedError);

    // Working space is never in a backup; a file that says it holds some is refused.
    const withStaging = { ...backup, tables: { ...backup.tables, restoreStaging: [{ id: 'doc-1', bytes: [1] }] } };
    expect(restoreProblem(withStaging)).toBe(
      'This backup holds data this version of Call Desk does not know (restoreStaging), so it cannot be restored.',
    );
    await expect(restoreBackup(current, await prepareRestore(withStaging))).rejects.toThrow(RestoreRefusedError);

    const newer = { ...backup, schemaVersion: latestSchemaVersion + 1 };
    expect(restoreProblem(newer)).toMatch(/made by a newer version of Call Desk/);
    await expect(restoreBackup(current, await prepareRestore(newer))).rejects.toThrow('made by a newer version of Call Desk');

    const documentsTwice = { ...backup, tables: { ...backup.tables, documentFiles: [] } };
    expect(restoreProblem(documentsTwice)).toMatch(/holds its documents twice/);
    await expect(restoreBackup(current, await prepareRestore(documentsTwice))).rejects.toThrow(RestoreRefusedError);

    expect(restoreProblem(backup)).toBeNull();
    expect(await exportSnapshot(current)).toEqual(before);
  });

  it('leaves the data as it was when a document cannot be stored (two with one id)', async () => {
    const current = await filledDb();
    const before = await exportSnapshot(current);
    const { backup } = await decoded((await madeBackup(current, opts)).bytes);
    const duplicate = { ...backup, documents: [...backup.documents, backup.documents[0]!] };
    await expect(restoreBackup(current, await prepareRestore(duplicate))).rejects.toThrow(
      'nothing was restored and your data is unchanged',
    );
    expect(await exportSnapshot(current)).toEqual(before);
  });

  it('restores an older database version with documents: upgraded tables, and the files beside them', async () => {
    const v2Tables = {
      customers: [
        {
          ...customerRecord('c1', 'Northwind Traders', false),
          searchKeys: ['northwind traders'],
          openBalanceMinor: 250_00,
          oldestOpenDueDate: '2024-01-31',
          primaryPhone: null,
          lastCallAt: null,
        },
      ],
      invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00)],
    };
    const target = testDb();
    await restoreBackup(
      target,
      await prepareRestore({
        schemaVersion: 2,
        tables: v2Tables,
        documents: [{ id: 'f1', name: 'scan.png', mime: 'image/png', bytes: new Uint8Array([0x89, 0x50]) }],
      }),
    );
    // The invoice as it was, with the keys its customer is found by under its number (version 9).
    expect(await target.invoices.get('i1')).toEqual(withInvoiceSearchKeys(v2Tables.invoices[0]!));
    expect(await target.documentFiles.toArray()).toEqual([{ id: 'f1', bytes: new Uint8Array([0x89, 0x50]) }]);
    expect(await target.placements.count()).toBe(0);
  });

  it('refuses a backup with a record the app cannot read, naming it, and restores the rest only when asked', async () => {
    const source = await filledDb();
    const { backup } = await decoded((await madeBackup(source, opts)).bytes);
    const customers = backup.tables.customers as { id: string; legalName: string; timeZone: string }[];
    const owner = (backup.tables.documents as { customerId: string }[])[0]!.customerId;
    const index = customers.findIndex((c) => c.id !== owner);
    const martian = customers[index]!;
    customers[index] = { ...martian, timeZone: 'Mars/Olympus_Mons' };
    const prepared = await prepareRestore(backup);
    expect(prepared.check.problems).toHaveLength(1);

    const target = testDb();
    await target.customers.add({
      ...customerRecord('other', 'Someone Else Ltd', false),
      searchKeys: [],
      openBalances: [],
      openBalanceMinor: 0,
      oldestOpenDueDate: null,
      primaryPhone: null,
      lastCallAt: null,
    });
    const untouched = await exportSnapshot(target);
    await expect(restoreBackup(target, prepared)).rejects.toThrow(
      `This backup has a record Call Desk cannot read: Customers, row ${index + 1} (${martian.legalName}): timeZone: Choose a time zone such as America/Chicago. Nothing was restored.`,
    );
    expect(await exportSnapshot(target)).toEqual(untouched);

    await restoreBackup(target, prepared, { leaveOut: true });
    expect(await target.customers.get(martian.id)).toBeUndefined();
    expect(await target.customers.count()).toBe(customers.length - 1);
    expect(await target.invoices.where('customerId').equals(martian.id).count()).toBe(0);
    expect(await target.invoices.count()).toBe(
      (backup.tables.invoices as { customerId: string }[]).filter((i) => i.customerId !== martian.id).length,
    );
    // The documents of the accounts kept come back with their files.
    expect(await target.documentFiles.count()).toBe(backup.documents.length);
  });

  it('keeps a file whose metadata row is missing, named by its id', () => {
    const content = backupContentFrom({
      documents: [],
      documentFiles: [{ id: 'orphan', bytes: new Uint8Array([7]) }],
      customers: [],
    });
    expect(content.tables).toEqual({ documents: [], customers: [] });
    expect(content.documents).toEqual([{ id: 'orphan', name: 'orphan', mime: 'application/octet-stream', bytes: new Uint8Array([7]) }]);
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
