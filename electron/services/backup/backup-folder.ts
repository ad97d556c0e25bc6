// The backups folder in the data folder: the automatic daily backups (with their rotation) and
// the safety copies made just before a restore or an import (their own rotation,
// shared/backup/safety-copies.ts). A backup arrives as a complete temporary file in this folder
// (incoming-backup.ts); here it takes its name, and the rotation runs.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { backupCreatedAtFromFileName, backupFileName, backupsToKeep, isBackupDue } from '../../../shared/backup/backup-schedule';
import {
  isSafetyCopyKind,
  keptBackupFromFileName,
  safetyCopiesKept,
  safetyCopiesToRemove,
  safetyCopyFileName,
  type SafetyCopyReason,
} from '../../../shared/backup/safety-copies';
import type { AutomaticBackupInfo, BackupStatus, WriteAutomaticBackupResult } from '../../../shared/ipc/backup-contract';
import type { FileSystem } from '../files/file-ports';
import { WriteVerificationError } from '../files/files-service';
import { errorMessage } from '../../../shared/common/error-message';

export interface BackupFolderDeps {
  fs: FileSystem;
  now: () => Date;
  /** `<data folder>/backups`. */
  folder: string;
  /** Whose calendar days "once a day" counts (the office's). */
  timeZone: () => string;
  /** Told about a tidying step that failed (the backup itself was written). */
  warn: (message: string) => void;
  /** Told of each backup named here, so "Show in folder" works for it. */
  remember: (file: string) => void;
}

export interface BackupFolder {
  readonly path: string;
  status(): Promise<BackupStatus>;
  /** Whether today's automatic backup is still to be written. */
  isDue(): Promise<boolean>;
  /** A fresh temporary file name in the folder, for a backup on its way (leftovers of earlier runs are gone by then). */
  temporaryPath(): Promise<string>;
  /** Names a complete temporary file today's backup, if it is still due (else removes it), then rotates. */
  placeAutomatic(temporary: string): Promise<WriteAutomaticBackupResult>;
  /** Names a complete temporary file as the safety copy made before a restore or an import, then tidies old copies. */
  placeSafetyCopy(temporary: string, reason: SafetyCopyReason): Promise<string>;
  /** The full path of a kept backup by the name status() listed, or an error the user can act on. */
  pathOf(name: string): Promise<string>;
  /** The sentence for a write into the folder that failed, with the system's words. */
  cannotWrite(error: unknown): Error;
}

/** The temporary file of a backup write that never finished (adapters/node-atomic-file.ts names its own so too). */
const leftoverWritePattern = /\.cdbackup\.\d+\.[0-9a-f]+\.tmp$/;

class SafetyCopyNamesTakenError extends Error {
  override name = 'SafetyCopyNamesTakenError';
}

export function createBackupFolder(deps: BackupFolderDeps): BackupFolder {
  const { fs, folder, now, timeZone, warn } = deps;
  // One naming into the folder at a time: two windows (or a retry) must not both find today's
  // backup due, and a rotation must not list the folder while another write is under way.
  let queue: Promise<unknown> = Promise.resolve();
  function queued<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  }

  // A write cut off (the app killed, the disk full) can leave its temporary file beside the
  // backups; they are removed once, before the folder is first listed or written to.
  let leftoversRemoved: Promise<void> | null = null;
  function removeLeftovers(): Promise<void> {
    leftoversRemoved ??= fs
      .list(folder)
      .then((entries) => removeOld(entries.map((entry) => entry.name).filter((name) => leftoverWritePattern.test(name))))
      .then(
        () => undefined,
        (error: unknown) => warn(`Leftover temporary files were not looked for: ${errorMessage(error)}`),
      );
    return leftoversRemoved;
  }

  /** Daily backups and safety copies, newest first. */
  async function listKept(): Promise<AutomaticBackupInfo[]> {
    await removeLeftovers();
    const found: AutomaticBackupInfo[] = [];
    for (const { name, size } of await fs.list(folder)) {
      const kept = keptBackupFromFileName(name);
      if (kept !== null) found.push({ name, createdAt: kept.createdAt, size, kind: kept.kind });
    }
    return found.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  const ofKind = (kept: readonly AutomaticBackupInfo[], kind: AutomaticBackupInfo['kind']) => kept.filter((file) => file.kind === kind);

  /**
   * Only daily backups count: a safety copy is not today's backup. Nor does one dated after now
   * (made while the clock was wrong): it would make a backup due at every check until that date.
   */
  function dueAmong(kept: readonly AutomaticBackupInfo[], at: Date): boolean {
    const latest = ofKind(kept, 'daily').find((file) => Date.parse(file.createdAt) <= at.getTime());
    return isBackupDue(latest?.createdAt ?? null, at, timeZone());
  }

  /** Removes what a rotation let go; a file that will not go is reported and left. */
  async function removeOld(names: readonly string[]): Promise<string[]> {
    const removed: string[] = [];
    for (const old of names) {
      try {
        await fs.remove(path.join(folder, old));
        removed.push(old);
      } catch (error) {
        warn(`Old backup ${old} was not removed: ${errorMessage(error)}`);
      }
    }
    return removed;
  }

  /**
   * Named after the second it is made; should that name be taken (two restores within one
   * second), the next free second, so an earlier copy is never overwritten.
   */
  async function freeSafetyCopyName(at: Date, reason: SafetyCopyReason): Promise<string> {
    for (let offset = 0; offset < 60; offset += 1) {
      const name = safetyCopyFileName(new Date(at.getTime() + offset * 1000), reason);
      if (!(await fs.exists(path.join(folder, name)))) return name;
    }
    throw new SafetyCopyNamesTakenError(
      `The backups folder (${folder}) already holds a safety copy for every second of this minute. Try again in a minute.`,
    );
  }

  function cannotWrite(error: unknown): Error {
    // The user reads this where the backup was asked for: say where and what to check, then the system's words.
    if (error instanceof WriteVerificationError || error instanceof SafetyCopyNamesTakenError) return error;
    return new Error(
      `The backups folder (${folder}) could not be written to. Check that the disk has free space and that Call Desk may write to that folder. (${errorMessage(error)})`,
      { cause: error },
    );
  }

  async function placeAutomaticNow(temporary: string): Promise<WriteAutomaticBackupResult> {
    const at = now();
    const kept = await listKept();
    if (!dueAmong(kept, at)) {
      // Another window wrote today's while this one was on its way.
      await fs.remove(temporary);
      return { written: false, reason: 'not-due' };
    }
    const name = backupFileName(at);
    const target = path.join(folder, name);
    await fs.rename(temporary, target);
    deps.remember(target);
    const existing = ofKind(kept, 'daily');
    const all = [...existing.filter((file) => file.name !== name), { name, createdAt: backupCreatedAtFromFileName(name)! }];
    const removed = await removeOld(backupsToKeep(all, at, timeZone()).remove);
    return { written: true, name, removed };
  }

  async function placeSafetyCopyNow(temporary: string, reason: SafetyCopyReason): Promise<string> {
    let name: string;
    try {
      name = await freeSafetyCopyName(now(), reason);
      const target = path.join(folder, name);
      await fs.rename(temporary, target);
      deps.remember(target);
    } catch (error) {
      throw cannotWrite(error);
    }
    try {
      // One pool for both reasons: a burst of imports must not keep more copies than restores do.
      const others = (await listKept()).filter((copy) => isSafetyCopyKind(copy.kind) && copy.name !== name);
      // The copy just written always stays (even if the clock once ran ahead and an older copy
      // looks newer); it takes one of the places.
      await removeOld(safetyCopiesToRemove(others, now(), { atLeast: safetyCopiesKept - 1 }));
    } catch (error) {
      // The copy is safe; an old one left behind must not stop the restore.
      warn(`Old safety copies were not tidied up: ${errorMessage(error)}`);
    }
    return name;
  }

  return {
    path: folder,

    async status() {
      const automatic = await listKept();
      return { due: dueAmong(automatic, now()), automatic, folder };
    },

    async isDue() {
      return dueAmong(await listKept(), now());
    },

    async temporaryPath() {
      await removeLeftovers();
      return path.join(folder, `incoming.cdbackup.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
    },

    placeAutomatic: (temporary) => queued(() => placeAutomaticNow(temporary)),

    placeSafetyCopy: (temporary, reason) => queued(() => placeSafetyCopyNow(temporary, reason)),

    async pathOf(name) {
      if (keptBackupFromFileName(name) === null) throw new Error(`"${name}" is not one of Call Desk's automatic backups.`);
      const file = path.join(folder, name);
      if (!(await fs.exists(file)))
        throw new Error(`The automatic backup "${name}" is no longer in the backups folder. Choose another backup.`);
      return file;
    },

    cannotWrite,
  };
}
