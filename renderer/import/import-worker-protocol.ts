// The messages between the Import screen and its worker. Reading, finding the columns,
// interpreting and matching with what is stored all run in the worker (import.worker.ts), so a
// 100,000-row file never freezes the window; the worker keeps the file and its table between
// requests, so changing an encoding or a column re-runs only what that changes.
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

/** What the progress bar says the worker is doing. */
export type ImportStage = 'reading' | 'finding-columns' | 'interpreting' | 'matching';

export const importStageLabels: Record<ImportStage, string> = {
  reading: 'Reading the file',
  'finding-columns': 'Finding the columns',
  interpreting: 'Reading the rows',
  matching: 'Comparing with your accounts',
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

export type ImportWorkerRequest =
  | {
      kind: 'analyse';
      /** The file, on the first request; afterwards the worker reads the one it holds again. */
      file: { name: string; bytes: Uint8Array } | null;
      read: ReadOptions;
      base: { defaultCurrency: string; today: CalendarDate };
    }
  | { kind: 'plan'; options: InterpretOptions; scope: ImportScope; databaseName: string };

export type ImportWorkerResponse =
  | { kind: 'progress'; stage: ImportStage; fraction: number }
  | { kind: 'analysed'; analysis: FileAnalysis }
  | { kind: 'questions'; questions: InterpretQuestion[] }
  | { kind: 'planned'; plan: ImportPlan }
  /** `reason` is set for a file that cannot be imported at all (ImportFileError). */
  | { kind: 'failed'; message: string; reason?: ImportFileError['reason'] };

/** The date order a person in this locale writes first, for a preset that does not say. */
export function localeDateOrder(locale: string): DateOrder {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(Date.UTC(2026, 10, 5)));
  const first = parts.find((part) => part.type === 'month' || part.type === 'day');
  return first?.type === 'day' ? 'dmy' : 'mdy';
}
