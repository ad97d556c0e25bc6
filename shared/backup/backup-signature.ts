// Recognising a Call Desk backup from its bytes alone, without unzipping it: the first zip entry
// is our `mimetype`, stored uncompressed, and a complete zip ends with its end-of-central-directory
// record. decodeBackup uses this to tell "foreign" from "truncated"; main uses it to refuse to
// write anything that is not a backup into a backup file.
import { backupMimeType, mimeTypeEntry } from './backup-format';

const zipLocalHeader = [0x50, 0x4b, 0x03, 0x04];
/** A zip local header's fixed part: enough to say how many bytes identifyBackupBytes needs. */
export const zipLocalHeaderLength = 30;
const localHeaderLength = zipLocalHeaderLength;
const mimeTypeBytes = new TextEncoder().encode(backupMimeType);
const entryNameBytes = new TextEncoder().encode(mimeTypeEntry);

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const sameBytes = (b: Uint8Array, at: number, expected: Uint8Array) => expected.every((byte, i) => b[at + i] === byte);

/** Ours when the first zip entry is our uncompressed `mimetype`; 'too-short' when it may be but is cut off. */
export function identifyBackupBytes(bytes: Uint8Array): 'ours' | 'too-short' | 'foreign' {
  const head = bytes.subarray(0, zipLocalHeader.length);
  if (!head.every((byte, i) => byte === zipLocalHeader[i])) return 'foreign';
  const nameLength = u16(bytes, 26);
  const dataStart = localHeaderLength + nameLength + u16(bytes, 28);
  if (bytes.length < localHeaderLength || bytes.length < dataStart + mimeTypeBytes.length) return 'too-short';
  const storedUncompressed = u16(bytes, 8) === 0;
  const named = nameLength === entryNameBytes.length && sameBytes(bytes, localHeaderLength, entryNameBytes);
  return storedUncompressed && named && sameBytes(bytes, dataStart, mimeTypeBytes) ? 'ours' : 'foreign';
}

/**
 * How many leading bytes identifyBackupBytes needs to decide, judged from the first
 * zipLocalHeaderLength bytes (the first entry's name and extra-field lengths): what main reads
 * of a chosen file before anything else.
 */
export function backupHeadLength(firstBytes: Uint8Array): number {
  return localHeaderLength + u16(firstBytes, 26) + u16(firstBytes, 28) + mimeTypeBytes.length;
}

/** The end-of-central-directory record and the longest comment it may carry: a file's last bytes that hold it. */
export const backupTailLength = 22 + 0xffff;

/** A zip ends with its end-of-central-directory record; a cut-off file has lost it. */
export function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return true;
  }
  return false;
}

/** True for a whole Call Desk backup file (ours, and not cut off); checks structure, not checksums. */
export function looksLikeBackupFile(bytes: Uint8Array): boolean {
  return identifyBackupBytes(bytes) === 'ours' && hasEndOfCentralDirectory(bytes);
}
