// How backups are described to the user: when they were made, how big they are, what they hold.
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import type { KeptBackupKind } from '../../shared/backup/safety-copies';
import type { ComparedRecord } from './backup-file';
import { plural } from '../../shared/wording/plural';

/** "22 November 2026 at 15:30", office time in the office locale. */
export function backupTimeText(iso: string, office: OfficeClock): string {
  return formatInstant(iso, office, 'long');
}

/** "512 KB", "3.4 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const recordLabels: Record<ComparedRecord, { one: string; many: string }> = {
  customers: { one: 'customer', many: 'customers' },
  invoices: { one: 'invoice', many: 'invoices' },
  calls: { one: 'call', many: 'calls' },
  promises: { one: 'promise to pay', many: 'promises to pay' },
  documents: { one: 'document', many: 'documents' },
};

/** "40 customers, 1 invoice, ..." */
export function recordCountsText(counts: Record<ComparedRecord, number>): string {
  return (Object.keys(recordLabels) as ComparedRecord[])
    .map((name) => plural(counts[name], recordLabels[name].one, recordLabels[name].many))
    .join(', ');
}

/** How the backups Call Desk keeps in its folder are labelled in the list. */
export const keptBackupKindLabels: Record<KeptBackupKind, string> = {
  daily: 'Daily',
  'before-restore': 'Before restore',
  'before-import': 'Before import',
};

/** The accessible name of a kept backup's Restore button: which backup it brings back. */
export function restoreKeptBackupLabel(kind: KeptBackupKind, made: string): string {
  if (kind === 'before-restore') return `Restore the backup made before a restore on ${made}`;
  if (kind === 'before-import') return `Restore the backup made before an import on ${made}`;
  return `Restore the backup made on ${made}`;
}
