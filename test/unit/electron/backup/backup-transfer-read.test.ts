// Backup files read in pieces to restore from: a chosen file is judged by its size, first and
// last bytes before anything more is read, and an open file is read only by its own window,
// within its size, and let go when closed or idle.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transferIdleMs } from '../../../../electron/services/backup/backup-service';
import { backupRefusalMessages } from '../../../../shared/backup/refusal-messages';
import { openWhole, testWindow } from './backup-transfer-steps';
import { backupBytes, chunkBytes, folder, notOpen, setup } from './transfer-fixture';

describe('backup transfers: reading a backup to restore', () => {
  it('reads a backup in pieces of the size main gives, and closes it', async () => {
    const bytes = await backupBytes();
    const { fs, service } = setup({ [`${folder}/call-desk-2026-11-01T0900Z.cdbackup`]: bytes });
    const opened = await service.openRead({ source: 'automatic', name: 'call-desk-2026-11-01T0900Z.cdbackup' }, testWindow);
    expect(opened).toEqual({
      opened: true,
      readId: expect.stringMatching(/^[0-9a-f]{32}$/),
      fileName: 'call-desk-2026-11-01T0900Z.cdbackup',
      size: bytes.length,
      chunkBytes,
    });
    expect(await openWhole(service, { source: 'automatic', name: 'call-desk-2026-11-01T0900Z.cdbackup' })).toEqual({
      opened: true,
      fileName: 'call-desk-2026-11-01T0900Z.cdbackup',
      bytes,
    });
    if (!opened.opened) return;
    expect(await service.closeRead({ readId: opened.readId }, testWindow)).toEqual({ closed: true });
    expect(await service.closeRead({ readId: opened.readId }, testWindow)).toEqual({ closed: false });
    expect(fs.openFiles()).toBe(0);
  });

  it('refuses to read past the end of the file or more than a piece at once, and a reader of another window', async () => {
    const bytes = await backupBytes();
    const { fs, service } = setup({ [`${folder}/call-desk-2026-11-01T0900Z.cdbackup`]: bytes });
    const open = async () => {
      const opened = await service.openRead({ source: 'automatic', name: 'call-desk-2026-11-01T0900Z.cdbackup' }, testWindow);
      if (!opened.opened) throw new Error('not opened');
      return opened.readId;
    };
    await expect(service.readChunk({ readId: await open(), offset: bytes.length - 10, length: 20 }, testWindow)).rejects.toThrow(
      'Call Desk was asked for more of the backup file than it holds.',
    );
    await expect(service.readChunk({ readId: await open(), offset: 0, length: chunkBytes + 1 }, testWindow)).rejects.toThrow(
      `Call Desk reads a backup in pieces of at most ${chunkBytes} bytes.`,
    );
    const readId = await open();
    await expect(service.readChunk({ readId, offset: 0, length: chunkBytes }, 'window-2')).rejects.toThrow(notOpen);
    expect(await service.closeRead({ readId }, 'window-2')).toEqual({ closed: false });
    expect((await service.readChunk({ readId, offset: 0, length: chunkBytes }, testWindow)).bytes).toEqual(bytes.slice(0, chunkBytes));
    await service.closeRead({ readId }, testWindow);
    // A failed read lets its file go.
    expect(fs.openFiles()).toBe(0);
  });

  it('refuses a chosen file that is not a backup after reading its first 30 bytes, and says so plainly', async () => {
    const notes = new TextEncoder().encode('Call Wexford on Monday about WX-1.\n'.repeat(100));
    const { fs, dialogs, reads, service } = setup({ '/media/usb/notes.cdbackup': notes });
    dialogs.queueOpenPath('/media/usb/notes.cdbackup');
    expect(await service.openRead({ source: 'ask' }, testWindow)).toEqual({
      opened: false,
      fileName: 'notes.cdbackup',
      message: 'This file is not a Call Desk backup. Choose a file saved with “Back up now” or one of the automatic backups.',
    });
    expect(reads).toEqual([[0, 30]]);
    expect(fs.openFiles()).toBe(0);
    expect(service.openTransfers()).toBe(0);
  });

  it('refuses a backup cut off before its end after reading only its first and last bytes', async () => {
    const bytes = await backupBytes();
    const cut = bytes.slice(0, Math.floor(bytes.length / 2));
    const { dialogs, reads, service } = setup({ '/media/usb/cut off.cdbackup': cut });
    dialogs.queueOpenPath('/media/usb/cut off.cdbackup');
    expect(await service.openRead({ source: 'ask' }, testWindow)).toEqual({
      opened: false,
      fileName: 'cut off.cdbackup',
      message: backupRefusalMessages.truncated,
    });
    // The local header, then the whole first entry (74 bytes), then the end (all of so small a file).
    expect(reads).toEqual([
      [0, 30],
      [0, 74],
      [0, cut.length],
    ]);
  });

  it('refuses an empty file and one too short to hold the first entry as cut off', async () => {
    const bytes = await backupBytes();
    const { dialogs, service } = setup({ '/a/empty.cdbackup': new Uint8Array(), '/a/start.cdbackup': bytes.slice(0, 50) });
    for (const file of ['/a/empty.cdbackup', '/a/start.cdbackup']) {
      dialogs.queueOpenPath(file);
      expect(await service.openRead({ source: 'ask' }, testWindow)).toEqual({
        opened: false,
        fileName: path.basename(file),
        message: backupRefusalMessages.truncated,
      });
    }
  });

  it('refuses a file larger than any backup can be without reading any of it', async () => {
    const { fs, dialogs, reads, service } = setup({ '/media/usb/huge.cdbackup': 'x' });
    const openToRead = fs.openToRead;
    fs.openToRead = async (file) => ({ ...(await openToRead(file)), size: 5 * 1024 ** 3 });
    dialogs.queueOpenPath('/media/usb/huge.cdbackup');
    expect(await service.openRead({ source: 'ask' }, testWindow)).toEqual({
      opened: false,
      fileName: 'huge.cdbackup',
      message:
        'This file is too large to be a Call Desk backup (5 GB; a backup is at most 4 GB). Choose a file saved with “Back up now” or one of the automatic backups.',
    });
    expect(reads).toEqual([]);
  });

  it('lets an idle reader go after two minutes', async () => {
    const bytes = await backupBytes();
    const { clock, fs, service } = setup({ [`${folder}/call-desk-2026-11-01T0900Z.cdbackup`]: bytes });
    const opened = await service.openRead({ source: 'automatic', name: 'call-desk-2026-11-01T0900Z.cdbackup' }, testWindow);
    if (!opened.opened) throw new Error('not opened');
    await clock.advance(transferIdleMs);
    await expect.poll(() => fs.openFiles()).toBe(0);
    await expect(service.readChunk({ readId: opened.readId, offset: 0, length: chunkBytes }, testWindow)).rejects.toThrow(notOpen);
  });
});
