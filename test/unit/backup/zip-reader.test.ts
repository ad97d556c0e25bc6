// Reading single entries of a backup by ranges (shared/backup/zip-reader.ts): what the restore uses
// so that a file with gigabytes of documents is never read whole.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import { memoryRangeReader, readZipDirectory, readZipEntry, ZipFormatError } from '../../../shared/backup/zip-reader';

const scan = new Uint8Array(150_000).map((_, i) => (i * 31) & 0xff);

async function sampleBackup() {
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: 'Northwind Traders' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [{ id: 'd1', name: 'scan.pdf', mime: 'application/pdf', bytes: scan }],
  });
}

describe('reading a zip by ranges', () => {
  it('lists the entries of a streamed backup and reads each one alone, stored or deflated', async () => {
    const bytes = await sampleBackup();
    const reads: [number, number][] = [];
    const file = memoryRangeReader(bytes);
    const counted = {
      size: file.size,
      read: (offset: number, length: number) => (reads.push([offset, length]), file.read(offset, length)),
    };
    const entries = await readZipDirectory(counted);
    expect([...entries.keys()]).toEqual(['mimetype', 'tables/customers.json', 'documents/0001-scan.pdf', 'manifest.json']);
    expect(await readZipEntry(counted, entries.get('documents/0001-scan.pdf')!, scan.length)).toEqual(scan);
    const table = await readZipEntry(counted, entries.get('tables/customers.json')!, 1_000_000);
    expect(JSON.parse(new TextDecoder().decode(table))).toEqual([{ id: 'c1', legalName: 'Northwind Traders' }]);
    // Never the whole file in one read.
    expect(Math.max(...reads.map(([, length]) => length))).toBeLessThan(bytes.length);
  });

  it('reads a zip written all at once (as older backups were) the same way', async () => {
    const bytes = zipSync({ 'a.txt': [new TextEncoder().encode('hello '.repeat(100)), { level: 6 }], 'b.bin': [scan, { level: 0 }] });
    const file = memoryRangeReader(bytes);
    const entries = await readZipDirectory(file);
    expect(new TextDecoder().decode(await readZipEntry(file, entries.get('a.txt')!, 10_000))).toBe('hello '.repeat(100));
    expect(await readZipEntry(file, entries.get('b.bin')!, scan.length)).toEqual(scan);
  });

  it('refuses an entry larger than the caller allows before reading it, and a damaged directory', async () => {
    const bytes = await sampleBackup();
    const file = memoryRangeReader(bytes);
    const entries = await readZipDirectory(file);
    await expect(readZipEntry(file, entries.get('documents/0001-scan.pdf')!, scan.length - 1)).rejects.toThrow(ZipFormatError);

    const damaged = bytes.slice();
    // The end record says where the directory starts: point it past the end of the file.
    const end = damaged.length - 22;
    new DataView(damaged.buffer).setUint32(end + 16, damaged.length + 100, true);
    await expect(readZipDirectory(memoryRangeReader(damaged))).rejects.toThrow(ZipFormatError);
    await expect(readZipDirectory(memoryRangeReader(bytes.slice(0, bytes.length - 22)))).rejects.toThrow(ZipFormatError);
  });
});
