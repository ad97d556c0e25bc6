// The import worker reads the stored rows while it reads the file (the analyse step), and a plan
// uses them only while nothing was written since; rows a plan read serve the next preview too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../../renderer/data/db';
import type { ImportWorkerRequest, ImportWorkerResponse, PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import { createImportSession, type ImportSessionDeps } from '../../../../renderer/import/import-session';
import { loadPromiseContext } from '../../../../renderer/import/promise-context';
import { loadStoredForPlan, readStoredStamp } from '../../../../renderer/import/stored-for-plan';
import { dropDb, freshDb } from '../../data/fixtures';

const week1 = readFileSync(path.join(__dirname, '../../../fixtures/import/quickbooks-online/ar-aging-detail-2026-11-23.csv'));
const base = { defaultCurrency: 'USD', today: '2026-11-24' };

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

async function plan(handle: (r: ImportWorkerRequest) => Promise<ImportWorkerResponse>): Promise<PlanPreview> {
  const analysed = await handle({ ...(analyse() as Extract<ImportWorkerRequest, { kind: 'analyse' }>), file: null });
  if (analysed.kind !== 'analysed') throw new Error(JSON.stringify(analysed));
  const reply = await handle({
    kind: 'plan',
    options: analysed.analysis.options,
    scope: 'full',
    databaseName: db.name,
    now: '2026-11-24T16:00:00.000Z',
  });
  if (reply.kind !== 'planned') throw new Error(JSON.stringify(reply));
  return reply.plan;
}

const applyOf = (preview: PlanPreview): ImportWorkerRequest => ({
  kind: 'apply',
  planId: preview.planId,
  databaseName: db.name,
  fileName: 'AR Aging Detail.csv',
  presetName: 'QuickBooks Online — A/R Aging Detail',
  safetyCopy: { kind: 'written', changeStamp: null },
  takeFromFile: [],
  now: '2026-11-24T17:00:00.000Z',
});

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
