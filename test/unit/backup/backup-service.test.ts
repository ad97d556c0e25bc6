import { describe, expect, it, vi } from 'vitest';
import type { DatabaseSnapshot } from '../../../shared/backup/backup-format';
import { backupCreatedAtFromFileName, isoWeekOf } from '../../../shared/backup/backup-schedule';
import { decodeBackup } from '../../../shared/backup/decode-backup';
import { encodeBackup } from '../../../shared/backup/encode-backup';
import { createBackupService, type BackupServiceDeps } from '../../../electron/services/backup/backup-service';
import { backupsFolder, createFakeBackupFiles } from './fake-backup-files';

const snapshot: DatabaseSnapshot = {
  schemaVersion: 2,
  tables: {
    customers: [{ id: 'c1', legalName: 'Northwind Traders' }],
    invoices: [{ id: 'i1', customerId: 'c1', number: 'INV-7' }, { id: 'i2', customerId: 'c1', number: 'INV-8' }],
    meta: [],
  },
};
const proof = { id: 'd1', name: 'proof.pdf', mime: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.7 proof') };

function setup(overrides: Partial<BackupServiceDeps> = {}) {
  const files = createFakeBackupFiles();
  const clock = { time: new Date('2026-11-02T09:00:00Z'), now: () => new Date(clock.time) };
  const source = vi.fn(async () => structuredClone(snapshot));
  const warn = vi.fn();
  const service = createBackupService({
    files, clock, snapshot: source, documents: async () => [proof], appVersion: '0.1.0', maxSchemaVersion: 2, timeZone: 'UTC', warn,
    ...overrides,
  });
  return { files, clock, source, service, warn };
}

describe('backup service: daily backups', () => {
  it('writes one backup a day into the backups folder', async () => {
    const { files, clock, source, service } = setup();
    const first = await service.runDailyIfDue();
    expect(first).toMatchObject({ status: 'written', fileName: 'call-desk-2026-11-02T0900Z.cdbackup', removed: [] });

    clock.time = new Date('2026-11-02T23:59:00Z');
    expect(await service.runDailyIfDue()).toEqual({ status: 'not-due', lastBackupAt: '2026-11-02T09:00:00.000Z' });

    clock.time = new Date('2026-11-03T00:01:00Z');
    expect(await service.runDailyIfDue()).toMatchObject({ status: 'written', fileName: 'call-desk-2026-11-03T0001Z.cdbackup' });
    expect(source).toHaveBeenCalledTimes(2);
    expect(files.names()).toEqual(['call-desk-2026-11-02T0900Z.cdbackup', 'call-desk-2026-11-03T0001Z.cdbackup']);
  });

  it('shares one run between two simultaneous requests', async () => {
    const { files, source, service } = setup();
    const [a, b] = await Promise.all([service.runDailyIfDue(), service.runDailyIfDue()]);
    expect(a).toBe(b);
    expect(source).toHaveBeenCalledTimes(1);
    expect(files.names()).toHaveLength(1);
  });

  it('keeps 10 daily and 4 weekly backups over 60 simulated days, each one restorable', async () => {
    const { files, clock, service } = setup();
    const start = Date.UTC(2026, 8, 1); // Tuesday 1 September 2026
    for (let day = 0; day < 60; day += 1) {
      // The app opens at a different hour each day, and is asked more than once.
      clock.time = new Date(start + day * 86_400_000 + ((day * 7) % 14 + 7) * 3_600_000);
      await service.runDailyIfDue();
      clock.time = new Date(clock.time.getTime() + 3_600_000);
      expect((await service.runDailyIfDue()).status).toBe('not-due');
      expect(files.names().length).toBeLessThanOrEqual(14);
    }
    const days = files.names().map((name) => backupCreatedAtFromFileName(name)!.slice(0, 10));
    expect(days).toHaveLength(14);
    const daily = days.slice(-10);
    const weekly = days.slice(0, 4);
    // The last ten days, one each (day 59 is 30 October).
    expect(daily).toEqual(Array.from({ length: 10 }, (_, i) => new Date(start + (50 + i) * 86_400_000).toISOString().slice(0, 10)));
    // Before them, the newest of each of four ISO weeks: the window starts on Wednesday 21
    // October, so its own week contributes Tuesday the 20th, then three Sundays.
    expect(new Set(weekly.map(isoWeekOf)).size).toBe(4);
    expect(weekly).toEqual(['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-20']);
    for (const name of files.names()) {
      const decoded = await decodeBackup(await files.read(`${backupsFolder}/${name}`), { maxSchemaVersion: 2 });
      expect(decoded.ok).toBe(true);
    }
  });

  it('leaves the existing backups alone when writing fails', async () => {
    const { files, clock, service } = setup();
    for (let day = 0; day < 12; day += 1) {
      clock.time = new Date(Date.UTC(2026, 10, 1 + day, 9));
      await service.runDailyIfDue();
    }
    const before = files.names();
    clock.time = new Date(Date.UTC(2026, 10, 13, 9));
    files.failNextWrite();
    await expect(service.runDailyIfDue()).rejects.toThrow('ENOSPC');
    // No new file, and the rotation did not run (it would have removed one more).
    expect(files.names()).toEqual(before);
    // The next attempt succeeds.
    expect((await service.runDailyIfDue()).status).toBe('written');
  });

  it('removes a backup that does not read back, so it never passes for today\'s', async () => {
    const { files, service } = setup();
    files.damageNextWrite();
    await expect(service.runDailyIfDue()).rejects.toThrow('did not read back correctly');
    expect(files.names()).toEqual([]);
  });

  it('ignores other files in the folder', async () => {
    const { files, service } = setup();
    files.stored.set(`${backupsFolder}/notes.txt`, new Uint8Array([1]));
    await service.runDailyIfDue();
    expect(files.names()).toContain('notes.txt');
    expect((await service.listAutomatic()).map((b) => b.name)).toEqual(['call-desk-2026-11-02T0900Z.cdbackup']);
  });
});

describe('backup service: back up now, inspect, read for restore', () => {
  it('backs up to a chosen file and reads it back with a summary of what it holds', async () => {
    const { files, service } = setup();
    const summary = await service.backupTo('/home/me/Desktop/office.cdbackup');
    expect(summary).toEqual({
      createdAt: '2026-11-02T09:00:00.000Z',
      appVersion: '0.1.0',
      schemaVersion: 2,
      counts: { customers: 1, invoices: 2, meta: 0 },
      documents: [{ id: 'd1', name: 'proof.pdf', mime: 'application/pdf', size: proof.bytes.length }],
    });
    expect(files.names()).toEqual([]);
    expect(await service.inspect('/home/me/Desktop/office.cdbackup')).toEqual({ ok: true, summary });
    const restore = await service.readForRestore('/home/me/Desktop/office.cdbackup');
    if (!restore.ok) throw new Error(restore.message);
    expect(restore.backup.tables).toEqual(snapshot.tables);
    expect(restore.backup.documents).toEqual([proof]);
  });

  it('refuses truncated, foreign, newer and missing files with a message for the user', async () => {
    const { files, service } = setup();
    const good = await encodeBackup({ ...snapshot, createdAt: '2026-11-01T09:00:00.000Z', app: { version: '0.1.0' }, documents: [] });
    files.stored.set('/in/truncated.cdbackup', good.subarray(0, good.length - 40));
    files.stored.set('/in/photo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    files.stored.set('/in/newer.cdbackup', await encodeBackup({ ...snapshot, schemaVersion: 9, createdAt: '2026-11-01T09:00:00.000Z', app: { version: '3.0.0' }, documents: [] }));
    const cases: [string, string, RegExp][] = [
      ['/in/truncated.cdbackup', 'truncated', /incomplete/],
      ['/in/photo.png', 'not-a-backup', /not a Call Desk backup/],
      ['/in/newer.cdbackup', 'newer-version', /newer version of Call Desk \(3\.0\.0\)/],
      ['/in/missing.cdbackup', 'unreadable', /could not open this file/],
    ];
    for (const [path, reason, message] of cases) {
      for (const result of [await service.inspect(path), await service.readForRestore(path)]) {
        expect(result).toMatchObject({ ok: false, reason });
        if (!result.ok) expect(result.message).toMatch(message);
      }
    }
  });
});
