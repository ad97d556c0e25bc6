import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem as fs } from '../../../electron/adapters/node-file-system';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'call-desk-fs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('nodeFileSystem', () => {
  it('lists nothing before a folder exists, then its plain files with their sizes', async () => {
    const backups = path.join(dir, 'backups');
    expect(await fs.list(backups)).toEqual([]);
    await fs.writeAtomic(path.join(backups, 'call-desk-2026-11-22T1530Z.cdbackup'), new Uint8Array([1, 2, 3]));
    await mkdir(path.join(backups, 'a-folder'));
    expect(await fs.list(backups)).toEqual([{ name: 'call-desk-2026-11-22T1530Z.cdbackup', size: 3 }]);
  });

  it('tells a file’s size without reading it, and refuses a missing one', async () => {
    const target = path.join(dir, 'AR Aging.csv');
    await writeFile(target, 'Customer,Amount\n');
    expect(await fs.size(target)).toBe(16);
    await expect(fs.size(path.join(dir, 'gone.csv'))).rejects.toThrow();
  });

  it('writes bytes and text that read back, replacing the old file, leaving no temporary file', async () => {
    const target = path.join(dir, 'chosen', 'customers.csv');
    await fs.writeAtomic(target, new Uint8Array([1, 2, 3]));
    await fs.writeAtomic(target, '\uFEFFName\r\n');
    expect(await readFile(target, 'utf8')).toBe('\uFEFFName\r\n');
    const bytes = await fs.read(target);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readdir(path.dirname(target))).toEqual(['customers.csv']);
  });

  it('leaves no partial file when a write fails, and keeps what was there', async () => {
    // The target is a folder, so the final rename fails after the bytes were written.
    const target = path.join(dir, 'occupied.pdf');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(fs.writeAtomic(target, new Uint8Array(1024).fill(7))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied.pdf']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('tells what exists, rejects reading a missing file, and removes quietly', async () => {
    const file = path.join(dir, 'Packet.pdf');
    expect(await fs.exists(file)).toBe(false);
    await writeFile(file, '%PDF-');
    expect(await fs.exists(file)).toBe(true);
    expect(await fs.exists(dir)).toBe(true);
    await expect(fs.read(path.join(dir, 'missing.cdbackup'))).rejects.toThrow('ENOENT');
    await fs.remove(file);
    await expect(fs.remove(file)).resolves.toBeUndefined();
    expect(await fs.exists(file)).toBe(false);
  });

  it('writes a new file in pieces, creating its folder, and never over an existing one', async () => {
    const file = path.join(dir, 'backups', 'incoming.cdbackup.1.00ff.tmp');
    const writer = await fs.createNew(file);
    await writer.write(new Uint8Array([1, 2, 3]));
    await writer.write(new Uint8Array([4, 5]).subarray(1));
    await writer.sync();
    await writer.close();
    await writer.close();
    expect([...(await readFile(file))]).toEqual([1, 2, 3, 5]);
    await expect(fs.createNew(file)).rejects.toThrow('EEXIST');
    expect([...(await readFile(file))]).toEqual([1, 2, 3, 5]);
  });

  it('reads a file in pieces from any offset, fewer bytes only at its end, each piece with memory of its own', async () => {
    const file = path.join(dir, 'office.cdbackup');
    await writeFile(file, Buffer.from('0123456789'));
    const reader = await fs.openToRead(file);
    expect(reader.size).toBe(10);
    const piece = await reader.read(3, 4);
    expect(new TextDecoder().decode(piece)).toBe('3456');
    expect(piece.buffer.byteLength).toBe(4);
    expect(new TextDecoder().decode(await reader.read(8, 4))).toBe('89');
    await reader.close();
    await reader.close();
    await expect(fs.openToRead(path.join(dir, 'missing.cdbackup'))).rejects.toThrow('ENOENT');
    await expect(fs.openToRead(dir)).rejects.toThrow();
  });

  it('renames a file over another of the target name', async () => {
    const from = path.join(dir, 'office.cdbackup.1.ab.tmp');
    const to = path.join(dir, 'office.cdbackup');
    await writeFile(from, 'new');
    await writeFile(to, 'old');
    await fs.rename(from, to);
    expect(await readdir(dir)).toEqual(['office.cdbackup']);
    expect(await readFile(to, 'utf8')).toBe('new');
  });
});
