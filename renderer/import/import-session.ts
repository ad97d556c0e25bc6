// The import worker's work, kept apart from its entry file so tests run it without a Worker.
// A session holds one file: "analyse" reads it (again, with other read options) and finds its
// columns; "plan" interprets the rows with the user's answers and compares them with what is
// stored, keeps the plan and sends the window its preview; "apply" writes that kept plan in one
// transaction that commits only once a safety copy is saved. Only "apply" writes.
import { todayIn } from '../../shared/dates/calendar';
import { cellText } from '../../shared/import/cells/cell-text';
import { autoMapColumns, mappingSignature } from '../../shared/import/interpret/auto-map';
import { interpretTable } from '../../shared/import/interpret/interpret-table';
import { findReportTable } from '../../shared/import/layout/find-report-table';
import { ImportFileError, type ImportPlan, type InterpretOptions, type ReportTable } from '../../shared/import/model';
import { importPresets, presetInterpretOptions, recognisePreset } from '../../shared/import/presets';
import { readImportFile } from '../../shared/import/read/read-import-file';
import { planImport } from '../../shared/import/reconcile/plan-import';
import { promiseEffectsOf, type PromiseEffect } from '../../shared/import/reconcile/promise-effects';
import type { ApplyImportOptions } from './apply-import';
import { applyPlanToDatabase, type AppliedInWorker } from './apply-stored-plan';
import type { FileAnalysis, ImportWorkerRequest, ImportWorkerResponse } from './import-worker-protocol';
import { createSessionCopies, type EncodeSafetyCopy } from './session-safety-copy';
import { previewOfPlan } from './plan-preview';
import type { PromiseContext } from './promise-context';
import type { StoredForPlan, StoredRowsAt } from './stored-for-plan';
import { errorMessage } from '../../shared/common/error-message';

export interface ImportSessionDeps {
  /**
   * The stored customers, invoices and contacts the plan is made against; calls `requested` once
   * the reads are asked for (the file is interpreted meanwhile).
   */
  loadStored(databaseName: string, requested: () => void): Promise<StoredForPlan>;
  /**
   * The database's change stamp now, to tell whether rows read earlier are still what is stored.
   * Without it, rows read ahead are never used and every plan reads afresh.
   */
  readStamp?(databaseName: string): Promise<string | null>;
  /**
   * The safety copy's file, reusing the rows read for the plan while their stamp is current
   * (encodeDatabaseReusing). Without it the worker makes no copy and the window has one made.
   */
  encodeSafetyCopy?: EncodeSafetyCopy;
  /** The stored promises, payments and promise settings of these customers (what the preview says of promises). */
  loadPromiseContext(databaseName: string, customerIds: readonly string[]): Promise<PromiseContext>;
  /** Writes the plan into the database in one transaction; applyPlanToDatabase unless a test says otherwise. */
  applyPlan?(databaseName: string, plan: ImportPlan, options: ApplyImportOptions): Promise<AppliedInWorker>;
  newId(): string;
}

/** Every header a preset knows, so the header row of a known report is found first time. */
const presetHeaderNames = importPresets.flatMap((preset) => [...preset.requiredHeaders, ...(preset.optionalHeaders ?? [])]);

const samplesPerColumn = 3;

const noop = () => {};

function columnSamples(table: ReportTable): string[][] {
  return table.headers.map((_, column) => {
    const found: string[] = [];
    for (const row of table.rows) {
      const text = cellText(row.cells[column]);
      if (text !== '') found.push(text);
      if (found.length === samplesPerColumn) break;
    }
    return found;
  });
}

function failure(error: unknown): ImportWorkerResponse {
  if (error instanceof ImportFileError) return { kind: 'failed', message: error.message, reason: error.reason };
  return { kind: 'failed', message: `The file could not be read: ${errorMessage(error)}` };
}

/** An apply that failed: its sentence as it is, and its name (StalePlanError…) for the window. */
function applyFailure(error: unknown): ImportWorkerResponse {
  return error instanceof Error ? { kind: 'failed', message: error.message, name: error.name } : { kind: 'failed', message: String(error) };
}

export function createImportSession(post: (response: ImportWorkerResponse) => void, deps: ImportSessionDeps) {
  let file: { name: string; bytes: Uint8Array } | null = null;
  let table: ReportTable | null = null;
  /** The plan the window last previewed, kept whole here until it is applied or replaced, and the rows it was made against. */
  let kept: { id: string; plan: ImportPlan; readAt?: StoredRowsAt } | null = null;
  /**
   * Stored rows read before the plan asked (from the analyse step, or the last plan's), which the
   * next plan uses if nothing was written since.
   */
  let readEarlier: { databaseName: string; read: Promise<StoredForPlan> } | null = null;
  const copies = createSessionCopies(post, deps.encodeSafetyCopy);
  /** The last apply's pack writing, which runs after its answer ('settle' waits for it). */
  let afterApply: Promise<{ written: boolean; ms: number }> | null = null;

  function writePacksLater(writePacks: () => Promise<boolean>): Promise<{ written: boolean; ms: number }> {
    const started = performance.now();
    const took = () => Math.round(performance.now() - started);
    // After the current task, so the apply's answer goes out first.
    return new Promise((resolve) => setTimeout(resolve, 0)).then(writePacks).then(
      (written) => ({ written, ms: took() }),
      // Only derived data: the packs stay marked stale, and the next import reads the table.
      () => ({ written: false, ms: took() }),
    );
  }

  /**
   * Starts reading the stored rows; resolves once the reads are asked for (or the read failed),
   * with the read in a box: an async function's promise would wait for the read itself.
   */
  async function startStoredRead(databaseName: string): Promise<{ read: Promise<StoredForPlan> }> {
    let requested!: () => void;
    const readsOut = new Promise<void>((resolve) => (requested = resolve));
    const read = deps.loadStored(databaseName, requested);
    read.catch(noop); // reported by the plan that uses it
    // Opening the database takes a turn of the event loop: the reads are out only after it.
    await Promise.race([readsOut, read.then(noop, noop)]);
    return { read };
  }

  /** Rows read earlier for `databaseName`, if nothing was written since they were read; else null. */
  async function currentEarlierRead(databaseName: string, earlier: typeof readEarlier): Promise<StoredForPlan | null> {
    if (!earlier || earlier.databaseName !== databaseName || !deps.readStamp) return null;
    const stored = await earlier.read.catch(() => null);
    if (!stored?.readAt) return null;
    return stored.readAt.changeStamp === (await deps.readStamp(databaseName)) ? stored : null;
  }

  /** Starts reading `databaseName`'s stored rows for a plan to come, unless that read is under way. */
  async function readAhead(databaseName: string): Promise<void> {
    if (deps.readStamp && readEarlier?.databaseName !== databaseName) {
      readEarlier = { databaseName, read: (await startStoredRead(databaseName)).read };
    }
  }

  async function analyse(request: Extract<ImportWorkerRequest, { kind: 'analyse' }>): Promise<ImportWorkerResponse> {
    if (request.databaseName) await readAhead(request.databaseName);
    if (request.file) {
      file = request.file;
      table = null;
    }
    kept = null;
    if (!file) return { kind: 'failed', message: 'Choose the file to import again.' };
    post({ kind: 'progress', stage: 'reading', fraction: 0.05 });
    const grid = readImportFile(file.bytes, file.name, request.read);
    post({ kind: 'progress', stage: 'finding-columns', fraction: 0.6 });
    const found = findReportTable(grid, presetHeaderNames);
    table = found;
    const recognised = recognisePreset(found.headers);
    const options: InterpretOptions = recognised
      ? presetInterpretOptions(recognised.preset, found.headers, request.base)
      : autoMappedOptions(found, request.base);
    const analysis: FileAnalysis = {
      fileName: file.name,
      format: grid.format,
      ...(grid.encoding ? { encoding: grid.encoding } : {}),
      ...(grid.encodingReason ? { encodingReason: grid.encodingReason } : {}),
      ...(grid.delimiter ? { delimiter: grid.delimiter } : {}),
      ...(grid.sheetNames ? { sheetNames: grid.sheetNames } : {}),
      ...(grid.sheet ? { sheet: grid.sheet } : {}),
      headers: found.headers,
      headerRowNumber: found.headerRowNumber,
      headerSignature: mappingSignature(found.headers),
      dataRowCount: found.rows.length,
      samples: columnSamples(found),
      preset: recognised
        ? {
            id: recognised.preset.id,
            name: recognised.preset.name,
            fullListByDefault: recognised.preset.fullListByDefault,
            dateOrder: recognised.preset.dateOrder,
          }
        : null,
      options,
    };
    return { kind: 'analysed', analysis };
  }

  async function promiseEffectsFor(databaseName: string, planned: ImportPlan, now: Date): Promise<PromiseEffect[]> {
    const changes = [...planned.changedInvoices, ...planned.reopenedInvoices];
    const paying = [...new Set(changes.filter((c) => c.impliedPaymentMinor > 0).map((c) => c.customerId))];
    if (paying.length === 0) return [];
    const context = await deps.loadPromiseContext(databaseName, paying);
    return promiseEffectsOf({ changes, ...context, today: todayIn(context.timeZone, now), now: now.toISOString() });
  }

  async function plan(request: Extract<ImportWorkerRequest, { kind: 'plan' }>): Promise<ImportWorkerResponse> {
    if (!table) return { kind: 'failed', message: 'Choose the file to import again.' };
    // Each stage has its share of the bar; inside it, the bar follows the rows done.
    const within = (stage: 'interpreting' | 'matching', from: number, to: number) => (fraction: number) =>
      post({ kind: 'progress', stage, fraction: from + (to - from) * fraction });
    post({ kind: 'progress', stage: 'interpreting', fraction: 0.1 });
    // Rows read ahead are used if still current (checked once the file is interpreted); otherwise
    // they are asked for first, so the database gathers them while this thread interprets the file.
    const earlier = readEarlier;
    readEarlier = null;
    const storedRead = earlier
      ? currentEarlierRead(request.databaseName, earlier).then(
          async (current) => current ?? (await (await startStoredRead(request.databaseName)).read),
        )
      : (await startStoredRead(request.databaseName)).read;
    storedRead.catch(noop); // unused when the user must answer questions first; else awaited below
    // Rows that came in meanwhile are taken first (each page is encoded for the safety copy and
    // handed to the deflate worker as it is taken), so that worker is not left idle while the
    // file is interpreted: the plan needs every row before it starts either way.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const result = interpretTable(table, { ...request.options, onProgress: within('interpreting', 0.1, 0.6) });
    kept = null;
    if (!result.ok) {
      // The rows wait for the plan made once the user has answered, if still current then.
      readEarlier = { databaseName: request.databaseName, read: storedRead };
      return { kind: 'questions', questions: result.questions };
    }
    const stored = await storedRead;
    // Kept for the next plan (the user changes an option and previews again) while still current.
    if (stored.readAt) readEarlier = { databaseName: request.databaseName, read: Promise.resolve(stored) };
    post({ kind: 'progress', stage: 'matching', fraction: 0.7 });
    const onProgress = within('matching', 0.7, 1);
    const planned = planImport({ book: result.book, scope: request.scope, stored, newId: deps.newId, onProgress });
    kept = { id: deps.newId(), plan: planned, ...(stored.readAt ? { readAt: stored.readAt } : {}) };
    const preview = previewOfPlan(planned, kept.id, await promiseEffectsFor(request.databaseName, planned, new Date(request.now)));
    if (request.appVersion !== undefined)
      copies.start(request.databaseName, kept.id, stored.readAt, { createdAt: request.now, appVersion: request.appVersion });
    return { kind: 'planned', plan: preview };
  }

  async function apply(request: Extract<ImportWorkerRequest, { kind: 'apply' }>): Promise<ImportWorkerResponse> {
    if (!kept || kept.id !== request.planId)
      return { kind: 'failed', message: 'This preview is no longer current; nothing was imported. Preview the file again.' };
    const { plan: planned } = kept;
    let expectChangeStamp: string | null;
    let saveSafetyCopy: (() => Promise<void>) | undefined;
    if (request.safetyCopy.kind === 'alongside') {
      const made = await copies.take(request.planId);
      if (!made) return { kind: 'failed', name: 'SafetyCopyNotMadeError', message: 'No safety copy was made for this preview.' };
      expectChangeStamp = made.changeStamp;
      saveSafetyCopy = () => copies.handOver(request.planId, made);
    } else {
      expectChangeStamp = request.safetyCopy.changeStamp;
    }
    post({ kind: 'progress', stage: 'applying', fraction: 0 });
    const applyPlan = deps.applyPlan ?? applyPlanToDatabase;
    const { applied, writePacks } = await applyPlan(request.databaseName, planned, {
      fileName: request.fileName,
      presetName: request.presetName,
      takeFromFile: request.takeFromFile,
      expectChangeStamp,
      ...(saveSafetyCopy ? { saveSafetyCopy } : {}),
      now: new Date(request.now),
      newId: deps.newId,
      onProgress: (fraction) => post({ kind: 'progress', stage: 'applying', fraction }),
      ...(kept.readAt ? { known: kept.readAt } : {}),
    });
    kept = null; // applied once: a second apply of the same plan would add everything again
    readEarlier = null; // the rows it was made against are no longer what is stored
    if (writePacks) afterApply = writePacksLater(writePacks);
    return { kind: 'applied', applied };
  }

  async function handle(request: ImportWorkerRequest): Promise<ImportWorkerResponse> {
    if (request.kind === 'apply')
      return apply(request)
        .catch(applyFailure)
        .finally(() => copies.forgetWaiting());
    try {
      if (request.kind === 'prepare') return await readAhead(request.databaseName).then(() => ({ kind: 'prepared' }) as const);
      if (request.kind === 'settle') return { kind: 'settled', packs: await afterApply };
      return request.kind === 'analyse' ? await analyse(request) : await plan(request);
    } catch (error) {
      return failure(error);
    }
  }
  // A notice has no answer: it is handled beside the request it concerns.
  return Object.assign(handle, { notice: copies.saved });
}

/**
 * A file no preset knows: the columns found by their names. Invoices unless it looks like a
 * contact list (contact details and nothing about invoices); the user can say otherwise.
 */
function autoMappedOptions(table: ReportTable, base: { defaultCurrency: string; today: string }): InterpretOptions {
  const mapping = autoMapColumns(table.headers);
  const invoiceish =
    mapping.invoiceNumber !== undefined ||
    mapping.openBalance !== undefined ||
    mapping.amount !== undefined ||
    mapping.dueDate !== undefined;
  const contactish =
    mapping.email !== undefined || mapping.phone !== undefined || mapping.address1 !== undefined || mapping.contactName !== undefined;
  const content = !invoiceish && contactish ? 'customers' : 'invoices';
  return { source: 'spreadsheet', content, mapping, defaultCurrency: base.defaultCurrency, today: base.today };
}
