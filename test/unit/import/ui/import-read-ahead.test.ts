// The import worker reads the stored rows while it reads the file (the analyse step), and a plan
// uses them only while nothing was written since; rows a plan read serve the next preview too.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../../renderer/data/db';
import type { ImportWorkerRequest, ImportWorkerResponse, PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import { createImportSession, type ImportSessionDeps } from '../../../../renderer/import/import-session';
import { loadPromiseContext } from '../../../../renderer/import/promise-context';
import { loadStoredForPlan, readStoredStamp } from '../../../../renderer/import/stored-for-plan';
import { dropDb, freshDb } from '../../data/fixtures';
import { applyRequest, base, planAnalysed, week1 } from './session-fixture';

let db: CallDeskDb;
afterEach(() => dropDb(db));

/** A session on the real database that counts its reads of the stored rows. */
function session(withStamp = true) {
  const reads: string[] = [];
  let next = 0;
  const deps: ImportSessionDeps = {
    loadStored: (name, requested) => (reads.push(name), loadStoredForPlan(name, requested)),
    loadPromiseContext,
    newId: () => `id-${++next}`,
    ...(withStamp ? { readStamp: readStoredStamp } : {}),
  };
  const handle = createImportSession(() => {}, deps);
  return { handle, reads };
}

const analyse = (databaseName?: string): ImportWorkerRequest => ({
  kind: 'analyse',
  file: { name: 'AR Aging Detail.csv', bytes: new Uint8Array(week1) },
  read: {},
  base,
  ...(databaseName ? { databaseName } : {}),
});

const plan = async (handle: (r: ImportWorkerRequest) => Promise<ImportWorkerResponse>): Promise<PlanPreview> =>
  planAnalysed(db, handle, await handle({ ...(analyse() as Extract<ImportWorkerRequest, { kind: 'analyse' }>), file: null }), {
    now: '2026-11-24T16:00:00.000Z',
  });

const applyOf = (preview: PlanPreview): ImportWorkerRequest => applyRequest(db, preview);

/** The week's file imported once, so the stored rows are the file's. */
async function importedOnce(): Promise<void> {
  const { handle } = session();
  expect(await handle(analyse(db.name))).toMatchObject({ kind: 'analysed' });
  const preview = await plan(handle);
  expect(await handle(applyOf(preview))).toMatchObject({ kind: 'applied' });
}

describe('reading the stored rows ahead of the plan', () => {
  it('starts the read while analysing, and the plan uses it when nothing was written since', async () => {
    db = freshDb();
    await db.open();
    await importedOnce();
    const { handle, reads } = session();
    expect(await handle(analyse(db.name))).toMatchObject({ kind: 'analysed' });
    expect(reads).toEqual([db.name]);
    const preview = await plan(handle);
    expect(reads).toEqual([db.name]);
    expect(preview).toMatchObject({ newInvoices: [], changedInvoices: [], unchangedCount: 19 });
  });

  it('starts the read before there is a file, as the file dialog opens, and the file chosen then reads nothing more', async () => {
    db = freshDb();
    await db.open();
    await importedOnce();
    const { handle, reads } = session();
    expect(await handle({ kind: 'prepare', databaseName: db.name })).toEqual({ kind: 'prepared' });
    expect(reads).toEqual([db.name]);
    expect(await handle({ kind: 'prepare', databaseName: db.name })).toEqual({ kind: 'prepared' });
    expect(await handle(analyse(db.name))).toMatchObject({ kind: 'analysed' });
    const preview = await plan(handle);
    expect(reads).toEqual([db.name]);
    expect(preview).toMatchObject({ newInvoices: [], changedInvoices: [], unchangedCount: 19 });
  });

  it('reads again when something was written after the early read, and plans against what is stored now', async () => {
    db = freshDb();
    await db.open();
    await importedOnce();
    const { handle, reads } = session();
    await handle(analyse(db.name));
    const invoice = (await db.invoices.limit(1).first())!;
    await db.invoices.update(invoice.id, { balanceMinor: invoice.balanceMinor + 500 });
    const preview = await plan(handle);
    expect(reads).toEqual([db.name, db.name]);
    expect(preview.changedInvoices.map((change) => change.invoiceId)).toEqual([invoice.id]);
  });

  it('keeps the rows a plan read for the next preview while they are current', async () => {
    db = freshDb();
    await db.open();
    await importedOnce();
    const { handle, reads } = session();
    await handle(analyse(db.name));
    await plan(handle);
    await plan(handle);
    expect(reads).toHaveLength(1);
    await db.customers.toCollection().modify({ notes: 'Changed after the first preview' });
    await plan(handle);
    expect(reads).toHaveLength(2);
  });

  it('reads again once its plan is applied, when the next file is analysed', async () => {
    db = freshDb();
    await db.open();
    const { handle, reads } = session();
    await handle(analyse(db.name));
    const preview = await plan(handle);
    expect(await handle(applyOf(preview))).toMatchObject({ kind: 'applied' });
    expect(reads).toHaveLength(1);
    await handle(analyse(db.name));
    expect(reads).toHaveLength(2);
    expect(await plan(handle)).toMatchObject({ newInvoices: [], unchangedCount: 19 });
    expect(reads).toHaveLength(2);
  });

  it('reads nothing ahead when it cannot tell whether rows are current', async () => {
    db = freshDb();
    await db.open();
    const { handle, reads } = session(false);
    await handle(analyse(db.name));
    expect(reads).toEqual([]);
    await plan(handle);
    await plan(handle);
    expect(reads).toEqual([db.name, db.name]);
  });
});
