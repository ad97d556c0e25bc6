// What the backup service needs from the platform. The Node adapter is
// electron/adapters/node-backup-files.ts; unit tests pass in-memory fakes.
import type { BackupDocument, DatabaseSnapshot } from '../../../shared/backup/backup-format';

export interface BackupFiles {
  /** File names (not paths) in the backups folder; empty when the folder does not exist yet. */
  list(): Promise<string[]>;
  /** The full path of a file in the backups folder (so an automatic backup can be inspected or restored). */
  pathOf(name: string): string;
  /** A whole file by full path. Rejects when it cannot be read (missing, no permission, ...). */
  read(path: string): Promise<Uint8Array>;
  /**
   * Writes a file by full path, creating its folder: through a temporary file in the same folder
   * that is flushed and renamed over the target, so a failed or interrupted write leaves the old
   * file (or none) and never a partial one.
   */
  writeAtomic(path: string, bytes: Uint8Array): Promise<void>;
  /** Deletes a file in the backups folder by name; a file that is already gone is fine. */
  remove(name: string): Promise<void>;
}

export interface BackupClock {
  now(): Date;
}

/** Asks the renderer, which owns the database, for every table (in one transaction). */
export type SnapshotSource = () => Promise<DatabaseSnapshot>;

/** The attached documents to include (they live in the data folder, not the database). */
export type DocumentSource = () => Promise<BackupDocument[]>;
