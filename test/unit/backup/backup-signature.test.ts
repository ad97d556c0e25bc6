import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { backupMimeType } from '../../../shared/backup/backup-format';
import { identifyBackupBytes, looksLikeBackupFile } from '../../../shared/backup/backup-signature';
import { encodeBackup } from '../../../shared/backup/encode-backup';

const encoder = new TextEncoder();

async function backup(): Promise<Uint8Array> {
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [],
  });
}

describe('looksLikeBackupFile', () => {
  it('accepts a whole backup', async () => {
    expect(looksLikeBackupFile(await backup())).toBe(true);
  });

  it('refuses a backup cut off before its end, or before its mimetype', async () => {
    const bytes = await backup();
    expect(looksLikeBackupFile(bytes.slice(0, bytes.length - 10))).toBe(false);
    expect(identifyBackupBytes(bytes.slice(0, 40))).toBe('too-short');
    expect(looksLikeBackupFile(new Uint8Array())).toBe(false);
  });

  it('refuses other files, other zips, and a zip whose mimetype entry is compressed', () => {
    expect(looksLikeBackupFile(encoder.encode('%PDF-1.7'))).toBe(false);
    expect(looksLikeBackupFile(zipSync({ 'word/document.xml': encoder.encode('<w/>') }))).toBe(false);
    const compressed = zipSync({ mimetype: [encoder.encode(backupMimeType), { level: 9 }] });
    expect(identifyBackupBytes(compressed)).toBe('foreign');
    const stored = zipSync({ mimetype: [encoder.encode(backupMimeType), { level: 0 }] });
    expect(looksLikeBackupFile(stored)).toBe(true);
  });
});
