// The backup service on an in-memory file system, with scripted dialogs and a test clock: what
// the backup-service tests share.
import { createBackupService } from '../../../../electron/services/backup/backup-service';
import { createFilesService } from '../../../../electron/services/files/files-service';
import { encodeBackup } from '../../../../shared/backup/encode-backup';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from '../files/memory-file-system';
import { backupTestClock } from './backup-transfer-steps';

export const folder = '/data/backups';

export async function backupBytes(name = 'Northwind Traders'): Promise<Uint8Array> {
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: name }], invoices: [{ id: 'i1', customerId: 'c1', number: 'INV-7' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [{ id: 'd1', name: 'proof.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 proof') }],
  });
}

export function setup(initial: Record<string, Uint8Array | string> = {}) {
  const fs = createMemoryFileSystem(initial);
  const dialogs = createScriptedDialogs();
  const revealed: string[] = [];
  const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: (file) => void revealed.push(file) } });
  const clock = backupTestClock('2026-11-02T09:00:00Z');
  const warnings: string[] = [];
  const service = createBackupService({ fs, dialogs, files, clock, folder, timeZone: () => 'UTC', warn: (m) => void warnings.push(m) });
  return { fs, dialogs, files, clock, service, warnings, revealed };
}
