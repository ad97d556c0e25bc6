// The safety copies made before a restore or an import: names, listing, and how long they are kept.
import { describe, expect, it } from 'vitest';
import { notABackupMessage } from '../../../../electron/services/backup/backup-service';
import { backupBytes, folder, setup } from './backup-service-fixture';
import { openWhole, writeAutomatic, writeSafetyCopy } from './backup-transfer-steps';

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
