import { describe, expect, it } from 'vitest';
import { createBackupService, notABackupMessage } from '../../../../electron/services/backup/backup-service';
import { createFilesService } from '../../../../electron/services/files/files-service';
import { backupCreatedAtFromFileName, isoWeekOf } from '../../../../shared/backup/backup-schedule';
import { encodeBackup } from '../../../../shared/backup/encode-backup';
import { createScriptedDialogs } from '../../../host/scripted-dialogs';
import { createMemoryFileSystem } from '../files/memory-file-system';
import { backupTestClock, openWhole, saveAs, writeAutomatic, writeSafetyCopy } from './backup-transfer-steps';

const folder = '/data/backups';

async function backupBytes(name = 'Northwind Traders'): Promise<Uint8Array> {
  return encodeBackup({
    schemaVersion: 3,
    tables: { customers: [{ id: 'c1', legalName: name }], invoices: [{ id: 'i1', customerId: 'c1', number: 'INV-7' }] },
    createdAt: '2026-11-02T09:00:00.000Z',
    app: { version: '0.1.0' },
    documents: [{ id: 'd1', name: 'proof.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 proof') }],
  });
}

function setup(initial: Record<string, Uint8Array | string> = {}) {
  const fs = createMemoryFileSystem(initial);
  const dialogs = createScriptedDialogs();
  const revealed: string[] = [];
  const files = createFilesService({ fs, dialogs, revealer: { showItemInFolder: (file) => void revealed.push(file) } });
  const clock = backupTestClock('2026-11-02T09:00:00Z');
  const warnings: string[] = [];
  const service = createBackupService({ fs, dialogs, files, clock, folder, timeZone: () => 'UTC', warn: (m) => void warnings.push(m) });
  return { fs, dialogs, files, clock, service, warnings, revealed };
}

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

describe('backup service: safety copy before a restore', () => {
  it('writes it into the backups folder under its own name, lists it, and opens it like the others', async () => {
    const { fs, clock, service } = setup();
    const daily = await backupBytes();
    await writeAutomatic(service, daily);
    clock.time = new Date('2026-11-02T18:45:07.250Z');
    const current = await backupBytes('Northwind Traders Ltd');
    expect(await writeSafetyCopy(service, current)).toEqual({ name: 'before-restore-2026-11-02T18-45-07Z.cdbackup' });
    expect(fs.stored.get(`${folder}/before-restore-2026-11-02T18-45-07Z.cdbackup`)).toEqual(current);

    expect((await service.status()).automatic).toEqual([
      {
        name: 'before-restore-2026-11-02T18-45-07Z.cdbackup',
        createdAt: '2026-11-02T18:45:07.000Z',
        size: current.length,
        kind: 'before-restore',
      },
      { name: 'call-desk-2026-11-02T0900Z.cdbackup', createdAt: '2026-11-02T09:00:00.000Z', size: daily.length, kind: 'daily' },
    ]);
    expect(await openWhole(service, { source: 'automatic', name: 'before-restore-2026-11-02T18-45-07Z.cdbackup' })).toEqual({
      opened: true,
      fileName: 'before-restore-2026-11-02T18-45-07Z.cdbackup',
      bytes: current,
    });
  });

  it("is not today's daily backup: with only a safety copy, the daily one is still due", async () => {
    const { fs, clock, service } = setup();
    await writeSafetyCopy(service, await backupBytes());
    expect((await service.status()).due).toBe(true);
    clock.time = new Date('2026-11-02T09:30:00Z');
    expect(await writeAutomatic(service, await backupBytes())).toMatchObject({
      written: true,
      name: 'call-desk-2026-11-02T0930Z.cdbackup',
    });
    expect(fs.names(folder)).toEqual(['before-restore-2026-11-02T09-00-00Z.cdbackup', 'call-desk-2026-11-02T0930Z.cdbackup']);
  });

  it('keeps every safety copy of the last week, and the daily rotation leaves them alone', async () => {
    const { fs, clock, service } = setup();
    const bytes = await backupBytes();
    for (let day = 2; day <= 20; day += 1) {
      clock.time = new Date(Date.UTC(2026, 10, day, 9));
      await writeAutomatic(service, bytes);
      if (day <= 12) {
        clock.time = new Date(Date.UTC(2026, 10, day, 17, 30, 15));
        await writeSafetyCopy(service, bytes);
      }
    }
    const names = fs.names(folder);
    // At the last copy (the 12th), the copies of the 6th to the 12th were made within 7 days.
    expect(names.filter((name) => name.startsWith('before-restore-'))).toEqual(
      [6, 7, 8, 9, 10, 11, 12].map((day) => `before-restore-2026-11-${String(day).padStart(2, '0')}T17-30-15Z.cdbackup`),
    );
    // 10 daily (11th to 20th) and the weeks before them, exactly as without safety copies.
    expect(names.filter((name) => name.startsWith('call-desk-'))).toHaveLength(10 + 2);
  });

  it('names a copy made before an import as such, lists it as before-import, and opens it to restore', async () => {
    const { fs, clock, service } = setup();
    clock.time = new Date('2026-11-02T18:45:07.250Z');
    const current = await backupBytes('Before the import');
    expect(await writeSafetyCopy(service, current, 'import')).toEqual({ name: 'before-import-2026-11-02T18-45-07Z.cdbackup' });
    expect(fs.stored.get(`${folder}/before-import-2026-11-02T18-45-07Z.cdbackup`)).toEqual(current);
    expect((await service.status()).automatic).toEqual([
      {
        name: 'before-import-2026-11-02T18-45-07Z.cdbackup',
        createdAt: '2026-11-02T18:45:07.000Z',
        size: current.length,
        kind: 'before-import',
      },
    ]);
    expect((await service.status()).due).toBe(true);
    expect(await openWhole(service, { source: 'automatic', name: 'before-import-2026-11-02T18-45-07Z.cdbackup' })).toMatchObject({
      opened: true,
      bytes: current,
    });
  });

  it('keeps at least the last 3 safety copies of either reason together, not 3 of each', async () => {
    const { fs, clock, service } = setup();
    const bytes = await backupBytes();
    const reasons = ['restore', 'import', 'import', 'restore', 'import'] as const;
    // Ten days apart: each copy finds the others over a week old.
    for (const [i, reason] of reasons.entries()) {
      clock.time = new Date(Date.UTC(2026, 10, 2 + i * 10, 17, 30, 15));
      await writeSafetyCopy(service, bytes, reason);
    }
    expect(fs.names(folder)).toEqual([
      'before-import-2026-11-22T17-30-15Z.cdbackup',
      'before-import-2026-12-12T17-30-15Z.cdbackup',
      'before-restore-2026-12-02T17-30-15Z.cdbackup',
    ]);
  });

  it('keeps the copy just written, and those dated ahead of the clock (they may hold newer data)', async () => {
    const ahead = ['2027-01-01T00-00-00Z', '2027-01-02T00-00-00Z', '2027-01-03T00-00-00Z'].map(
      (at) => `${folder}/before-restore-${at}.cdbackup`,
    );
    const bytes = await backupBytes();
    const { fs, service } = setup(Object.fromEntries(ahead.map((file) => [file, bytes])));
    const { name } = await writeSafetyCopy(service, bytes);
    expect(fs.names(folder)).toEqual([name, ...ahead.map((file) => file.slice(folder.length + 1))].sort());
  });

  it('never overwrites an earlier copy made in the same second', async () => {
    const { fs, service } = setup();
    const first = await backupBytes('Before the first restore');
    const second = await backupBytes('Before the second restore');
    expect(await writeSafetyCopy(service, first)).toEqual({ name: 'before-restore-2026-11-02T09-00-00Z.cdbackup' });
    expect(await writeSafetyCopy(service, second)).toEqual({ name: 'before-restore-2026-11-02T09-00-01Z.cdbackup' });
    expect(fs.stored.get(`${folder}/before-restore-2026-11-02T09-00-00Z.cdbackup`)).toEqual(first);
    expect(fs.stored.get(`${folder}/before-restore-2026-11-02T09-00-01Z.cdbackup`)).toEqual(second);
  });

  it('still answers with the copy when old copies cannot be tidied up, and says so', async () => {
    const { fs, service, warnings } = setup();
    fs.list = async () => {
      throw new Error('EACCES: permission denied');
    };
    expect(await writeSafetyCopy(service, await backupBytes())).toEqual({ name: 'before-restore-2026-11-02T09-00-00Z.cdbackup' });
    expect(warnings).toEqual([
      'Leftover temporary files were not looked for: EACCES: permission denied',
      'Old safety copies were not tidied up: EACCES: permission denied',
    ]);
  });

  it('refuses bytes that are not a whole Call Desk backup, writing nothing', async () => {
    const { fs, service } = setup();
    const bytes = await backupBytes();
    for (const bad of [new TextEncoder().encode('%PDF-1.7'), bytes.slice(0, bytes.length - 30), new Uint8Array()]) {
      await expect(writeSafetyCopy(service, bad)).rejects.toThrow(notABackupMessage);
    }
    expect(fs.names(folder)).toEqual([]);
    expect(fs.openFiles()).toBe(0);
  });

  it('fails, leaving no file and removing nothing, when the copy cannot be written or does not read back', async () => {
    const bytes = await backupBytes();
    const earlier = `${folder}/before-restore-2026-10-01T08-00-00Z.cdbackup`;
    const { fs, service } = setup({ [earlier]: bytes });
    fs.failNextWrite();
    await expect(writeSafetyCopy(service, bytes)).rejects.toThrow(
      `The backups folder (${folder}) could not be written to. Check that the disk has free space and that Call Desk may write to that folder. (ENOSPC: no space left on device)`,
    );
    fs.damageNextWrite();
    await expect(writeSafetyCopy(service, bytes)).rejects.toThrow('did not read back correctly');
    expect(fs.names(folder)).toEqual(['before-restore-2026-10-01T08-00-00Z.cdbackup']);
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
