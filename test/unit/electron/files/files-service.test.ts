import { describe, expect, it, vi } from 'vitest';
import { createFilesService, type SaveRequest } from '../../../../electron/services/files/files-service';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from './memory-file-system';

function setup(initial: Record<string, string> = {}) {
  const fs = createMemoryFileSystem(initial);
  const dialogs = createScriptedDialogs();
  const revealed: string[] = [];
  let ids = 0;
  const service = createFilesService({
    fs,
    dialogs,
    revealer: { showItemInFolder: (file) => void revealed.push(file) },
    newId: () => `folder-${(ids += 1)}`,
  });
  return { fs, dialogs, revealed, service };
}

const csv = { name: 'CSV file', extensions: ['csv'] };

function request(
  destination: SaveRequest['destination'],
  content = 'Name\r\n',
  produce = vi.fn(async () => ({ data: content })),
): SaveRequest {
  return { destination, dialogTitle: 'Save CSV file', fileType: csv, produce };
}

async function grantedFolder(setupResult: ReturnType<typeof setup>, folder = '/home/ana/Exports') {
  setupResult.dialogs.queueFolder(folder);
  const { folder: chosen } = await setupResult.service.chooseFolder('csv-export');
  return chosen!.id;
}

describe('files service: chosen folders', () => {
  it('asks for a folder with a title for its purpose and names it by an opaque id', async () => {
    const ctx = setup();
    ctx.dialogs.queueFolder('/home/ana/Packets');
    expect(await ctx.service.chooseFolder('agency-packets')).toEqual({ folder: { id: 'folder-1', path: '/home/ana/Packets' } });
    expect(ctx.dialogs.asked).toEqual([{ kind: 'folder', title: 'Choose a folder for the agency packets' }]);
  });

  it('answers no folder when the user cancels, and grants nothing', async () => {
    const ctx = setup();
    ctx.dialogs.queueFolder(null);
    expect(await ctx.service.chooseFolder('csv-export')).toEqual({ folder: null });
    await expect(
      ctx.service.save(request({ kind: 'folder', folderId: 'folder-1', fileName: 'a.csv', ifExists: 'keep-both' })),
    ).rejects.toThrow('Choose the folder again');
  });

  it('refuses an id it never granted, before producing anything', async () => {
    const ctx = setup();
    const produce = vi.fn(async () => ({ data: 'x' }));
    await expect(
      ctx.service.save(request({ kind: 'folder', folderId: 'made-up', fileName: 'customers.csv', ifExists: 'replace' }, 'x', produce)),
    ).rejects.toThrow('Call Desk no longer has permission to write to that folder. Choose the folder again.');
    expect(produce).not.toHaveBeenCalled();
    expect(ctx.fs.writes).toEqual([]);
  });

  it('does not honour another session’s folder ids', async () => {
    const first = setup();
    const id = await grantedFolder(first);
    const second = setup();
    await expect(second.service.save(request({ kind: 'folder', folderId: id, fileName: 'a.csv', ifExists: 'keep-both' }))).rejects.toThrow(
      'Choose the folder again',
    );
  });

  it('keeps both on a name clash: "customers (2).csv", then "(3)"', async () => {
    const ctx = setup({ '/home/ana/Exports/customers.csv': 'old', '/home/ana/Exports/customers (2).csv': 'older' });
    const folderId = await grantedFolder(ctx);
    const saved = await ctx.service.save(request({ kind: 'folder', folderId, fileName: 'customers.csv', ifExists: 'keep-both' }, 'new'));
    expect(saved).toEqual({ saved: true, path: '/home/ana/Exports/customers (3).csv', fileName: 'customers (3).csv' });
    expect(ctx.fs.text('/home/ana/Exports/customers.csv')).toBe('old');
    expect(ctx.fs.text('/home/ana/Exports/customers (3).csv')).toBe('new');
  });

  it('replaces an existing file when asked, through the atomic write', async () => {
    const ctx = setup({ '/home/ana/Exports/customers.csv': 'old' });
    const folderId = await grantedFolder(ctx);
    const saved = await ctx.service.save(request({ kind: 'folder', folderId, fileName: 'customers.csv', ifExists: 'replace' }, 'new'));
    expect(saved).toMatchObject({ path: '/home/ana/Exports/customers.csv' });
    expect(ctx.fs.text('/home/ana/Exports/customers.csv')).toBe('new');
    expect(ctx.fs.writes).toEqual(['/home/ana/Exports/customers.csv']);
  });

  it('gives a file name without the type’s extension that extension', async () => {
    const ctx = setup();
    const folderId = await grantedFolder(ctx);
    const saved = await ctx.service.save(request({ kind: 'folder', folderId, fileName: 'Harbor Point 2026.03', ifExists: 'keep-both' }));
    expect(saved).toMatchObject({ fileName: 'Harbor Point 2026.03.csv' });
  });
});

describe('files service: save dialog', () => {
  it('suggests the name in a dialog with the type as filter, and writes where the user said', async () => {
    const ctx = setup();
    ctx.dialogs.queueSavePath('/home/ana/Desktop/invoices');
    const saved = await ctx.service.save(request({ kind: 'ask', suggestedName: 'invoices.csv' }, 'INV-7'));
    expect(ctx.dialogs.asked).toEqual([{ kind: 'save', title: 'Save CSV file', defaultName: 'invoices.csv' }]);
    // A typed name without the extension gets it (GTK dialogs do not add it).
    expect(saved).toEqual({ saved: true, path: '/home/ana/Desktop/invoices.csv', fileName: 'invoices.csv' });
    expect(ctx.fs.text('/home/ana/Desktop/invoices.csv')).toBe('INV-7');
  });

  it('keeps a file the dialog never asked about when the extension is added to a typed name', async () => {
    const ctx = setup({ '/home/ana/Desktop/invoices.csv': 'last month' });
    ctx.dialogs.queueSavePath('/home/ana/Desktop/invoices');
    const saved = await ctx.service.save(request({ kind: 'ask', suggestedName: 'invoices.csv' }, 'INV-8'));
    expect(saved).toEqual({ saved: true, path: '/home/ana/Desktop/invoices (2).csv', fileName: 'invoices (2).csv' });
    expect(ctx.fs.text('/home/ana/Desktop/invoices.csv')).toBe('last month');
  });

  it('replaces a file the user chose by its full name (the dialog asked them)', async () => {
    const ctx = setup({ '/home/ana/Desktop/invoices.csv': 'last month' });
    ctx.dialogs.queueSavePath('/home/ana/Desktop/invoices.csv');
    await ctx.service.save(request({ kind: 'ask', suggestedName: 'invoices.csv' }, 'INV-9'));
    expect(ctx.fs.text('/home/ana/Desktop/invoices.csv')).toBe('INV-9');
  });

  it('produces and writes nothing when the user cancels', async () => {
    const ctx = setup();
    const produce = vi.fn(async () => ({ data: 'x' }));
    ctx.dialogs.queueSavePath(null);
    expect(await ctx.service.save(request({ kind: 'ask', suggestedName: 'a.csv' }, 'x', produce))).toBeNull();
    expect(produce).not.toHaveBeenCalled();
    expect(ctx.fs.writes).toEqual([]);
  });

  it('with verification, removes a file that does not read back and says so', async () => {
    const ctx = setup();
    ctx.dialogs.queueSavePath('/media/usb/a.csv');
    ctx.fs.damageNextWrite();
    await expect(
      ctx.service.save({ ...request({ kind: 'ask', suggestedName: 'a.csv' }, 'Name,Balance\r\n'), verify: true }),
    ).rejects.toThrow('did not read back correctly');
    expect(ctx.fs.stored.has('/media/usb/a.csv')).toBe(false);
  });

  it('reports a failed write and remembers nothing', async () => {
    const ctx = setup();
    ctx.dialogs.queueSavePath('/media/usb/a.csv');
    ctx.fs.failNextWrite();
    await expect(ctx.service.save(request({ kind: 'ask', suggestedName: 'a.csv' }))).rejects.toThrow('no space left');
    expect(ctx.service.showInFolder('/media/usb/a.csv')).toEqual({ shown: false });
  });
});

describe('files service: show in folder', () => {
  it('shows only files it saved this session', async () => {
    const ctx = setup();
    ctx.dialogs.queueSavePath('/home/ana/Desktop/a.csv');
    await ctx.service.save(request({ kind: 'ask', suggestedName: 'a.csv' }));
    expect(ctx.service.showInFolder('/etc/passwd')).toEqual({ shown: false });
    expect(ctx.service.showInFolder('/home/ana/Desktop/../Desktop/a.csv')).toEqual({ shown: false });
    expect(ctx.service.showInFolder('/home/ana/Desktop/a.csv')).toEqual({ shown: true });
    expect(ctx.revealed).toEqual(['/home/ana/Desktop/a.csv']);
  });
});
