// Runs inside Chromium on the app's origin: imports a 100,000-invoice A/R aging report into an
// empty database of its own (the main bench's seeded one is never touched), through the code the
// Import screen runs (the import worker reads, finds the columns, interprets and matches, makes the
// safety copy from the rows it read, which the window saves through main, and applies), and times the floors the results are read against.
import { largeBook, bookAWeekLater } from '../../../shared/demo/large-book';
import type { ImportRecord } from '../../../shared/import/import-history';
import { openCallDeskDb, type CallDeskDb } from '../../../renderer/data/db';
import { readInvoicesThroughPacks } from '../../../renderer/data/invoice-pack-store';
import { appVersion } from '../../../renderer/backup/app-backups';
import { writeSafetyCopy } from '../../../renderer/import/apply-with-safety-copy';
import { confirmImport } from '../../../renderer/import/confirm-import';
import { createImportWorkerClient } from '../../../renderer/import/import-worker-client';
import type { ImportStage } from '../../../renderer/import/import-worker-protocol';
import { agingReportCsv } from './aging-report-csv';

export const importBenchDbName = 'call-desk-import-bench';
/** Where the ratio's floor writes the same rows: empty before, deleted after. */
const floorDbName = 'call-desk-import-bench-floor';

/** Main-thread tasks over 50 ms, as Chromium reports them (the window's freezes). */
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

function longestTaskIn(from: number, to: number): number {
  return longTasks.filter((t) => t.start + t.duration >= from && t.start <= to).reduce((max, t) => Math.max(max, t.duration), 0);
}

export interface ImportTiming {
  totalMs: number;
  /**
   * The worker's stages, from the page's side (each ends when the next one's progress arrives).
   * After the confirm the rows are written while the copy is saved: `safetyCopy` runs until the
   * copy is saved, `apply` from then until the import is stored; together they are the confirm.
   */
  stagesMs: { read: number; layout: number; interpret: number; plan: number; safetyCopy: number; apply: number };
  /** Handing the copy's file to main, within stagesMs.safetyCopy (through the test host's loopback server here). */
  safetyCopyWrite: { ms: number; bytes: number };
  /** The invoice packs written after the answer (renderer/data/invoice-packs.ts): whether, and how long it took. */
  packsAfter: { written: boolean; ms: number } | null;
  /** The longest main-thread task while each part ran, and overall. */
  longestTaskMs: { analyse: number; plan: number; safetyCopy: number; apply: number; overall: number };
  counts: ImportRecord['counts'];
  dataRows: number;
  presetName: string;
  fileBytes: number;
}

const asOf = { first: '2026-11-20', weekLater: '2026-11-27' } as const;

function reportBytes(which: 'first' | 'weekLater'): Uint8Array {
  const book = largeBook({ otherCurrencyShare: 0 });
  const csv = which === 'first' ? agingReportCsv(book, asOf.first) : agingReportCsv(bookAWeekLater(book), asOf.weekLater);
  return new TextEncoder().encode(csv);
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** One import as the Import screen runs it: analyse, plan ("full list"), safety copy, apply. */
async function timeImport(which: 'first' | 'weekLater'): Promise<ImportTiming> {
  const bytes = reportBytes(which);
  const fileBytes = bytes.byteLength;
  const fileName = `A-R Aging Detail ${asOf[which]}.csv`;
  const db = openCallDeskDb(importBenchDbName);
  await db.open();
  const client = createImportWorkerClient();
  const firstAt = new Map<ImportStage, number>();
  const onProgress = (stage: ImportStage) => {
    if (!firstAt.has(stage)) firstAt.set(stage, performance.now());
  };
  try {
    const t0 = performance.now();
    // As the Import screen does: the stored rows are read from the moment the file dialog opens;
    // here the file comes at once, so none of that read is hidden behind a user picking.
    const prepared = await client.request({ kind: 'prepare', databaseName: importBenchDbName }, onProgress);
    if (prepared.kind !== 'prepared') throw new Error(`The bench's read ahead was refused: ${JSON.stringify(prepared)}`);
    const analysed = await client.request(
      {
        kind: 'analyse',
        file: { name: fileName, bytes },
        read: {},
        base: { defaultCurrency: 'USD', today: asOf[which] },
        databaseName: importBenchDbName,
      },
      onProgress,
    );
    const tAnalysed = performance.now();
    if (analysed.kind !== 'analysed') throw new Error(`The bench file was not read: ${JSON.stringify(analysed).slice(0, 300)}`);
    const { analysis } = analysed;
    if (!analysis.preset) throw new Error('The bench file was not recognised as a QuickBooks Online report.');
    const planned = await client.request(
      {
        kind: 'plan',
        options: analysis.options,
        scope: 'full',
        databaseName: importBenchDbName,
        now: new Date().toISOString(),
        appVersion: await appVersion(),
      },
      onProgress,
    );
    const tPlanned = performance.now();
    if (planned.kind !== 'planned') throw new Error(`The bench file was not planned: ${JSON.stringify(planned).slice(0, 300)}`);
    // As the Import screen does (confirm-import.ts): the worker writes the plan it keeps while the
    // window has main save the safety copy it made from the rows it read for the plan, and
    // commits once the copy is saved. The bench confirms at once, so none of the copy is hidden
    // behind a user reading the preview.
    let tSafety = 0;
    let safetyCopyWriteMs = 0;
    let safetyCopyBytes = 0;
    const { applied } = await confirmImport(
      db,
      client,
      {
        kind: 'apply',
        planId: planned.plan.planId,
        databaseName: importBenchDbName,
        fileName,
        presetName: analysis.preset.name,
        takeFromFile: [],
        now: new Date().toISOString(),
      },
      {
        write: async (copy) => {
          const tWrite = performance.now();
          const name = await writeSafetyCopy(copy);
          safetyCopyWriteMs = performance.now() - tWrite;
          safetyCopyBytes = copy.bytes.byteLength;
          return name;
        },
        onSafetyCopySaved: () => (tSafety = performance.now()),
      },
    );
    const tApplied = performance.now();
    // After its answer the worker writes the invoice packs the next import reads (the user is not
    // waiting on them, so they are not in totalMs); waited for here, so nothing that follows runs
    // beside them, and timed on their own.
    const settled = await client.request({ kind: 'settle' }, () => {});
    if (settled.kind !== 'settled') throw new Error(`The worker did not settle: ${JSON.stringify(settled).slice(0, 300)}`);
    const at = (stage: ImportStage, fallback: number) => firstAt.get(stage) ?? fallback;
    // Long tasks are reported once they end: give the observer a frame to deliver them.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    return {
      totalMs: tApplied - t0,
      stagesMs: {
        read: round(at('finding-columns', tAnalysed) - t0),
        layout: round(tAnalysed - at('finding-columns', tAnalysed)),
        interpret: round(at('matching', tPlanned) - tAnalysed),
        plan: round(tPlanned - at('matching', tPlanned)),
        safetyCopy: round(tSafety - tPlanned),
        apply: round(tApplied - tSafety),
      },
      longestTaskMs: {
        analyse: round(longestTaskIn(t0, tAnalysed)),
        plan: round(longestTaskIn(tAnalysed, tPlanned)),
        safetyCopy: round(longestTaskIn(tPlanned, tSafety)),
        apply: round(longestTaskIn(tSafety, tApplied)),
        overall: round(longestTaskIn(t0, tApplied)),
      },
      safetyCopyWrite: { ms: round(safetyCopyWriteMs), bytes: safetyCopyBytes },
      packsAfter: settled.packs,
      counts: applied.counts,
      dataRows: analysis.dataRowCount,
      presetName: analysis.preset.name,
      fileBytes,
    };
  } finally {
    client.cancel();
    db.close();
  }
}

function importedTables(db: CallDeskDb) {
  return [db.customers, db.contacts, db.invoices, db.payments, db.bookChanges, db.imports] as const;
}

/** Starts from an empty database of the bench's own. */
async function resetImportDb(): Promise<void> {
  await openCallDeskDb(importBenchDbName).delete();
}

/**
 * The ratio's floor: the rows the import wrote, read back and put with a raw Dexie bulkPut in one
 * transaction (only that transaction is timed) into an empty database of their own, as the
 * import wrote into an empty one. The import's database is left as the import left it: clearing
 * and rewriting it there (as this did before) gave the week-later import a database just rewritten
 * throughout, which no user's is a week after an import.
 */
async function timeRawBulkPut(): Promise<{ ms: number; rows: Record<string, number> }> {
  const source = openCallDeskDb(importBenchDbName);
  await source.open();
  const sourceTables = importedTables(source);
  const rows = await source.transaction('r', sourceTables, () => Promise.all(sourceTables.map((t) => t.toArray() as Promise<unknown[]>)));
  source.close();
  await openCallDeskDb(floorDbName).delete();
  const db = openCallDeskDb(floorDbName);
  await db.open();
  try {
    const tables = importedTables(db);
    const t0 = performance.now();
    await db.transaction('rw', tables, () =>
      Promise.all(tables.map((t, i) => (t as unknown as { bulkPut(rows: unknown[]): Promise<unknown> }).bulkPut(rows[i]!))),
    );
    const ms = performance.now() - t0;
    return { ms, rows: Object.fromEntries(tables.map((t, i) => [t.name, rows[i]!.length])) };
  } finally {
    db.close();
    await openCallDeskDb(floorDbName).delete();
  }
}

/**
 * The re-import's floor: the stored customers and invoices read once, as matching must, the
 * invoices as the import reads them (through their packs when those are complete).
 */
async function timeStoredRead(): Promise<number> {
  const db = openCallDeskDb(importBenchDbName);
  await db.open();
  try {
    const t0 = performance.now();
    const [customers, invoices] = await db.transaction('r', [db.customers, db.invoices, db.invoicePacks], () =>
      Promise.all([
        db.customers.toArray(),
        readInvoicesThroughPacks(db).then(async (packs) => (packs ? (await Promise.all(packs)).flat() : await db.invoices.toArray())),
      ]),
    );
    const ms = performance.now() - t0;
    if (customers.length === 0 || invoices.length === 0) throw new Error('The re-import floor found nothing stored.');
    return ms;
  } finally {
    db.close();
  }
}

/** What is stored after the imports, to check the figures describe a real import. */
async function storedCounts(): Promise<Record<string, number>> {
  const db = openCallDeskDb(importBenchDbName);
  await db.open();
  try {
    const openInvoices = await db.invoices.where('status').equals('open').count();
    const counts = await Promise.all(importedTables(db).map(async (t) => [t.name, await t.count()] as const));
    return { ...Object.fromEntries(counts), openInvoices };
  } finally {
    db.close();
  }
}

declare global {
  interface Window {
    callDeskImportBench: {
      resetImportDb: typeof resetImportDb;
      timeImport: typeof timeImport;
      timeRawBulkPut: typeof timeRawBulkPut;
      timeStoredRead: typeof timeStoredRead;
      storedCounts: typeof storedCounts;
    };
  }
}

window.callDeskImportBench = { resetImportDb, timeImport, timeRawBulkPut, timeStoredRead, storedCounts };
