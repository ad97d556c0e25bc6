// Backup files written in pieces, as main's backup service takes them: in order, within the
// piece size, adding up to the size announced at the finish, bound to the window that began them, let go when aborted,
// idle too long or when that window reloads, and never leaving a temporary or open file behind.
import { describe, expect, it } from 'vitest';
import { notABackupMessage, transferIdleMs } from '../../../../electron/services/backup/backup-service';
import { sendWhole, testWindow, writeAutomatic } from './backup-transfer-steps';
import { backupBytes, begin, chunkBytes, folder, notOpen, setup } from './transfer-fixture';

describe('backup transfers: writing in pieces', () => {
  it('writes a backup sent in many small pieces, names it only when whole, and leaves nothing open', async () => {
    const { fs, service, temporary } = setup();
    const bytes = await backupBytes();
    expect(bytes.length).toBeGreaterThan(10 * chunkBytes);
    const begun = await service.beginWrite({ target: { kind: 'safety-copy', reason: 'restore' } }, testWindow);
    expect(begun).toEqual({ started: true, writeId: expect.stringMatching(/^[0-9a-f]{32}$/), chunkBytes });
    if (!begun.started) return;
    for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
      const piece = bytes.slice(index * chunkBytes, (index + 1) * chunkBytes);
      expect(await service.writeChunk({ writeId: begun.writeId, index, bytes: piece }, testWindow)).toEqual({
        received: Math.min(bytes.length, (index + 1) * chunkBytes),
      });
      // Until it is whole, the backup is only a temporary file.
      expect(fs.names(folder).filter((name) => name.endsWith('.cdbackup'))).toEqual([]);
      expect(temporary()).toHaveLength(1);
    }
    expect(await service.finishWrite({ writeId: begun.writeId, size: bytes.length }, testWindow)).toEqual({
      target: 'safety-copy',
      name: 'before-restore-2026-11-02T09-00-00Z.cdbackup',
    });
    expect(fs.stored.get(`${folder}/before-restore-2026-11-02T09-00-00Z.cdbackup`)).toEqual(bytes);
    expect(temporary()).toEqual([]);
    expect(fs.openFiles()).toBe(0);
    expect(service.openTransfers()).toBe(0);
    // Finished means gone: the id no longer names anything.
    await expect(service.finishWrite({ writeId: begun.writeId, size: bytes.length }, testWindow)).rejects.toThrow(notOpen);
  });

  it('refuses a piece out of order, and lets the whole write go', async () => {
    const { service, temporary, fs } = setup();
    const bytes = await backupBytes();
    const writeId = await begin(service);
    await service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await expect(service.writeChunk({ writeId, index: 2, bytes: bytes.slice(2 * chunkBytes, 3 * chunkBytes) }, testWindow)).rejects.toThrow(
      'Part of the backup came out of order (piece 3 instead of 2), so it was not kept. Try again.',
    );
    expect(temporary()).toEqual([]);
    expect(fs.openFiles()).toBe(0);
    await expect(service.writeChunk({ writeId, index: 1, bytes: bytes.slice(chunkBytes, 2 * chunkBytes) }, testWindow)).rejects.toThrow(
      notOpen,
    );
    // Sending the same piece twice is out of order too.
    const again = await begin(service);
    await service.writeChunk({ writeId: again, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await expect(service.writeChunk({ writeId: again, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow)).rejects.toThrow(
      'out of order',
    );
    expect(temporary()).toEqual([]);
  });

  it('refuses a finish whose size differs from what came, either way, and a piece larger than main asked for', async () => {
    const { service, temporary } = setup();
    const bytes = await backupBytes();
    const sendAll = async (writeId: string) => {
      for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
        await service.writeChunk({ writeId, index, bytes: bytes.slice(index * chunkBytes, (index + 1) * chunkBytes) }, testWindow);
      }
    };
    const over = await begin(service);
    await sendAll(over);
    await expect(service.finishWrite({ writeId: over, size: bytes.length - 1 }, testWindow)).rejects.toThrow(
      `More of the backup came than was sent (${bytes.length} bytes, not ${bytes.length - 1})`,
    );

    const large = await begin(service);
    await expect(service.writeChunk({ writeId: large, index: 0, bytes: bytes.slice(0, chunkBytes + 1) }, testWindow)).rejects.toThrow(
      `A piece of the backup was larger than ${chunkBytes} bytes`,
    );

    const unfinished = await begin(service);
    await service.writeChunk({ writeId: unfinished, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await expect(service.finishWrite({ writeId: unfinished, size: bytes.length }, testWindow)).rejects.toThrow(
      `Only part of the backup came (${chunkBytes} of ${bytes.length} bytes)`,
    );
    expect(temporary()).toEqual([]);
    expect(service.openTransfers()).toBe(0);
  });

  it('refuses something that is not a backup at its first piece, before writing the rest', async () => {
    const { fs, service, temporary } = setup();
    const text = new TextEncoder().encode('Call Wexford on Monday about WX-1. '.repeat(10));
    const writeId = await begin(service);
    await expect(service.writeChunk({ writeId, index: 0, bytes: text.slice(0, chunkBytes) }, testWindow)).rejects.toThrow(
      notABackupMessage,
    );
    expect(temporary()).toEqual([]);
    expect(fs.openFiles()).toBe(0);
  });

  it('aborts: the temporary file goes, and the id names nothing afterwards', async () => {
    const { service, temporary } = setup();
    const bytes = await backupBytes();
    const writeId = await begin(service);
    await service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    expect(temporary()).toHaveLength(1);
    expect(await service.abortWrite({ writeId }, testWindow)).toEqual({ aborted: true });
    expect(temporary()).toEqual([]);
    expect(await service.abortWrite({ writeId }, testWindow)).toEqual({ aborted: false });
    await expect(service.finishWrite({ writeId, size: bytes.length }, testWindow)).rejects.toThrow(notOpen);
  });

  it('belongs to the window that began it: another window cannot add to, finish or abort it', async () => {
    const { fs, service } = setup();
    const bytes = await backupBytes();
    const writeId = await begin(service);
    await expect(service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, 'window-2')).rejects.toThrow(notOpen);
    await expect(service.finishWrite({ writeId, size: bytes.length }, 'window-2')).rejects.toThrow(notOpen);
    expect(await service.abortWrite({ writeId }, 'window-2')).toEqual({ aborted: false });
    // Untouched by all that, it still completes for its own window.
    for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
      await service.writeChunk({ writeId, index, bytes: bytes.slice(index * chunkBytes, (index + 1) * chunkBytes) }, testWindow);
    }
    expect(await service.finishWrite({ writeId, size: bytes.length }, testWindow)).toMatchObject({ target: 'safety-copy' });
    expect(fs.names(folder)).toEqual(['before-restore-2026-11-02T09-00-00Z.cdbackup']);
  });

  it('lets a write go after two idle minutes, removing its temporary file', async () => {
    const { clock, service, temporary, warnings } = setup();
    const bytes = await backupBytes();
    const writeId = await begin(service);
    await service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await clock.advance(transferIdleMs - 1000);
    // Each request starts the wait again.
    await service.writeChunk({ writeId, index: 1, bytes: bytes.slice(chunkBytes, 2 * chunkBytes) }, testWindow);
    await clock.advance(transferIdleMs - 1000);
    expect(temporary()).toHaveLength(1);
    await clock.advance(1000);
    await expect.poll(() => temporary()).toEqual([]);
    expect(service.openTransfers()).toBe(0);
    expect(warnings).toContain('A backup file being copied was let go: nothing came for too long.');
    await expect(service.writeChunk({ writeId, index: 2, bytes: bytes.slice(2 * chunkBytes, 3 * chunkBytes) }, testWindow)).rejects.toThrow(
      notOpen,
    );
    expect(clock.armedTimers()).toBe(0);
  });

  it('never lets a write go while one of its steps is under way, however long that takes', async () => {
    const { fs, clock, service, temporary } = setup();
    const bytes = await backupBytes();
    let letWriteThrough!: () => void;
    const slowDisk = new Promise<void>((resolve) => (letWriteThrough = resolve));
    const createNew = fs.createNew.bind(fs);
    fs.createNew = async (file) => {
      const writer = await createNew(file);
      return { ...writer, write: async (piece) => (await slowDisk, writer.write(piece)) };
    };
    const writeId = await begin(service);
    const writing = service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await clock.advance(3 * transferIdleMs);
    expect(temporary()).toHaveLength(1);
    letWriteThrough();
    expect(await writing).toEqual({ received: chunkBytes });
    expect(service.openTransfers()).toBe(1);
    // Idle from here on: let go two minutes later.
    await clock.advance(transferIdleMs);
    await expect.poll(() => temporary()).toEqual([]);
  });

  it("lets every transfer of a window go when it reloads or closes, and only that window's", async () => {
    const bytes = await backupBytes();
    const { fs, service, temporary } = setup({ [`${folder}/call-desk-2026-11-01T0900Z.cdbackup`]: bytes });
    const reloaded = await begin(service);
    await service.writeChunk({ writeId: reloaded, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    const reading = await service.openRead({ source: 'automatic', name: 'call-desk-2026-11-01T0900Z.cdbackup' }, testWindow);
    const other = await begin(service, 'window-2');
    expect(fs.openFiles()).toBe(3);

    await service.releaseCaller(testWindow);
    expect(temporary()).toHaveLength(1);
    expect(fs.openFiles()).toBe(1);
    if (!reading.opened) throw new Error('not opened');
    await expect(service.readChunk({ readId: reading.readId, offset: 0, length: chunkBytes }, testWindow)).rejects.toThrow(notOpen);
    expect(await service.abortWrite({ writeId: other }, 'window-2')).toEqual({ aborted: true });
    expect(temporary()).toEqual([]);
    expect(fs.openFiles()).toBe(0);
  });

  it('leaves no file when the finished file does not read back, or a piece cannot be written', async () => {
    const { fs, service, temporary } = setup();
    const bytes = await backupBytes();
    fs.damageNextWrite();
    await expect(sendWhole(service, { kind: 'safety-copy', reason: 'import' }, bytes)).rejects.toThrow(
      'did not read back correctly, so it was removed',
    );
    expect(fs.names(folder)).toEqual([]);
    const writeId = await begin(service);
    await service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    fs.failNextWrite();
    await expect(service.writeChunk({ writeId, index: 1, bytes: bytes.slice(chunkBytes, 2 * chunkBytes) }, testWindow)).rejects.toThrow(
      `The backups folder (${folder}) could not be written to. Check that the disk has free space and that Call Desk may write to that folder. (ENOSPC: no space left on device)`,
    );
    expect(temporary()).toEqual([]);
    expect(fs.openFiles()).toBe(0);
  });

  it('cannot begin in a backups folder that cannot be made, and says where', async () => {
    const { service } = setup({ '/data': 'a file where the data folder should be' });
    await expect(service.beginWrite({ target: { kind: 'safety-copy', reason: 'restore' } }, testWindow)).rejects.toThrow(
      `The backups folder (${folder}) could not be written to.`,
    );
    expect(service.openTransfers()).toBe(0);
  });

  it('keeps the temporary file of a write under way when the folder is first listed (leftovers go only before)', async () => {
    const bytes = await backupBytes();
    const leftover = `${folder}/incoming.cdbackup.999.0123456789abcdef.tmp`;
    const { fs, service, temporary } = setup({ [leftover]: bytes.slice(0, 10) });
    const writeId = await begin(service);
    expect(fs.stored.has(leftover)).toBe(false);
    await service.writeChunk({ writeId, index: 0, bytes: bytes.slice(0, chunkBytes) }, testWindow);
    await service.status();
    expect(temporary()).toHaveLength(1);
  });

  it("does not begin today's automatic backup once there is one, nor a save the user cancelled", async () => {
    const bytes = await backupBytes();
    const { dialogs, service, temporary } = setup();
    expect(await writeAutomatic(service, bytes)).toMatchObject({ written: true });
    expect(await service.beginWrite({ target: { kind: 'automatic' } }, testWindow)).toEqual({
      started: false,
      reason: 'not-due',
    });
    dialogs.queueSavePath(null);
    expect(await service.beginWrite({ target: { kind: 'save-as', suggestedName: 'office.cdbackup' } }, testWindow)).toEqual({
      started: false,
      reason: 'cancelled',
    });
    expect(temporary()).toEqual([]);
    expect(service.openTransfers()).toBe(0);
  });

  it('writes "Back up now" beside the chosen file first, then renames it over that name', async () => {
    const { fs, dialogs, service } = setup({ '/media/usb/office.cdbackup': 'an older backup the user chose to replace' });
    const bytes = await backupBytes();
    dialogs.queueSavePath('/media/usb/office.cdbackup');
    expect(await sendWhole(service, { kind: 'save-as', suggestedName: 'Call Desk backup 2026-11-02.cdbackup' }, bytes)).toEqual({
      target: 'save-as',
      saved: true,
      path: '/media/usb/office.cdbackup',
      fileName: 'office.cdbackup',
    });
    expect(fs.renames).toEqual([
      { from: expect.stringMatching(/^\/media\/usb\/office\.cdbackup\.\d+\.[0-9a-f]{16}\.tmp$/), to: '/media/usb/office.cdbackup' },
    ]);
    expect(fs.stored.get('/media/usb/office.cdbackup')).toEqual(bytes);
    expect(fs.names('/media/usb')).toEqual(['office.cdbackup']);
  });

  it('lets one window have only a few transfers open at once', async () => {
    const { service } = setup();
    for (let i = 0; i < 4; i += 1) await begin(service);
    await expect(begin(service)).rejects.toThrow('Too many backup files are being copied at once.');
    await begin(service, 'window-2');
    await service.releaseCaller(testWindow);
    await service.releaseCaller('window-2');
    expect(service.openTransfers()).toBe(0);
  });
});
