// Opening a backup file to restore from. Before anything else is read, main looks at the file's
// size, then its first bytes (a Call Desk backup starts with its own uncompressed `mimetype`
// entry), then its last (a whole zip ends with its closing record). A file that fails is closed
// again with a sentence for the user, having been read no further; the renderer decodes and
// checks the rest of a file that passes.
import {
  backupHeadLength,
  backupTailLength,
  hasEndOfCentralDirectory,
  identifyBackupBytes,
  zipLocalHeaderLength,
} from '../../../shared/backup/backup-signature';
import { backupRefusalMessages } from '../../../shared/backup/refusal-messages';
import { maxBackupBytes } from '../../../shared/ipc/backup-transfer-contract';
import type { FileReader, FileSystem } from '../files/file-ports';

export type CheckedBackupFile = { ok: true; reader: FileReader } | { ok: false; message: string };

function gigabytes(bytes: number): string {
  return `${Number((bytes / 1024 ** 3).toFixed(1))} GB`;
}

export function tooLargeMessage(size: number): string {
  return `This file is too large to be a Call Desk backup (${gigabytes(size)}; a backup is at most ${gigabytes(maxBackupBytes + 1)}). Choose a file saved with “Back up now” or one of the automatic backups.`;
}

export function cannotOpenMessage(shownName: string): string {
  return `Call Desk could not open "${shownName}". Check that the file still exists and that you are allowed to read it.`;
}

async function refusal(reader: FileReader): Promise<string | null> {
  const size = reader.size;
  if (size > maxBackupBytes) return tooLargeMessage(size);
  if (size === 0) return backupRefusalMessages.truncated;

  // The local header first: a file that is not a zip at all is refused after 30 bytes.
  const first = await reader.read(0, Math.min(size, zipLocalHeaderLength));
  if (identifyBackupBytes(first) === 'foreign') return backupRefusalMessages['not-a-backup'];
  const headLength = Math.min(size, backupHeadLength(first));
  const head = headLength > first.length ? await reader.read(0, headLength) : first;
  const identity = identifyBackupBytes(head);
  if (identity === 'foreign') return backupRefusalMessages['not-a-backup'];
  if (identity === 'too-short') return backupRefusalMessages.truncated;

  const tailLength = Math.min(size, backupTailLength);
  if (!hasEndOfCentralDirectory(await reader.read(size - tailLength, tailLength))) return backupRefusalMessages.truncated;
  return null;
}

/** Opens `file` and checks it; `shownName` is how the user knows it. Throws only when it cannot be read at all. */
export async function openCheckedBackupFile(fs: FileSystem, file: string, shownName: string): Promise<CheckedBackupFile> {
  let reader: FileReader;
  try {
    reader = await fs.openToRead(file);
  } catch (error) {
    throw new Error(cannotOpenMessage(shownName), { cause: error });
  }
  let message: string | null;
  try {
    message = await refusal(reader);
  } catch (error) {
    await reader.close();
    throw new Error(cannotOpenMessage(shownName), { cause: error });
  }
  if (message === null) return { ok: true, reader };
  await reader.close();
  return { ok: false, message };
}
