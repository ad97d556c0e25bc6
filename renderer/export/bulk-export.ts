// Several agency packets or statements at once: one PDF per account into the folder the user chose, written
// one after another (each packet can carry megabytes of documents, and main renders one page
// set at a time anyway). Progress is reported before each account; a stop request is honoured
// between files, so the file being written is always finished, never left half-written.
import type { ExportPdfResult } from '../../shared/ipc/files-contract';
import { errorMessage } from '../../shared/common/error-message';

export interface BulkExportAccount {
  customerId: string;
  customerName: string;
}

export interface LeftOutAttachment {
  name: string;
  reason: string;
}

export type BulkExportOutcome =
  | { customerId: string; customerName: string; written: true; fileName: string; path: string; pages: number; leftOut: LeftOutAttachment[] }
  | { customerId: string; customerName: string; written: false; reason: string };

export interface BulkExportProgress {
  /** Accounts finished (written or failed). */
  done: number;
  total: number;
  /** The account being written now, or null when the run is over. */
  current: BulkExportAccount | null;
}

export interface BulkExportRun {
  outcomes: BulkExportOutcome[];
  /** True when the user stopped the run before every account was written. */
  stopped: boolean;
}

export interface BulkExportDeps {
  /** Writes one account's document into the folder, under the name it suggests. */
  exportOne(customerId: string): Promise<ExportPdfResult>;
  onProgress(progress: BulkExportProgress): void;
  /** Asked before each account: true stops the run there. */
  shouldStop(): boolean;
}

function failureReason(error: unknown): string {
  const text = errorMessage(error);
  return text || 'The file could not be written.';
}

export async function runBulkExport(accounts: readonly BulkExportAccount[], deps: BulkExportDeps): Promise<BulkExportRun> {
  const outcomes: BulkExportOutcome[] = [];
  const total = accounts.length;
  for (const account of accounts) {
    if (deps.shouldStop()) {
      deps.onProgress({ done: outcomes.length, total, current: null });
      return { outcomes, stopped: true };
    }
    deps.onProgress({ done: outcomes.length, total, current: account });
    const { customerId, customerName } = account;
    try {
      const result = await deps.exportOne(customerId);
      if (result.saved) {
        const leftOut = result.attachments
          .filter((a) => !a.included)
          .map((a) => ({ name: a.name, reason: a.reason ?? 'It could not be read.' }));
        outcomes.push({
          customerId,
          customerName,
          written: true,
          fileName: result.fileName,
          path: result.path,
          pages: result.pages,
          leftOut,
        });
      } else {
        outcomes.push({ customerId, customerName, written: false, reason: 'The file was not saved.' });
      }
    } catch (error) {
      // One account's failure (a damaged record, a full disk) must not cost the others.
      outcomes.push({ customerId, customerName, written: false, reason: failureReason(error) });
    }
  }
  deps.onProgress({ done: outcomes.length, total, current: null });
  return { outcomes, stopped: false };
}
