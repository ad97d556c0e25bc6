// In-memory BackupFiles for the backup service tests: a flat map of paths to bytes, where the
// backups folder is '/data/backups'. A write can be made to fail or to store damaged bytes.
import type { BackupFiles } from '../../../electron/services/backup/backup-ports';

export const backupsFolder = '/data/backups';

export interface FakeBackupFiles extends BackupFiles {
  readonly stored: Map<string, Uint8Array>;
  /** The next write throws, as a full disk would, and stores nothing (the adapter's temp+rename). */
  failNextWrite(): void;
  /** The next write stores only the first half of the bytes, as a faulty disk might. */
  damageNextWrite(): void;
  names(): string[];
}

export function createFakeBackupFiles(): FakeBackupFiles {
  const stored = new Map<string, Uint8Array>();
  let nextWrite: 'ok' | 'fail' | 'damage' = 'ok';
  const inFolder = (file: string) => file.startsWith(`${backupsFolder}/`);
  const names = () => [...stored.keys()].filter(inFolder).map((file) => file.slice(backupsFolder.length + 1)).sort();

  return {
    stored,
    names,
    failNextWrite: () => {
      nextWrite = 'fail';
    },
    damageNextWrite: () => {
      nextWrite = 'damage';
    },
    list: async () => names(),
    pathOf: (name) => `${backupsFolder}/${name}`,
    async read(file) {
      const bytes = stored.get(file);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return bytes;
    },
    async writeAtomic(file, bytes) {
      const mode = nextWrite;
      nextWrite = 'ok';
      if (mode === 'fail') throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      stored.set(file, mode === 'damage' ? bytes.slice(0, bytes.length >> 1) : bytes.slice());
    },
    async remove(name) {
      stored.delete(`${backupsFolder}/${name}`);
    },
  };
}
