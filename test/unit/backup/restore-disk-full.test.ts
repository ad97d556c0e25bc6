// Fault injection (issue 11, point 15): the disk fills up while a backup is being restored. The
// restore must be refused in plain words (the disk is full: free space, try again), not blamed on
// the backup or shown as the browser's error, and the database must be exactly as it was, down to
// its change stamp. Two ways the disk can fill: a write refused half-way through (the storage
// rejects a row), and the way Chromium reports it, the whole transaction aborting at its commit.
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackupContent } from '../../../renderer/backup/backup-content';
import { prepareRestore, restoreBackup } from '../../../renderer/backup/backup-file';
import { exportStampedSnapshot, RestoreFailedError } from '../../../renderer/backup/snapshot';
import type { CallDeskDb } from '../../../renderer/data/db';
import { latestSchemaVersion } from '../../../renderer/data/schema-versions';
import { storageProblemSentences } from '../../../shared/common/storage-problem';
import { defaultSettings } from '../../../shared/settings/schema';
import { customerRecord, invoiceRecord } from '../data/records';
import { closeTestDbs, filledDb } from './filled-db';

const diskFullRefusal = `Nothing was restored and your data is unchanged. ${storageProblemSentences['disk-full']}`;

/**
 * A disk with room for `rows` more rows: the storage refuses the next one written through `db`
 * with the QuotaExceededError a browser gives, until `free()`. Installed as a Dexie middleware,
 * so the database is reopened with it.
 */
async function fillDiskAfter(db: CallDeskDb, rows: number) {
  let written = 0;
  let full = true;
  const diskFull: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'disk-full',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(req) {
            if (full && (req.type === 'add' || req.type === 'put')) {
              if (written + req.values.length > rows)
                return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
              written += req.values.length;
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
  db.close();
  db.use(diskFull);
  await db.open();
  return {
    writtenBeforeFull: () => written,
    free: () => {
      full = false;
    },
  };
}

type FakeTransaction = IDBTransaction & { _markFinished(): void; _abort(errorName: string): void };

/**
 * The next read-write transaction on a database `named` aborts as it commits, with the error
 * Chromium gives when the disk is full. Reaches into fake-indexeddb's transaction, whose commit
 * is `_markFinished` with no error; returns the function that puts it back.
 */
function failNextCommit(named: (databaseName: string) => boolean): () => void {
  const prototype = IDBTransaction.prototype as FakeTransaction;
  const commit = Object.getOwnPropertyDescriptor(prototype, '_markFinished')?.value as FakeTransaction['_markFinished'] | undefined;
  if (typeof commit !== 'function' || typeof prototype._abort !== 'function')
    throw new Error('fake-indexeddb no longer commits as this test expects.');
  let armed = true;
  prototype._markFinished = function (this: FakeTransaction) {
    if (armed && this.mode === 'readwrite' && named(this.db.name) && this.error === null) {
      armed = false;
      this._abort('QuotaExceededError'); // rolls back every write, fires 'abort', then finishes
      return;
    }
    commit.call(this);
  };
  return () => {
    prototype._markFinished = commit;
  };
}

let putBack: (() => void) | null = null;
afterEach(async () => {
  putBack?.();
  putBack = null;
  await closeTestDbs();
});

/** A backup of `db` whose every invoice differs from what `db` holds: a half-written restore would show. */
async function differentBackup(db: CallDeskDb) {
  const { tables, documents } = await readBackupContent(db);
  const invoices = (tables.invoices ?? []).map((row) => ({ ...(row as object), number: `R-${(row as { number: string }).number}` }));
  return prepareRestore({ schemaVersion: latestSchemaVersion, tables: { ...tables, invoices }, documents });
}

async function refusal(restore: Promise<unknown>): Promise<Error> {
  const error = await restore.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RestoreFailedError)) throw new Error(`expected a RestoreFailedError, got ${String(error)}`);
  return error;
}

function expectPlainDiskFull(error: Error): void {
  expect(error.message).toBe(diskFullRefusal);
  expect(error.message).not.toMatch(/Quota|DOMException|Error|backup could not/);
}

describe('a restore when the disk fills up', () => {
  it('is refused in plain words when a write is refused half-way, with every table as it was', async () => {
    const current = await filledDb();
    const prepared = await differentBackup(current);
    const before = await exportStampedSnapshot(current);
    // Room for a few hundred rows: several tables are cleared and written again before it runs out.
    const disk = await fillDiskAfter(current, 300);

    expectPlainDiskFull(await refusal(restoreBackup(current, prepared)));
    expect(disk.writtenBeforeFull()).toBeGreaterThan(0);
    expect(await exportStampedSnapshot(current)).toEqual(before);

    // Once space is freed, the same restore goes through.
    disk.free();
    await restoreBackup(current, prepared);
    expect((await current.invoices.toArray()).every((invoice) => invoice.number.startsWith('R-'))).toBe(true);
  });

  it('is refused in plain words when the commit aborts for want of space, as Chromium reports it, with every table as it was', async () => {
    const current = await filledDb();
    const prepared = await differentBackup(current);
    const before = await exportStampedSnapshot(current);
    putBack = failNextCommit((name) => name === current.name);

    expectPlainDiskFull(await refusal(restoreBackup(current, prepared)));
    expect(await exportStampedSnapshot(current)).toEqual(before);
  });

  it('is refused in plain words when an older backup cannot be upgraded for want of space, leaving no scratch database', async () => {
    const current = await filledDb();
    const before = await exportStampedSnapshot(current);
    const v1Backup = {
      schemaVersion: 1,
      tables: {
        customers: [customerRecord('c1', 'Northwind Traders', false)],
        invoices: [invoiceRecord('i1', 'c1', '2024-01-31', 250_00)],
        settings: [{ key: 'app', value: { ...defaultSettings } }],
      },
      documents: [],
    };
    // The older backup is loaded into a scratch database to be upgraded: the disk fills there.
    putBack = failNextCommit((name) => name.startsWith('call-desk-restore-'));

    expectPlainDiskFull(await refusal(prepareRestore(v1Backup).then((prepared) => restoreBackup(current, prepared))));
    expect(await exportStampedSnapshot(current)).toEqual(before);
    expect((await Dexie.getDatabaseNames()).filter((name) => name.startsWith('call-desk-restore-'))).toEqual([]);
  });

  it('keeps its own sentence when the backup, not the disk, is at fault', async () => {
    const current = await filledDb();
    const { tables, documents } = await readBackupContent(current);
    const duplicate = { ...tables, invoices: [...tables.invoices!, tables.invoices![0]] };
    const error = await refusal(
      restoreBackup(current, await prepareRestore({ schemaVersion: latestSchemaVersion, tables: duplicate, documents })),
    );
    expect(error.message).toBe('Some records in this backup could not be stored, so nothing was restored and your data is unchanged.');
  });
});
