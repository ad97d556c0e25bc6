// The import worker's work without a Worker: the real read → layout → preset → interpret → plan
// on a real QuickBooks Online export, with the stored rows given by the test; and the apply of
// the plan the session keeps, into a real (in-memory) database.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../../renderer/data/db';
import { readChangeStamp } from '../../../../renderer/data/change-stamp';
import { applyInWorker } from '../../../../renderer/import/apply-in-worker';
import type { FinalResponse, ImportWorkerClient } from '../../../../renderer/import/import-worker-client';
import type { ImportWorkerRequest, ImportWorkerResponse, PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import { createImportSession } from '../../../../renderer/import/import-session';
import { SafetyCopyOutdatedError, StalePlanError } from '../../../../renderer/import/stale-plan-error';
import type { PlanImportInput } from '../../../../shared/import/reconcile/plan-import';
import { dropDb, freshDb } from '../../data/fixtures';
import { applyRequest as applyRequestOf, base, planned as plannedIn, storing, week1, type SessionHandle } from './session-fixture';

const nothingStored: PlanImportInput['stored'] = { customers: [], invoices: [], contacts: [] };

function session(stored = nothingStored) {
  const posted: ImportWorkerResponse[] = [];
  let next = 0;
  const handle = createImportSession((r) => posted.push(r), {
    loadStored: async () => stored,
    loadPromiseContext: async () => ({ promises: [], payments: [], graceDays: 0, timeZone: 'UTC' }),
    newId: () => `id-${++next}`,
  });
  return { posted, handle };
}

const analyse = (bytes: Uint8Array | null, name = 'AR Aging Detail.csv'): Extract<ImportWorkerRequest, { kind: 'analyse' }> => ({
  kind: 'analyse',
  file: bytes ? { name, bytes } : null,
  read: {},
  base,
});

describe('import session (the worker’s work)', () => {
  it('recognises a QuickBooks Online aging report, its columns and three values of each', async () => {
    const { handle, posted } = session();
    const reply = await handle(analyse(new Uint8Array(week1)));
    if (reply.kind !== 'analysed') throw new Error(JSON.stringify(reply));
    const { analysis } = reply;
    expect(analysis.preset).toMatchObject({ name: 'QuickBooks Online — A/R Aging Detail', fullListByDefault: true, dateOrder: 'mdy' });
    expect(analysis).toMatchObject({ format: 'delimited', encoding: 'utf-8', delimiter: ',', headerRowNumber: 5 });
    const num = analysis.headers.indexOf('Num');
    expect(analysis.options.mapping.invoiceNumber).toBe(num);
    expect(analysis.samples[num]).toEqual(['1041', '1043', '1044']);
    expect(analysis.headerSignature).toContain('num');
    expect(posted.map((p) => p.kind === 'progress' && p.stage)).toEqual(['reading', 'finding-columns']);
  });

  it('plans the import against what is stored, after interpreting with the user’s options', async () => {
    const { handle, posted } = session();
    const analysed = await handle(analyse(new Uint8Array(week1)));
    if (analysed.kind !== 'analysed') throw new Error('not analysed');
    const reply = await handle({
      kind: 'plan',
      options: analysed.analysis.options,
      scope: 'full',
      databaseName: 'call-desk',
      now: new Date().toISOString(),
    });
    if (reply.kind !== 'planned') throw new Error(JSON.stringify(reply));
    expect(reply.plan.newCustomers).toHaveLength(8);
    expect(reply.plan.newInvoices).toHaveLength(19);
    expect(reply.plan.totalChecks).toEqual([
      expect.objectContaining({ matches: true, fileTotal: { currency: 'USD', amountMinor: 3717645 } }),
    ]);
    expect(posted.filter((p) => p.kind === 'progress').map((p) => p.kind === 'progress' && p.stage)).toContain('matching');
  });

  it('asks instead of planning when a needed column is taken away', async () => {
    const { handle } = session();
    const analysed = await handle(analyse(new Uint8Array(week1)));
    if (analysed.kind !== 'analysed') throw new Error('not analysed');
    const { invoiceNumber: _dropped, ...mapping } = analysed.analysis.options.mapping;
    const reply = await handle({
      kind: 'plan',
      options: { ...analysed.analysis.options, mapping },
      scope: 'full',
      databaseName: 'call-desk',
      now: new Date().toISOString(),
    });
    expect(reply).toEqual({
      kind: 'questions',
      questions: [expect.objectContaining({ kind: 'missing-field', fields: expect.arrayContaining(['invoiceNumber']) })],
    });
  });

  it('reads the file it holds again with the options the user chose', async () => {
    const { handle } = session();
    await handle(analyse(new Uint8Array(week1)));
    const again = await handle({ ...analyse(null), read: { encoding: 'windows-1252' } });
    expect(again).toMatchObject({ kind: 'analysed', analysis: { encoding: 'windows-1252', encodingReason: 'chosen' } });
  });

  it('refuses a PDF renamed .csv with the reader’s sentence and reason', async () => {
    const { handle } = session();
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    expect(await handle(analyse(pdf, 'aging.csv'))).toMatchObject({
      kind: 'failed',
      reason: 'not-a-spreadsheet',
      message: expect.stringContaining('PDF'),
    });
  });

  it('asks for the file again when planning before any file was read', async () => {
    const { handle } = session();
    expect(
      await handle({
        kind: 'plan',
        options: { source: 'spreadsheet', content: 'invoices', mapping: {}, defaultCurrency: 'USD', today: '2026-11-24' },
        scope: 'some',
        databaseName: 'x',
        now: new Date().toISOString(),
      }),
    ).toEqual({
      kind: 'failed',
      message: 'Choose the file to import again.',
    });
  });
});

describe('import session: applying the plan it keeps', () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  const applyRequest = (plan: PlanPreview, safetyCopyStamp: string | null = null) => applyRequestOf(db, plan, safetyCopyStamp);
  const planned = (handle: SessionHandle, bytes: Uint8Array, name?: string) => plannedIn(db, handle, bytes, name ? { name } : {});

  it('plans, then applies that plan by its id: the rows are stored and the window gets counts and the accounts changed', async () => {
    db = freshDb();
    await db.open();
    const { handle, posted } = storing();
    const plan = await planned(handle, new Uint8Array(week1));
    posted.length = 0;
    const reply = await handle(applyRequest(plan));
    if (reply.kind !== 'applied') throw new Error(JSON.stringify(reply));
    expect(reply.applied.counts).toMatchObject({ newCustomers: 8, newInvoices: 19 });
    expect(reply.applied.fileName).toBe('AR Aging Detail.csv');
    expect(reply.applied.changedAccounts).toHaveLength(8);
    expect(reply.applied.changedAccounts.map((a) => a.name)).toContain('Acme Plumbing Supply');
    expect(await db.invoices.count()).toBe(19);
    expect(await db.customers.count()).toBe(8);
    expect(await db.imports.get(reply.applied.importId)).toMatchObject({
      fileName: 'AR Aging Detail.csv',
      startedAt: '2026-11-24T17:00:00.000Z',
    });
    const applying = posted.flatMap((p) => (p.kind === 'progress' && p.stage === 'applying' ? [p.fraction] : []));
    expect(applying.length).toBeGreaterThanOrEqual(2);
    expect(applying.at(-1)).toBe(1);
  });

  it('applies a plan only once, and never one it no longer holds', async () => {
    db = freshDb();
    await db.open();
    const { handle } = storing();
    const plan = await planned(handle, new Uint8Array(week1));
    expect(await handle({ ...applyRequest(plan), planId: 'some-other-plan' })).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('no longer current'),
    });
    expect(await db.invoices.count()).toBe(0);
    expect(await handle(applyRequest(plan))).toMatchObject({ kind: 'applied' });
    expect(await handle(applyRequest(plan))).toMatchObject({ kind: 'failed', message: expect.stringContaining('nothing was imported') });
    expect(await db.invoices.count()).toBe(19);
  });

  it('sends the window each list cut to the 200 rows the preview shows, with the true counts', async () => {
    db = freshDb();
    await db.open();
    const rows = Array.from({ length: 450 }, (_, i) => `Customer ${i % 230},INV-${i},2026-10-01,2026-10-31,${100 + i}.25`);
    const bad = Array.from({ length: 205 }, (_, i) => `Customer 1,BAD-${i},2026-10-01,not a date,10.00`);
    const csv = new TextEncoder().encode(['Customer,Num,Date,Due Date,Open Balance', ...rows, ...bad].join('\n'));
    const { handle } = storing();
    const plan = await planned(handle, csv, 'ledger.csv');
    expect(plan.counts).toMatchObject({ newCustomers: 230, newInvoices: 450, skipped: 205, changedCustomers: 230 });
    expect(plan.newCustomers).toHaveLength(200);
    expect(plan.newInvoices).toHaveLength(200);
    expect(plan.skipped).toHaveLength(200);
    expect(plan).not.toHaveProperty('changedCustomerIds');
    expect(plan).not.toHaveProperty('writes');
    // The worker applies the whole plan, not the preview.
    const reply = await handle(applyRequest(plan));
    expect(reply).toMatchObject({ kind: 'applied', applied: { counts: { newInvoices: 450, skipped: 205 } } });
    expect(await db.invoices.count()).toBe(450);
  });

  it('a plan gone stale reaches the window as the same error and sentence, and writes nothing', async () => {
    db = freshDb();
    await db.open();
    // Two sessions plan the same file with the same ids; once one is applied the other's rows are already stored.
    const first = storing();
    const second = storing();
    const firstPlan = await planned(first.handle, new Uint8Array(week1));
    const secondPlan = await planned(second.handle, new Uint8Array(week1));
    await first.handle(applyRequest(firstPlan));
    // A safety copy taken after the first import, so the copy is current and the plan is not.
    const reply = await second.handle(applyRequest(secondPlan, await readChangeStamp(db)));
    expect(reply).toEqual({
      kind: 'failed',
      name: 'StalePlanError',
      message: 'Some of these records are already stored; nothing was imported. Open the file again.',
    });
    expect(await db.imports.count()).toBe(1);
    // The window's side turns it back into the error it was.
    const client: ImportWorkerClient = {
      request: async () => reply as FinalResponse,
      tell: () => {},
      cancel: () => {},
      leave: () => {},
    };
    const error = await applyInWorker(client, applyRequest(secondPlan)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StalePlanError);
    expect(error).toMatchObject({ message: 'Some of these records are already stored; nothing was imported. Open the file again.' });
  });

  it('refuses to apply when the data changed after the safety copy was read, and keeps the plan for a second try', async () => {
    db = freshDb();
    await db.open();
    const { handle } = storing();
    const plan = await planned(handle, new Uint8Array(week1));
    const copiedAt = await readChangeStamp(db);
    await db.meta.put({ key: 'written-meanwhile', value: 1 });
    const refused = await handle(applyRequest(plan, copiedAt));
    expect(refused).toMatchObject({ kind: 'failed', name: 'SafetyCopyOutdatedError' });
    expect(await db.invoices.count()).toBe(0);
    const client: ImportWorkerClient = {
      request: async () => refused as FinalResponse,
      tell: () => {},
      cancel: () => {},
      leave: () => {},
    };
    expect(await applyInWorker(client, applyRequest(plan)).catch((caught: unknown) => caught)).toBeInstanceOf(SafetyCopyOutdatedError);
    // With a copy of the data as it is now, the same plan applies.
    expect(await handle(applyRequest(plan, await readChangeStamp(db)))).toMatchObject({ kind: 'applied' });
    expect(await db.invoices.count()).toBe(19);
  });
});
