// What the backup transfer tests share: main's backup service over an in-memory file system
// with a fake clock and 64-byte pieces, recording every piece read from an opened file.
import { createBackupService } from '../../../../electron/services/backup/backup-service';
import type { FileReader } from '../../../../electron/services/files/file-ports';
import { createFilesService } from '../../../../electron/services/files/files-service';
import { encodeBackup } from '../../../../shared/backup/encode-backup';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from '../files/memory-file-system';
import { backupTestClock, testWindow } from './backup-transfer-steps';

export const folder = '/data/backups';
export const chunkBytes = 64;
export const notOpen = 'Call Desk stopped waiting for this backup file';

/** A backup of several hundred bytes (a document in it), so it crosses in many 64-byte pieces. */
export async function backupBytes(): Promise<Uint8Array> {
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: 'Northwind Traders' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [
      { id: 'd1', name: 'proof.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 proof of delivery '.repeat(20)) },
    ],
  });
}

export function setup(initial: Record<string, Uint8Array | string> = {}) {
  const fs = createMemoryFileSystem(initial);
  const dialogs = createScriptedDialogs();
  const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: () => {} } });
  const clock = backupTestClock('2026-11-02T09:00:00Z');
  const warnings: string[] = [];
  const service = createBackupService({
    fs,
    dialogs,
    files,
    clock,
    folder,
    timeZone: () => 'UTC',
    warn: (m) => void warnings.push(m),
    chunkBytes,
  });
  /** Every piece read from an opened file, as [offset, length]. */
  const reads: [number, number][] = [];
  const openToRead = fs.openToRead.bind(fs);
  fs.openToRead = async (file) => {
    const reader = await openToRead(file);
    return {
      ...reader,
      size: reader.size,
      read: (offset, length) => (reads.push([offset, length]), reader.read(offset, length)),
    } satisfies FileReader;
  };
  /** Files in the folder that are not finished backups. */
  const temporary = (where = folder) => fs.names(where).filter((name) => name.endsWith('.tmp'));
  return { fs, dialogs, files, clock, service, warnings, reads, temporary };
}

export async function begin(service: ReturnType<typeof setup>['service'], caller = testWindow) {
  const begun = await service.beginWrite({ target: { kind: 'safety-copy', reason: 'restore' } }, caller);
  if (!begun.started) throw new Error('not started');
  return begun.writeId;
}
