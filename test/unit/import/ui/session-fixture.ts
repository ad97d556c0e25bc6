// A real import session on a real (in-memory) database, as the import worker runs it, and the
// steps the window takes with it: plan a file, apply the plan.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CallDeskDb } from '../../../../renderer/data/db';
import type { ImportWorkerRequest, ImportWorkerResponse, PlanPreview } from '../../../../renderer/import/import-worker-protocol';
import { createImportSession, type ImportSessionDeps } from '../../../../renderer/import/import-session';
import { loadPromiseContext } from '../../../../renderer/import/promise-context';
import { loadStoredForPlan } from '../../../../renderer/import/stored-for-plan';

export const week1 = readFileSync(path.join(__dirname, '../../../fixtures/import/quickbooks-online/ar-aging-detail-2026-11-23.csv'));
export const base = { defaultCurrency: 'USD', today: '2026-11-24' };

/** A session reading and writing the real database, as the worker's does; `deps` add to or replace its own. */
export function storing(deps: Partial<ImportSessionDeps> = {}, firstId = 0) {
  const posted: ImportWorkerResponse[] = [];
  let next = firstId;
  const handle = createImportSession((r) => posted.push(r), {
    loadStored: loadStoredForPlan,
    loadPromiseContext,
    newId: () => `id-${++next}`,
    ...deps,
  });
  return { posted, handle };
}

export type SessionHandle = ReturnType<typeof storing>['handle'];

/** Plans, as a full list, the file the session answered `analysed` for; `appVersion` given, the session goes on to make the safety copy. */
export async function planAnalysed(
  db: CallDeskDb,
  handle: (request: ImportWorkerRequest) => Promise<ImportWorkerResponse>,
  analysed: ImportWorkerResponse,
  opts: { appVersion?: string; now?: string } = {},
): Promise<PlanPreview> {
  if (analysed.kind !== 'analysed') throw new Error(JSON.stringify(analysed));
  const reply = await handle({
    kind: 'plan',
    options: analysed.analysis.options,
    scope: 'full',
    databaseName: db.name,
    now: opts.now ?? new Date().toISOString(),
    ...(opts.appVersion ? { appVersion: opts.appVersion } : {}),
  });
  if (reply.kind !== 'planned') throw new Error(JSON.stringify(reply));
  return reply.plan;
}

/** Analyses `bytes`, then plans them (planAnalysed). */
export async function planned(
  db: CallDeskDb,
  handle: SessionHandle,
  bytes: Uint8Array,
  opts: { name?: string; appVersion?: string; now?: string } = {},
): Promise<PlanPreview> {
  const analysed = await handle({ kind: 'analyse', file: { name: opts.name ?? 'AR Aging Detail.csv', bytes }, read: {}, base });
  return planAnalysed(db, handle, analysed, opts);
}

export type ApplyRequestOf = Extract<ImportWorkerRequest, { kind: 'apply' }>;

/** The apply of `plan`, after the window wrote a copy at `safetyCopyStamp`, or alongside the worker's own copy. */
export function applyRequest(db: CallDeskDb, plan: PlanPreview, safetyCopy: string | null | 'alongside' = null): ApplyRequestOf {
  return {
    kind: 'apply',
    planId: plan.planId,
    databaseName: db.name,
    fileName: 'AR Aging Detail.csv',
    presetName: 'QuickBooks Online — A/R Aging Detail',
    safetyCopy: safetyCopy === 'alongside' ? { kind: 'alongside' } : { kind: 'written', changeStamp: safetyCopy },
    takeFromFile: [],
    now: '2026-11-24T17:00:00.000Z',
  };
}
