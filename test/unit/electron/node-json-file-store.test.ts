import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createNodeJsonFileStore } from '../../../electron/adapters/node-json-file-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'call-desk-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createNodeJsonFileStore', () => {
  it('returns undefined for a file that does not exist', async () => {
    expect(await createNodeJsonFileStore(dir).read('window-state.json')).toBeUndefined();
  });

  it('writes JSON that reads back, creating the folder, leaving no temporary file', async () => {
    const nested = path.join(dir, 'not', 'yet');
    const store = createNodeJsonFileStore(nested);
    await store.write('window-state.json', { maximized: true, bounds: { x: 1 } });
    await store.write('window-state.json', { maximized: false });
    expect(await store.read('window-state.json')).toEqual({ maximized: false });
    expect(await readdir(nested)).toEqual(['window-state.json']);
    expect(JSON.parse(await readFile(path.join(nested, 'window-state.json'), 'utf8'))).toEqual({ maximized: false });
  });

  it('reports a corrupt file as an error naming the file', async () => {
    await writeFile(path.join(dir, 'window-state.json'), '{"bounds": {', 'utf8');
    await expect(createNodeJsonFileStore(dir).read('window-state.json')).rejects.toThrow('window-state.json is not valid JSON.');
  });

  it('keeps the previous file when a write fails, and cleans up its temporary file', async () => {
    const store = createNodeJsonFileStore(dir);
    await store.write('settings.json', { a: 1 });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(store.write('settings.json', circular)).rejects.toThrow();
    expect(await store.read('settings.json')).toEqual({ a: 1 });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('moves a damaged file aside under a name of its own, so the next write starts clean', async () => {
    const store = createNodeJsonFileStore(dir);
    await writeFile(path.join(dir, 'reminders-fired.json'), '{"format": 1, "fired": [', 'utf8');
    const aside = await store.keepAside('reminders-fired.json');
    expect(aside).toMatch(/^reminders-fired\.damaged-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/);
    expect(await readFile(path.join(dir, aside!), 'utf8')).toBe('{"format": 1, "fired": [');
    expect(await store.read('reminders-fired.json')).toBeUndefined();
    expect(await store.keepAside('reminders-fired.json')).toBeNull();
  });

  it.each(['../escape.json', 'sub/dir.json', '..', 'C:\\x.json', ''])('refuses the file name %j', async (name) => {
    const store = createNodeJsonFileStore(dir);
    await expect(store.write(name, {})).rejects.toThrow('is not a plain file name');
    await expect(store.read(name)).rejects.toThrow('is not a plain file name');
  });
});
