// The import history: each import, newest first, with its counts; the newest can be undone.
import type { ImportCounts, ImportRecord } from '../../shared/import/import-history';
import type { CallDeskDb } from '../data/db';

export interface ImportHistoryEntry {
  id: string;
  startedAt: string;
  fileName: string;
  presetName: string;
  source: ImportRecord['source'];
  scope: ImportRecord['scope'];
  counts: ImportCounts;
  /** Only the newest import can be undone. */
  isLast: boolean;
}

export async function listImports(db: CallDeskDb): Promise<ImportHistoryEntry[]> {
  const records = await db.imports.orderBy('startedAt').reverse().toArray();
  return records.map(({ undo: _undo, ...entry }, i) => ({ ...entry, isLast: i === 0 }));
}

export { lastImport, undoImport, undoLastImport, UndoRefusedError } from './undo-import';
