// A backup arriving in pieces whose total is told only at the end: main keeps the first bytes and a
// rolling window of the last ones, so it can tell a whole backup from a cut-off or foreign one
// without holding the file, and refuses a file that would outgrow a backup.
import { describe, expect, it } from 'vitest';
import { IncomingBackupError, notABackupMessage, startIncomingBackup } from '../../../../electron/services/backup/incoming-backup';
import { backupTailLength } from '../../../../shared/backup/backup-signature';
import { encodeBackup } from '../../../../shared/backup/encode-backup';
import { createMemoryFileSystem } from '../files/memory-file-system';

const temporary = '/data/backups/incoming.tmp';

/** A backup several times longer than the tail main keeps, so the end record arrives in a late piece. */
async function longBackup(): Promise<Uint8Array> {
  const scan = new Uint8Array(3 * backupTailLength).map((_, i) => (i * 7919 + (i >> 5)) & 0xff);
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: 'Northwind Traders' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [{ id: 'd1', name: 'scan.pdf', mime: 'application/pdf', bytes: scan }],
  });
}

async function send(bytes: Uint8Array, pieceBytes: number, maxBytes?: number) {
  const fs = createMemoryFileSystem({});
  const incoming = await startIncomingBackup(fs, temporary, 1024 * 1024, maxBytes);
  for (let index = 0, at = 0; at < bytes.length; index += 1, at += pieceBytes) {
    await incoming.append(index, bytes.slice(at, at + pieceBytes));
  }
  return { fs, incoming };
}

describe('a backup arriving in pieces of unknown total', () => {
  it('is whole when its end record arrives in the last of many pieces, whatever their sizes', async () => {
    const bytes = await longBackup();
    expect(bytes.length).toBeGreaterThan(3 * backupTailLength);
    // The last of these ends just 10 bytes into the 22-byte end record's piece.
    for (const pieceBytes of [1000, 40_000, backupTailLength + 1, bytes.length - 10]) {
      const { fs, incoming } = await send(bytes, pieceBytes);
      await incoming.complete(bytes.length);
      expect(fs.stored.get(temporary)).toEqual(bytes);
    }
  });

  it('is refused when it stops before its end record, even when the size told matches what came', async () => {
    const bytes = await longBackup();
    const cut = bytes.slice(0, bytes.length - 30);
    const { incoming } = await send(cut, 1000);
    await expect(incoming.complete(cut.length)).rejects.toThrow(notABackupMessage);
  });

  it('refuses a file that grows past the largest backup, at the piece that crosses it', async () => {
    const bytes = await longBackup();
    await expect(send(bytes, 1000, 50_000)).rejects.toThrow(IncomingBackupError);
    await expect(send(bytes, 1000, 50_000)).rejects.toThrow('larger than a backup file can be');
  });
});
