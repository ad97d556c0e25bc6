// The messages between the Import screen and its worker. Reading, finding the columns,
// interpreting, matching with what is stored and applying the plan all run in the worker
// (import.worker.ts), so a 100,000-row file never freezes the window; the worker keeps the file,
// its table and the last plan between requests, so changing an encoding or a column re-runs only
// what that changes, and the window only ever holds what the preview shows of a plan.
import type {
  DateOrder,
  FileFormat,
  ImportPlan,
  ImportScope,
  InterpretOptions,
  InterpretQuestion,
  ReadOptions,
  TextEncodingName,
  Delimiter,
  ImportFileError,
} from '../../shared/import/model';
import type { CalendarDate } from '../../shared/dates/calendar';
import type { ImportCounts } from '../../shared/import/import-history';
import type { PromiseEffect } from '../../shared/import/reconcile/promise-effects';

/** What the progress bar says the worker is doing. */
export type ImportStage = 'reading' | 'finding-columns' | 'interpreting' | 'matching' | 'applying';

export const importStageLabels: Record<ImportStage, string> = {
  reading: 'Reading the file',
  'finding-columns': 'Finding the columns',
  interpreting: 'Reading the rows',
  matching: 'Comparing with your accounts',
  applying: 'Importing',
};

/** What the file turned out to be, and how it reads with the options chosen so far. */
export interface FileAnalysis {
  fileName: string;
  format: FileFormat;
  encoding?: TextEncodingName;
  encodingReason?: 'bom' | 'utf-8' | 'fallback' | 'chosen';
  delimiter?: Delimiter;
  sheetNames?: string[];
  sheet?: string;
  headers: string[];
  headerRowNumber: number;
  /** The same for every file with these headers in this order: saved column choices are keyed by it. */
  headerSignature: string;
  dataRowCount: number;
  /** Per column, up to three values as written, for the mapping screen. */
  samples: string[][];
  /** dateOrder: how the system usually writes dates, offered first when a file's dates read both ways. */
  preset: { id: string; name: string; fullListByDefault: boolean; dateOrder?: DateOrder } | null;
  /** The interpretation the preset (or the generic column matching) suggests. */
  options: InterpretOptions;
}

/** How many there are of each kind of change, whatever the preview's lists were cut to. */
export interface PlanCounts {
  newCustomers: number;
  newInvoices: number;
  changedInvoices: number;
  closedInvoices: number;
  reopenedInvoices: number;
  credits: number;
  skipped: number;
  /** Customers something is written for (new or stored). */
  changedCustomers: number;
  /** The stored ones among them. */
  changedStoredCustomers: number;
  /** Promises the payments seen in the books count toward. */
  promisesPaid: number;
  /** Writes no list shows: how the books know a hand-typed customer or invoice, details added where none were. */
  unlistedWrites: number;
}

/**
 * What the window gets of a plan: each long list cut to the rows the preview shows, the true
 * counts beside them, and the id to apply it by. The whole plan stays in the worker (copying
 * 100,000 planned invoices to the window froze it); this type cannot be applied by mistake.
 */
export type PlanPreview = Omit<ImportPlan, 'changedCustomerIds' | 'writes'> & {
  planId: string;
  counts: PlanCounts;
  /** The promises the payments seen in the books count toward, and what each becomes (cut like the lists). */
  promiseEffects: PromiseEffect[];
};

/** What the window shows after an import was applied. */
export interface AppliedImport {
  importId: string;
  fileName: string;
  counts: ImportCounts;
  /** Every account the import wrote to, by name, for the links to them. */
  changedAccounts: { id: string; name: string }[];
}

export type ImportWorkerRequest =
  /**
   * Starts reading the stored rows of `databaseName` before there is a file: sent as the file
   * dialog opens, so the database gathers them while the user picks. Answered once the reads are
   * asked for; 'analyse' then finds them under way.
   */
  | { kind: 'prepare'; databaseName: string }
  | {
      kind: 'analyse';
      /** The file, on the first request; afterwards the worker reads the one it holds again. */
      file: { name: string; bytes: Uint8Array } | null;
      read: ReadOptions;
      base: { defaultCurrency: string; today: CalendarDate };
      /**
       * The database the plan will be made against: the worker starts reading its rows now, so
       * the database gathers them while the file is read (the plan uses them while still current).
       */
      databaseName?: string;
    }
  /** `now`: the window's clock (UTC ISO), for the office day the payments seen would be received on. */
  | {
      kind: 'plan';
      options: InterpretOptions;
      scope: ImportScope;
      databaseName: string;
      now: string;
      /**
       * The app's version for the safety copy's file. Given, the worker goes on to make the copy
       * from the rows it read for the plan while the user reads the preview ('safety-copy').
       */
      appVersion?: string;
    }
  /** Applies the plan last sent as `planId`, with a safety copy of the data as it is now (see ApplySafetyCopy). */
  | {
      kind: 'apply';
      planId: string;
      databaseName: string;
      fileName: string;
      presetName: string;
      safetyCopy: ApplySafetyCopy;
      /** ContactDifference ids the user chose to take from the file. */
      takeFromFile: string[];
      /** UTC instant the import is recorded at (the window's clock). */
      now: string;
    }
  /**
   * Answers once the work an apply leaves behind is done: writing the invoice packs from the rows
   * the worker holds (renderer/data/invoice-packs.ts). The worker is ended only after it.
   */
  | { kind: 'settle' };

/**
 * How the apply knows a safety copy of the data it changes is saved. Either way the apply refuses
 * to start (SafetyCopyOutdatedError) unless the database is still exactly what was copied.
 * - `written`: the window has written one already, at `changeStamp`.
 * - `alongside`: the copy the worker made from the rows it read for the plan (the user reads the
 *   preview meanwhile). The worker starts writing at once, hands the copy's bytes over
 *   ('safety-copy') as they are ready, and commits only once the window has had them saved
 *   ('safety-copy-saved'); a copy not saved leaves nothing written. Without a current copy of its
 *   own it refuses (SafetyCopyNotMadeError) and the window has one made first.
 */
export type ApplySafetyCopy = { kind: 'written'; changeStamp: string | null } | { kind: 'alongside' };

/** Told during an `alongside` apply: whether main saved the copy handed over (`failure` says why not). */
export interface SafetyCopySavedNotice {
  kind: 'safety-copy-saved';
  planId: string;
  failure: string | null;
}

export type ImportWorkerResponse =
  | { kind: 'progress'; stage: ImportStage; fraction: number }
  | { kind: 'prepared' }
  | { kind: 'analysed'; analysis: FileAnalysis }
  | { kind: 'questions'; questions: InterpretQuestion[] }
  | { kind: 'planned'; plan: PlanPreview }
  | { kind: 'applied'; applied: AppliedImport }
  /** `packs`: what the last apply's pack writing did, and how long it took; null when there was none. */
  | { kind: 'settled'; packs: { written: boolean; ms: number } | null }
  /**
   * During an `alongside` apply, before its answer: the safety copy's bytes (handed over, once) and
   * the change stamp they hold (see renderer/data/change-stamp.ts).
   */
  | { kind: 'safety-copy'; bytes: Uint8Array<ArrayBuffer>; changeStamp: string | null }
  /**
   * `reason` is set for a file that cannot be imported at all (ImportFileError); `name` is the
   * error's name when applying failed (StalePlanError…), so the window can tell them apart.
   */
  | { kind: 'failed'; message: string; reason?: ImportFileError['reason']; name?: string };

/** The date order a person in this locale writes first, for a preset that does not say. */
export function localeDateOrder(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(Date.UTC(2026, 10, 5)),
  );
  const first = parts.find((part) => part.type === 'month' || part.type === 'day');
  return first?.type === 'day' ? 'dmy' : 'mdy';
}
