import { describe, expect, it } from 'vitest';
import { createBackupService, notABackupMessage } from '../../../../electron/services/backup/backup-service';
import { createFilesService } from '../../../../electron/services/files/files-service';
import { backupCreatedAtFromFileName, isoWeekOf } from '../../../../shared/backup/backup-schedule';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from '../files/memory-file-system';
import { backupBytes, folder, setup } from './backup-service-fixture';
import { backupTestClock, openWhole, saveAs, writeAutomatic } from './backup-transfer-steps';

describe('backup service: automatic backups', () => {
  it('is due with none yet, writes one a day, and lists them newest first with their sizes', async () => {
    const { fs, clock, service } = setup({ [`${folder}/notes.txt`]: 'not a backup' });
    expect(await service.status()).toEqual({ due: true, automatic: [], folder });

    const bytes = await backupBytes();
    expect(await writeAutomatic(service, bytes)).toEqual({ written: true, name: 'call-desk-2026-11-02T0900Z.cdbackup', removed: [] });
    expect(fs.stored.get(`${folder}/call-desk-2026-11-02T0900Z.cdbackup`)).toEqual(bytes);

    clock.time = new Date('2026-11-02T23:59:00Z');
    expect(await writeAutomatic(service, bytes)).toEqual({ written: false, reason: 'not-due' });
    expect((await service.status()).due).toBe(false);

    clock.time = new Date('2026-11-03T00:01:00Z');
    expect((await service.status()).due).toBe(true);
    await writeAutomatic(service, await backupBytes('Northwind Traders Ltd'));
    const status = await service.status();
    expect(status.automatic.map((b) => b.name)).toEqual(['call-desk-2026-11-03T0001Z.cdbackup', 'call-desk-2026-11-02T0900Z.cdbackup']);
    expect(status.automatic[1]).toEqual({
      name: 'call-desk-2026-11-02T0900Z.cdbackup',
      createdAt: '2026-11-02T09:00:00.000Z',
      size: bytes.length,
      kind: 'daily',
    });
  });

  it('counts days in the given time zone', async () => {
    const fs = createMemoryFileSystem();
    const dialogs = createScriptedDialogs();
    const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: () => {} } });
    const clock = backupTestClock('2026-11-02T20:00:00Z');
    const service = createBackupService({ fs, dialogs, files, clock, folder, timeZone: () => 'America/Los_Angeles' });
    await writeAutomatic(service, await backupBytes());
    // 20:00Z and 06:00Z the next day are both 2 November in Los Angeles.
    clock.time = new Date('2026-11-03T06:00:00Z');
    expect((await service.status()).due).toBe(false);
    clock.time = new Date('2026-11-03T08:30:00Z');
    expect((await service.status()).due).toBe(true);
  });

  it('writes only once when asked twice at the same moment', async () => {
    const { fs, service } = setup();
    const bytes = await backupBytes();
    const results = await Promise.all([writeAutomatic(service, bytes), writeAutomatic(service, bytes)]);
    expect(results.map((r) => r.written).sort()).toEqual([false, true]);
    expect(fs.names(folder)).toHaveLength(1);
  });

  it('is due once a day still when a backup is dated years ahead (made while the clock was wrong)', async () => {
    const bytes = await backupBytes();
    const { clock, service, fs } = setup({ [`${folder}/call-desk-2031-01-01T0000Z.cdbackup`]: bytes });
    expect((await service.status()).due).toBe(true);
    expect(await writeAutomatic(service, bytes)).toMatchObject({ written: true, name: 'call-desk-2026-11-02T0900Z.cdbackup' });
    clock.time = new Date('2026-11-02T09:30:00Z');
    expect((await service.status()).due).toBe(false);
    expect(await writeAutomatic(service, bytes)).toEqual({ written: false, reason: 'not-due' });
    // The one dated ahead is kept: deleting what cannot be placed would be the wrong guess.
    expect(fs.names(folder)).toContain('call-desk-2031-01-01T0000Z.cdbackup');
  });

  it('removes the temporary files of writes that never finished, once, and nothing else', async () => {
    const bytes = await backupBytes();
    const { fs, service } = setup({
      [`${folder}/call-desk-2026-11-01T0900Z.cdbackup.4242.a1b2c3d4.tmp`]: bytes.subarray(0, 10),
      [`${folder}/before-restore-2026-11-01T10-00-00Z.cdbackup.4242.0f0f0f0f.tmp`]: bytes.subarray(0, 10),
      [`${folder}/call-desk-2026-11-01T0900Z.cdbackup`]: bytes,
      [`${folder}/my notes.tmp`]: 'kept: not ours',
    });
    expect((await service.status()).automatic.map((b) => b.name)).toEqual(['call-desk-2026-11-01T0900Z.cdbackup']);
    expect(fs.names(folder)).toEqual(['call-desk-2026-11-01T0900Z.cdbackup', 'my notes.tmp']);
  });

  it('keeps 10 daily and 4 weekly backups over 60 days, and reports what it removed', async () => {
    const { fs, clock, service } = setup();
    const bytes = await backupBytes();
    const start = Date.UTC(2026, 8, 1); // Tuesday 1 September 2026
    const removed: string[] = [];
    for (let day = 0; day < 60; day += 1) {
      clock.time = new Date(start + day * 86_400_000 + (((day * 7) % 14) + 7) * 3_600_000);
      const result = await writeAutomatic(service, bytes);
      if (result.written) removed.push(...result.removed);
      expect(fs.names(folder).length).toBeLessThanOrEqual(14);
    }
    const days = fs.names(folder).map((name) => backupCreatedAtFromFileName(name)!.slice(0, 10));
    expect(days).toHaveLength(14);
    expect(days.slice(-10)).toEqual(
      Array.from({ length: 10 }, (_, i) => new Date(start + (50 + i) * 86_400_000).toISOString().slice(0, 10)),
    );
    expect(new Set(days.slice(0, 4).map(isoWeekOf)).size).toBe(4);
    expect(days.slice(0, 4)).toEqual(['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-20']);
    expect(removed).toHaveLength(60 - 14);
    for (const name of removed) expect(fs.stored.has(`${folder}/${name}`)).toBe(false);
  });

  it('leaves no file when the backup does not read back, or cannot be written', async () => {
    const { fs, service } = setup();
    const bytes = await backupBytes();
    fs.damageNextWrite();
    await expect(writeAutomatic(service, bytes)).rejects.toThrow('did not read back correctly');
    expect(fs.names(folder)).toEqual([]);
    fs.failNextWrite();
    await expect(writeAutomatic(service, bytes)).rejects.toThrow('no space left');
    expect(fs.names(folder)).toEqual([]);
    // Still due, so the next try writes it.
    expect(await writeAutomatic(service, bytes)).toMatchObject({ written: true });
  });

  it('refuses bytes that are not a whole Call Desk backup, writing nothing', async () => {
    const { fs, service } = setup();
    const bytes = await backupBytes();
    for (const bad of [new TextEncoder().encode('%PDF-1.7'), bytes.slice(0, bytes.length - 30), new Uint8Array()]) {
      await expect(writeAutomatic(service, bad)).rejects.toThrow(notABackupMessage);
    }
    // Not even a temporary file stays, and no transfer is left open.
    expect(fs.names(folder)).toEqual([]);
    expect(fs.openFiles()).toBe(0);
    expect(service.openTransfers()).toBe(0);
  });

  it('carries on when an old backup cannot be removed, and says so', async () => {
    const { fs, clock, service, warnings } = setup();
    const bytes = await backupBytes();
    for (let day = 2; day <= 12; day += 1) {
      clock.time = new Date(Date.UTC(2026, 10, day, 9));
      await writeAutomatic(service, bytes);
    }
    const stuck = `${folder}/call-desk-2026-11-02T0900Z.cdbackup`;
    const remove = fs.remove;
    fs.remove = async (file) => {
      if (file === stuck) throw new Error('EPERM: operation not permitted');
      return remove(file);
    };
    // 14 November: 10 days back reach the 4th; the 2nd and 3rd share its week, so the 2nd goes.
    clock.time = new Date(Date.UTC(2026, 10, 14, 9));
    expect(await writeAutomatic(service, bytes)).toEqual({ written: true, name: 'call-desk-2026-11-14T0900Z.cdbackup', removed: [] });
    expect(warnings).toEqual(['Old backup call-desk-2026-11-02T0900Z.cdbackup was not removed: EPERM: operation not permitted']);
    expect(fs.stored.has(stuck)).toBe(true);
  });
});

describe('backup service: back up now', () => {
  it('answers not saved on cancel and writes nothing', async () => {
    const { fs, dialogs, service } = setup();
    dialogs.queueSavePath(null);
    expect(await saveAs(service, await backupBytes(), 'Call Desk backup 2026-11-02.cdbackup')).toEqual({ saved: false });
    expect(fs.writes).toEqual([]);
    expect(dialogs.asked).toEqual([{ kind: 'save', title: 'Back up Call Desk', defaultName: 'Call Desk backup 2026-11-02.cdbackup' }]);
  });

  it('writes the file where the user said, with the .cdbackup extension, and can show it', async () => {
    const { fs, dialogs, files, service, revealed } = setup();
    const bytes = await backupBytes();
    dialogs.queueSavePath('/media/usb/office backup');
    const saved = await saveAs(service, bytes, 'Call Desk backup 2026-11-02.cdbackup');
    expect(saved).toEqual({ saved: true, path: '/media/usb/office backup.cdbackup', fileName: 'office backup.cdbackup' });
    expect(fs.stored.get('/media/usb/office backup.cdbackup')).toEqual(bytes);
    expect(files.showInFolder('/media/usb/office backup.cdbackup')).toEqual({ shown: true });
    expect(revealed).toEqual(['/media/usb/office backup.cdbackup']);
  });

  it('removes a file that does not read back', async () => {
    const { fs, dialogs, service } = setup();
    dialogs.queueSavePath('/media/usb/office.cdbackup');
    fs.damageNextWrite();
    await expect(saveAs(service, await backupBytes(), 'office.cdbackup')).rejects.toThrow('did not read back correctly');
    expect(fs.stored.has('/media/usb/office.cdbackup')).toBe(false);
  });

  it('refuses bytes that are not a backup at their first piece, leaving nothing where the user chose', async () => {
    const { fs, dialogs, service } = setup();
    dialogs.queueSavePath('/media/usb/office.cdbackup');
    await expect(saveAs(service, new TextEncoder().encode('hello, this is not a backup'), 'office.cdbackup')).rejects.toThrow(
      notABackupMessage,
    );
    expect(fs.names('/media/usb')).toEqual([]);
    expect(fs.openFiles()).toBe(0);
  });
});

describe('backup service: opening a backup to restore', () => {
  it('reads an automatic backup by name', async () => {
    const bytes = await backupBytes();
    const { service } = setup({ [`${folder}/call-desk-2026-11-01T0800Z.cdbackup`]: bytes });
    expect(await openWhole(service, { source: 'automatic', name: 'call-desk-2026-11-01T0800Z.cdbackup' })).toEqual({
      opened: true,
      fileName: 'call-desk-2026-11-01T0800Z.cdbackup',
      bytes,
    });
  });

  it('says clearly when an automatic backup is gone, or is not one', async () => {
    const { service } = setup({ [`${folder}/settings.json`]: '{}' });
    await expect(openWhole(service, { source: 'automatic', name: 'call-desk-2026-10-01T0800Z.cdbackup' })).rejects.toThrow(
      'The automatic backup "call-desk-2026-10-01T0800Z.cdbackup" is no longer in the backups folder. Choose another backup.',
    );
    await expect(openWhole(service, { source: 'automatic', name: 'settings.json' })).rejects.toThrow(
      "is not one of Call Desk's automatic backups",
    );
  });

  it('asks for a file with the backup filter (all files allowed), and hands back the bytes of a backup as they are', async () => {
    const bytes = await backupBytes();
    const { dialogs, service } = setup({ '/media/usb/office.cdbackup': bytes });
    dialogs.queueOpenPath('/media/usb/office.cdbackup');
    expect(await openWhole(service, { source: 'ask' })).toEqual({ opened: true, fileName: 'office.cdbackup', bytes });
    expect(dialogs.asked).toEqual([{ kind: 'open', title: 'Restore from backup' }]);
  });

  it('answers not opened on cancel, and explains a file it cannot read', async () => {
    const { fs, dialogs, service } = setup({ '/media/usb/locked.cdbackup': 'x' });
    dialogs.queueOpenPath(null);
    expect(await openWhole(service, { source: 'ask' })).toEqual({ opened: false });
    fs.denyReading('/media/usb/locked.cdbackup');
    dialogs.queueOpenPath('/media/usb/locked.cdbackup');
    await expect(openWhole(service, { source: 'ask' })).rejects.toThrow(
      'Call Desk could not open "locked.cdbackup". Check that the file still exists and that you are allowed to read it.',
    );
  });
});
