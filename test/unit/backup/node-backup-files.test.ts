import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeBackupFiles } from '../../../electron/adapters/node-backup-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'call-desk-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createNodeBackupFiles', () => {
  it('lists nothing before the backups folder exists, then the files in it', async () => {
    const backups = path.join(dir, 'backups');
    const files = createNodeBackupFiles(backups);
    expect(await files.list()).toEqual([]);
    await files.writeAtomic(files.pathOf('call-desk-2026-11-22T1530Z.cdbackup'), new Uint8Array([1, 2, 3]));
    await mkdir(path.join(backups, 'a-folder'));
    expect(await files.list()).toEqual(['call-desk-2026-11-22T1530Z.cdbackup']);
  });

  it('writes bytes that read back, replacing the old file, leaving no temporary file', async () => {
    const files = createNodeBackupFiles(dir);
    const target = path.join(dir, 'chosen', 'office.cdbackup');
    await files.writeAtomic(target, new Uint8Array([1, 2, 3]));
    await files.writeAtomic(target, new Uint8Array([4, 5]));
    expect([...(await files.read(target))]).toEqual([4, 5]);
    expect(await readdir(path.dirname(target))).toEqual(['office.cdbackup']);
  });

  it('leaves no partial file when a write fails, and keeps what was there', async () => {
    const files = createNodeBackupFiles(dir);
    // The target is a folder, so the final rename fails after the bytes were written.
    const target = path.join(dir, 'occupied.cdbackup');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'keep me');
    await expect(files.writeAtomic(target, new Uint8Array(1024).fill(7))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['occupied.cdbackup']);
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('rejects reading a missing file, removes quietly, and refuses names with separators', async () => {
    const files = createNodeBackupFiles(dir);
    await expect(files.read(path.join(dir, 'missing.cdbackup'))).rejects.toThrow('ENOENT');
    await expect(files.remove('missing.cdbackup')).resolves.toBeUndefined();
    expect(() => files.pathOf('../escape.cdbackup')).toThrow('is not a plain file name');
    await expect(files.remove('../escape.cdbackup')).rejects.toThrow('is not a plain file name');
  });
});
