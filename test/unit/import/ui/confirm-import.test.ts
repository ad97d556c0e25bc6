// "Import N invoices" as the window runs it (confirm-import.ts) against a real import session in
// this thread: the worker writes while the window saves the copy it made, and commits only once
// the copy is saved; a copy not saved leaves the data as it was; without a current copy of the
// worker's own, one is made first.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDatabaseReusing } from '../../../../renderer/backup/encode-database';
import type { CallDeskDb } from '../../../../renderer/data/db';
import { readChangeStamp } from '../../../../renderer/data/change-stamp';
import { latestSchemaVersion } from '../../../../renderer/data/schema-versions';
import type { SafetyCopy, SavedSafetyCopy } from '../../../../renderer/import/apply-with-safety-copy';
import { confirmImport, type ConfirmRequest } from '../../../../renderer/import/confirm-import';
import type { ImportSessionDeps } from '../../../../renderer/import/import-session';
import { createImportSession } from '../../../../renderer/import/import-session';
import { applyPlanToDatabase } from '../../../../renderer/import/apply-stored-plan';
import {
  createImportWorkerClient,
  type ImportWorkerClient,
  type ImportWorkerHandle,
} from '../../../../renderer/import/import-worker-client';
import type { ImportWorkerResponse, PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import { loadPromiseContext } from '../../../../renderer/import/promise-context';
import { loadStoredForPlan, readStoredStamp } from '../../../../renderer/import/stored-for-plan';
import { SafetyCopyFailedError } from '../../../../renderer/import/stale-plan-error';
import { decodeBackup } from '../../../../shared/backup/decode-backup';
import { dropDb, freshDb } from '../../data/fixtures';
import { applyRequest, planned, storing, week1 } from './session-fixture';

const week2 = readFileSync(path.join(__dirname, '../../../fixtures/import/quickbooks-online/ar-aging-detail-2026-11-30.csv'));

let db: CallDeskDb;
afterEach(() => dropDb(db));

/** The client of one import session run in this thread, as the worker's; `copies` collects each copy it starts. */
function inProcess(
  copies: Promise<unknown>[] = [],
  encode: ImportSessionDeps['encodeSafetyCopy'] = encodeDatabaseReusing,
): { client: ImportWorkerClient; session: ReturnType<typeof createImportSession> } {
  let next = 500;
  const deps: ImportSessionDeps = {
    loadStored: loadStoredForPlan,
    readStamp: readStoredStamp,
    loadPromiseContext,
    encodeSafetyCopy: (...args) => {
      const made = encode!(...args);
      copies.push(made.catch(() => null));
      return made;
    },
    newId: () => `id-${++next}`,
  };
  const reply = (data: ImportWorkerResponse) => worker.onmessage?.({ data } as MessageEvent<ImportWorkerResponse>);
  const worker: ImportWorkerHandle = {
    onmessage: null,
    onerror: null,
    terminate: () => {},
    postMessage(message) {
      if (message.kind === 'safety-copy-saved') session.notice(message);
      else void session(message).then(reply);
    },
  };
  const session = createImportSession(reply, deps);
  return { client: createImportWorkerClient(() => worker), session };
}

/** The first week imported, as the database the tests confirm the second week into. */
async function firstWeekStored(): Promise<void> {
  db = freshDb();
  await db.open();
  const { handle } = storing();
  const reply = await handle(applyRequest(db, await planned(db, handle, new Uint8Array(week1))));
  if (reply.kind !== 'applied') throw new Error(JSON.stringify(reply));
}

/** Week 2 analysed and planned through the client, as the Import screen does (with the app version: the worker makes its copy). */
async function week2Planned(client: ImportWorkerClient, appVersion: string | null = '0.1.0'): Promise<PlanPreview> {
  const analysed = await client.request(
    {
      kind: 'analyse',
      file: { name: 'AR Aging Detail.csv', bytes: new Uint8Array(week2) },
      read: {},
      base: { defaultCurrency: 'USD', today: '2026-12-01' },
      databaseName: db.name,
    },
    () => {},
  );
  if (analysed.kind !== 'analysed') throw new Error(JSON.stringify(analysed));
  const reply = await client.request(
    {
      kind: 'plan',
      options: analysed.analysis.options,
      scope: 'full',
      databaseName: db.name,
      now: '2026-12-01T16:00:00.000Z',
      ...(appVersion ? { appVersion } : {}),
    },
    () => {},
  );
  if (reply.kind !== 'planned') throw new Error(JSON.stringify(reply));
  return reply.plan;
}

const confirmRequest = (plan: PlanPreview): ConfirmRequest => {
  const { safetyCopy: _written, ...request } = applyRequest(db, plan);
  return { ...request, now: '2026-12-01T17:00:00.000Z' };
};

async function backupCounts(bytes: Uint8Array) {
  const decoded = await decodeBackup(bytes, { maxSchemaVersion: latestSchemaVersion });
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.summary.counts;
}

/** Everything an import writes, to compare before and after. */
async function storedState() {
  const tables = [db.customers, db.invoices, db.payments, db.bookChanges, db.imports, db.promises];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

/**
 * Confirms `plan` where the worker has no copy to hand over: one is made first (when only the
 * first week's import is stored, so nothing of any attempt before it was kept), then the import applied.
 */
async function expectCopyMadeAfresh(client: ImportWorkerClient, plan: PlanPreview): Promise<void> {
  const importsWhenSaved: number[] = [];
  const result = await confirmImport(db, client, confirmRequest(plan), {
    write: () => Promise.reject(new Error('Nothing to write: the worker has no copy.')),
    save: async (d) => {
      importsWhenSaved.push(await d.imports.count());
      return { name: 'made-now.cdbackup', changeStamp: await readChangeStamp(d) };
    },
  });
  expect(importsWhenSaved).toEqual([1]);
  expect(result.safetyCopy).toBe('made-now.cdbackup');
  expect(await db.imports.count()).toBe(2);
}

const noSave = async (): Promise<SavedSafetyCopy> => {
  throw new Error('A copy was made again, though the worker had a current one.');
};

describe('confirming an import', () => {
  it('writes while the window saves the copy the worker made, which holds the data from before the import', async () => {
    await firstWeekStored();
    const { client } = inProcess();
    const plan = await week2Planned(client);
    const events: string[] = [];
    const written: SafetyCopy[] = [];
    let allRowsWritten!: () => void;
    const rowsWritten = new Promise<void>((resolve) => (allRowsWritten = resolve));
    const result = await confirmImport(db, client, confirmRequest(plan), {
      // Main saves the copy only once every row is written: a copy saved before the writing
      // started would never get here, and a commit before it was saved would not wait for it.
      write: async (copy) => {
        await rowsWritten;
        written.push(copy);
        events.push('copy written');
        return 'before-import-2026-12-01T17-00-00Z.cdbackup';
      },
      save: noSave,
      onSafetyCopySaved: (name) => events.push(`saved ${name}`),
      onProgress: (fraction) => {
        if (fraction < 1) return;
        events.push('all rows written');
        allRowsWritten();
      },
    });
    expect(result.safetyCopy).toBe('before-import-2026-12-01T17-00-00Z.cdbackup');
    expect(result.applied.counts.closedInvoices + result.applied.counts.changedInvoices).toBeGreaterThan(0);
    expect(events).toEqual(['all rows written', 'copy written', 'saved before-import-2026-12-01T17-00-00Z.cdbackup']);
    expect(written).toHaveLength(1);
    expect(written[0]!.changeStamp).not.toBe(await readChangeStamp(db));
    // The copy is the data as the preview saw it: one import, week 1's invoices.
    expect(await backupCounts(written[0]!.bytes)).toMatchObject({ imports: 1, invoices: 19, customers: 8 });
    expect(await db.imports.count()).toBe(2);
  });

  it('stores nothing when the copy cannot be saved, and says so', async () => {
    await firstWeekStored();
    const before = await storedState();
    const stampBefore = await readChangeStamp(db);
    const { client } = inProcess();
    const plan = await week2Planned(client);
    const failed = await confirmImport(db, client, confirmRequest(plan), {
      write: () => Promise.reject(new Error('The disk is full.')),
      save: noSave,
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(SafetyCopyFailedError);
    expect(failed).toMatchObject({
      message: 'Call Desk could not save a copy of your current data first, so nothing was imported. The disk is full.',
    });
    expect(await storedState()).toEqual(before);
    expect(await readChangeStamp(db)).toBe(stampBefore);
  });

  it('has a copy made first when the worker has none of its own', async () => {
    await firstWeekStored();
    const { client } = inProcess();
    const plan = await week2Planned(client, null);
    await expectCopyMadeAfresh(client, plan);
  });

  it('hands over no copy once the data changed after it was read: a copy is made afresh, then the import applied', async () => {
    await firstWeekStored();
    const copies: Promise<unknown>[] = [];
    const { client } = inProcess(copies);
    const plan = await week2Planned(client);
    // The copy is started just after the preview goes out; a write before it reads would simply be in it.
    await expect.poll(() => copies.length).toBe(1);
    await copies[0];
    await db.meta.put({ key: 'written-meanwhile', value: 1 });
    const written: SafetyCopy[] = [];
    const result = await confirmImport(db, client, confirmRequest(plan), {
      write: async (copy) => (written.push(copy), 'outdated.cdbackup'),
      save: async (d) => ({ name: 'made-now.cdbackup', changeStamp: await readChangeStamp(d) }),
    });
    expect(written).toEqual([]);
    expect(result.safetyCopy).toBe('made-now.cdbackup');
    expect(await db.imports.count()).toBe(2);
  });

  it('has a copy made afresh when the worker’s own fails after the import began writing, and nothing of that attempt is kept', async () => {
    await firstWeekStored();
    // The copy's moment is read, then making its file fails (the deflate worker gone, say).
    const failing: ImportSessionDeps['encodeSafetyCopy'] = async (name, meta, known, onMomentRead) => {
      const made = await encodeDatabaseReusing(name, meta, known, onMomentRead);
      throw new Error(`The copy of ${made.bytes.byteLength} bytes could not be finished.`);
    };
    const { client } = inProcess([], failing);
    const plan = await week2Planned(client);
    await expectCopyMadeAfresh(client, plan);
  });
});

describe('the import worker, asked to apply alongside its own copy', () => {
  it('refuses without a current copy for that plan, and writes nothing', async () => {
    await firstWeekStored();
    const { handle } = storing({ encodeSafetyCopy: encodeDatabaseReusing }, 900);
    const plan = await planned(db, handle, new Uint8Array(week2), { appVersion: '0.1.0' });
    expect(await handle({ ...applyRequest(db, plan, 'alongside'), planId: 'another-plan' })).toMatchObject({ kind: 'failed' });
    const withoutCopy = storing({}, 950);
    const unCopied = await planned(db, withoutCopy.handle, new Uint8Array(week2), { appVersion: '0.1.0' });
    expect(await withoutCopy.handle(applyRequest(db, unCopied, 'alongside'))).toEqual({
      kind: 'failed',
      name: 'SafetyCopyNotMadeError',
      message: 'No safety copy was made for this preview.',
    });
    expect(await db.imports.count()).toBe(1);
  });

  it('waits, uncommitted, until told the copy is saved', async () => {
    await firstWeekStored();
    // The test sees the promise of the copy being saved, and the moment the apply, everything
    // written, waits on it (the only thing that asks it for its outcome).
    let reachedWait!: () => void;
    const waiting = new Promise<void>((resolve) => (reachedWait = resolve));
    let settled = false;
    const applyPlan: ImportSessionDeps['applyPlan'] = (name, toApply, options) =>
      applyPlanToDatabase(name, toApply, {
        ...options,
        saveSafetyCopy: () => {
          const saved = options.saveSafetyCopy!();
          saved.then(
            () => (settled = true),
            () => (settled = true),
          );
          const awaited: PromiseLike<void> = {
            then: (onSaved, onFailed) => (reachedWait(), saved.then(onSaved, onFailed)),
          };
          return awaited as Promise<void>;
        },
      });
    const { handle, posted } = storing({ encodeSafetyCopy: encodeDatabaseReusing, applyPlan }, 900);
    const plan = await planned(db, handle, new Uint8Array(week2), { appVersion: '0.1.0' });
    let answered = false;
    const applying = handle(applyRequest(db, plan, 'alongside')).then((reply) => ((answered = true), reply));
    await waiting;
    await expect.poll(() => posted.filter((p) => p.kind === 'safety-copy').length).toBe(1);
    expect(posted.some((p) => p.kind === 'progress' && p.stage === 'applying' && p.fraction === 1)).toBe(true);
    // Every row is written, and still nothing is answered until the window says the copy is saved.
    expect(answered).toBe(false);
    handle.notice({ kind: 'safety-copy-saved', planId: 'another-plan', failure: null });
    await Promise.resolve(); // a notice that counted would have settled the wait by now
    expect(settled).toBe(false);
    expect(answered).toBe(false);
    handle.notice({ kind: 'safety-copy-saved', planId: plan.planId, failure: null });
    expect(await applying).toMatchObject({ kind: 'applied' });
    expect(await db.imports.count()).toBe(2);
  });
});
