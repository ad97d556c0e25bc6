// The multi-account export's run, held above the screens: the run goes on when the user leaves
// the Export screen, so its progress, Cancel and summary must outlive the screen too, and only
// one run may go at a time. Screens read it through useBulkExport (use-bulk-export.ts).
import type { ChosenFolder, ExportPdfResult } from '../../shared/ipc/files-contract';
import type { BulkDocumentKind } from './bulk-document-kinds';
import { runBulkExport, type BulkExportAccount, type BulkExportProgress, type BulkExportRun } from './bulk-export';
import { errorMessage } from '../../shared/common/error-message';

export type BulkExportState =
  | { phase: 'idle' }
  | { phase: 'choosing-folder' }
  | { phase: 'running'; kind: BulkDocumentKind; folder: ChosenFolder; selected: number; progress: BulkExportProgress; stopping: boolean }
  /** `selected`: how many accounts were chosen (more than were tried when the run was stopped). */
  | { phase: 'finished'; kind: BulkDocumentKind; folder: ChosenFolder; selected: number; run: BulkExportRun }
  | { phase: 'failed'; message: string };

export interface BulkExportStoreDeps {
  /** Main's folder dialog (titled for the kind); null when the user cancelled it. */
  chooseFolder(kind: BulkDocumentKind): Promise<ChosenFolder | null>;
  /** Writes one account's document of that kind into the folder, under the name it suggests. */
  exportOne(folder: ChosenFolder, customerId: string, kind: BulkDocumentKind): Promise<ExportPdfResult>;
}

export interface BulkExportStore {
  getState(): BulkExportState;
  subscribe(listener: () => void): () => void;
  /** Asks for a folder and writes one document per account. False (and nothing done) while a run is under way. */
  start(accounts: readonly BulkExportAccount[], kind?: BulkDocumentKind): Promise<boolean>;
  /** Stops after the file being written now. */
  stop(): void;
  /** Clears a finished or failed run's summary; a run under way is not cleared. */
  reset(): void;
}

export function isBulkExportBusy(state: BulkExportState): boolean {
  return state.phase === 'choosing-folder' || state.phase === 'running';
}

export function createBulkExportStore(deps: BulkExportStoreDeps): BulkExportStore {
  let state: BulkExportState = { phase: 'idle' };
  let stopRequested = false;
  const listeners = new Set<() => void>();
  const set = (next: BulkExportState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start(accounts, kind = 'agency-packet') {
      if (isBulkExportBusy(state) || accounts.length === 0) return false;
      stopRequested = false;
      set({ phase: 'choosing-folder' });
      try {
        const folder = await deps.chooseFolder(kind);
        if (!folder) {
          set({ phase: 'idle' });
          return true;
        }
        const selected = accounts.length;
        const run = await runBulkExport(accounts, {
          exportOne: (customerId) => deps.exportOne(folder, customerId, kind),
          onProgress: (progress) => set({ phase: 'running', kind, folder, selected, progress, stopping: stopRequested }),
          shouldStop: () => stopRequested,
        });
        set({ phase: 'finished', kind, folder, selected, run });
      } catch (error) {
        set({ phase: 'failed', message: `The export could not start. ${errorMessage(error)}` });
      }
      return true;
    },
    stop() {
      if (state.phase !== 'running') return;
      stopRequested = true;
      set({ ...state, stopping: true });
    },
    reset() {
      if (!isBulkExportBusy(state)) set({ phase: 'idle' });
    },
  };
}
