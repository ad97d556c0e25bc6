// Runs inside Chromium on the app's origin: a database of its own holding about 2 GB of attached
// documents, backed up and restored through the app's own code (the backup worker streaming the
// file to main piece by piece, the check staging each document, the restore's one transaction).
// window.callDeskLargeBackupBench; large-backup.bench.ts drives it and watches memory.
import Dexie from 'dexie';
import { backupOfDatabase, checkBackupFile } from '../../../renderer/backup/app-backups';
import { prepareRestore, restoreBackup } from '../../../renderer/backup/backup-file';
import { openBackupFile, writeSafetyCopyFile } from '../../../renderer/backup/backup-transfer';
import { bulkLoad } from '../../../renderer/data/bulk-load';
import { openCallDeskDb } from '../../../renderer/data/db';
import { createLargeDataSet } from '../../../shared/demo/large-data';
import { maxDocumentBytes } from '../../../shared/documents/schema';
import { defaultSettings } from '../../../shared/settings/schema';

const dbName = 'call-desk-large-backup-bench';
const db = openCallDeskDb(dbName);
/** Just under the largest document the app takes. */
const documentBytes = maxDocumentBytes - 1024 * 1024;

/** Bytes that do not repeat (xorshift), so nothing along the way can shrink them. */
function documentContent(seed: number): Uint8Array {
  const words = new Uint32Array(documentBytes / 4);
  let x = seed * 2_654_435_761 || 1;
  for (let i = 0; i < words.length; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x >>> 0;
  }
  return new Uint8Array(words.buffer);
}

/** A small book plus documents adding up to at least `totalBytes`, one written at a time. */
async function fill(totalBytes: number): Promise<{ documents: number; bytes: number }> {
  db.close();
  await Dexie.delete(dbName);
  await db.open();
  const now = new Date('2026-11-30T15:00:00Z');
  const { dataSet } = createLargeDataSet({
    customers: 200,
    invoices: 2_000,
    calls: 500,
    heavyCustomerCalls: 0,
    today: '2026-11-30',
    now,
    seed: 11,
  });
  await bulkLoad(db, dataSet, { defaultCountry: defaultSettings.defaultCountry });
  const count = Math.ceil(totalBytes / documentBytes);
  for (let i = 0; i < count; i += 1) {
    const id = `large-doc-${String(i).padStart(3, '0')}`;
    const customerId = dataSet.customers[i % dataSet.customers.length]!.id;
    await db.transaction('rw', db.documents, db.documentFiles, async () => {
      await db.documents.add({
        id,
        customerId,
        invoiceId: null,
        fileName: `Signed agreement ${i + 1}.pdf`,
        category: 'signed-agreement',
        mime: 'application/pdf',
        size: documentBytes,
        addedAt: now.toISOString(),
      });
      await db.documentFiles.add({ id, bytes: documentContent(i + 1) });
    });
  }
  return { documents: count, bytes: count * documentBytes };
}

/** The floor: every document's bytes read once, one at a time, nothing else done with them. */
async function timeRawRead(): Promise<{ ms: number; bytes: number }> {
  const ids = (await db.documentFiles.toCollection().primaryKeys()) as string[];
  const t0 = performance.now();
  let bytes = 0;
  for (const id of ids) bytes += (await db.documentFiles.get(id))?.bytes.length ?? 0;
  return { ms: performance.now() - t0, bytes };
}

/** A backup of the whole database, streamed to main (as the safety copy before a restore is). */
async function timeBackup(): Promise<{ ms: number; name: string; size: number }> {
  const t0 = performance.now();
  const { name, made } = await writeSafetyCopyFile(backupOfDatabase(db), 'restore');
  return { ms: performance.now() - t0, name, size: made.size };
}

/** Opens that backup, checks and stages it, and restores it over the database. */
async function timeRestore(name: string): Promise<{ checkMs: number; restoreMs: number; ms: number }> {
  const t0 = performance.now();
  const opened = await openBackupFile({ source: 'automatic', name });
  if (!opened.opened) throw new Error('message' in opened ? opened.message : 'The backup was not opened.');
  let checked: Awaited<ReturnType<typeof checkBackupFile>>;
  try {
    checked = await checkBackupFile(db, opened.file);
  } finally {
    await opened.close();
  }
  if (!checked.ok) throw new Error(checked.message);
  const tChecked = performance.now();
  await restoreBackup(db, await prepareRestore(checked.backup));
  const t1 = performance.now();
  return { checkMs: tChecked - t0, restoreMs: t1 - tChecked, ms: t1 - t0 };
}

/** What the restore left: every document whole (its first and last words as made), and nothing staged. */
async function verify(): Promise<{ documents: number; bytes: number; intact: boolean; staged: number }> {
  const ids = (await db.documentFiles.toCollection().primaryKeys()) as string[];
  let bytes = 0;
  let intact = true;
  for (const [i, id] of ids.entries()) {
    const stored = (await db.documentFiles.get(id))!.bytes;
    const expected = documentContent(i + 1);
    bytes += stored.length;
    intact &&=
      stored.length === expected.length && stored[0] === expected[0] && stored[stored.length - 1] === expected[expected.length - 1];
  }
  return { documents: ids.length, bytes, intact, staged: await db.restoreStaging.count() };
}

async function drop(): Promise<void> {
  db.close();
  await Dexie.delete(dbName);
}

declare global {
  interface Window {
    callDeskLargeBackupBench: {
      fill: typeof fill;
      timeRawRead: typeof timeRawRead;
      timeBackup: typeof timeBackup;
      timeRestore: typeof timeRestore;
      verify: typeof verify;
      drop: typeof drop;
    };
  }
}

window.callDeskLargeBackupBench = { fill, timeRawRead, timeBackup, timeRestore, verify, drop };
