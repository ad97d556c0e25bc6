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
});
