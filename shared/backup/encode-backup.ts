// A whole backup file in memory: the stream of backup-writer.ts, gathered. For small backups and
// tests; the app streams its backups to main piece by piece.
import type { BackupInput, BackupSummary } from './backup-format';
import { writeBackup, type BackupSource } from './backup-writer';

/** Large enough that gathering is a few copies, small enough that no one piece is a burden. */
const gatherPieceBytes = 4 * 1024 * 1024;

/** The file `source` makes, in one buffer, and its summary. */
export async function gatherBackup(source: BackupSource): Promise<{ bytes: Uint8Array<ArrayBuffer>; summary: BackupSummary }> {
  const pieces: Uint8Array[] = [];
  const { size, summary } = await writeBackup(source, gatherPieceBytes, (piece) => {
    pieces.push(piece);
    return Promise.resolve();
  });
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return { bytes, summary };
}

/**
 * Encodes the whole backup. Rows must be plain JSON values (strings, numbers, booleans, null,
 * arrays, objects): that is what the data layer stores, and what makes a restore exact.
 */
export async function encodeBackup(input: BackupInput): Promise<Uint8Array<ArrayBuffer>> {
  const documents = input.documents.map((document) => ({ ...document, read: () => Promise.resolve(document.bytes) }));
  return (await gatherBackup({ ...input, documents })).bytes;
}
