import { describe, expect, it } from 'vitest';
import {
  backupCreatedAtFromFileName,
  backupFileName,
  backupsToKeep,
  isBackupDue,
  isoWeekOf,
  type BackupFileInfo,
} from '../../../shared/backup/backup-schedule';

const file = (createdAt: string): BackupFileInfo => ({ name: backupFileName(createdAt), createdAt });

describe('backup file names', () => {
  it('names a backup by its UTC minute and reads the instant back', () => {
    expect(backupFileName('2026-11-22T15:30:59.999Z')).toBe('call-desk-2026-11-22T1530Z.cdbackup');
    expect(backupCreatedAtFromFileName('call-desk-2026-11-22T1530Z.cdbackup')).toBe('2026-11-22T15:30:00.000Z');
  });

  it.each([
    'notes.txt',
    'call-desk-2026-02-31T1530Z.cdbackup',
    'call-desk-2026-11-22T1530Z.cdbackup.1234.tmp',
    'call-desk-2026-11-22T1530.cdbackup',
  ])('does not take %j for an automatic backup', (name) => expect(backupCreatedAtFromFileName(name)).toBeNull());
});

describe('isBackupDue', () => {
  it('is due with no backup, not again the same calendar day, due the next day', () => {
    const now = new Date('2026-11-22T23:50:00Z');
    expect(isBackupDue(null, now)).toBe(true);
    expect(isBackupDue('2026-11-22T00:05:00.000Z', now)).toBe(false);
    expect(isBackupDue('2026-11-21T23:59:00.000Z', now)).toBe(true);
  });

  it('counts days in the given time zone', () => {
    // 01:00 UTC on the 23rd is still the evening of the 22nd in Chicago.
    expect(isBackupDue('2026-11-22T15:00:00.000Z', new Date('2026-11-23T01:00:00Z'), 'America/Chicago')).toBe(false);
    expect(isBackupDue('2026-11-22T15:00:00.000Z', new Date('2026-11-23T01:00:00Z'), 'UTC')).toBe(true);
  });
});

describe('isoWeekOf', () => {
  it.each([
    ['2026-11-22', '2026-W47'], // a Sunday ends its week
    ['2026-11-23', '2026-W48'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (date, week) => expect(isoWeekOf(date)).toBe(week));
});

describe('backupsToKeep', () => {
  it('keeps the newest of each of the 10 latest days, then the newest of each of the 4 weeks before', () => {
    // One backup a day at 09:00 from Monday 2026-09-07 to Sunday 2026-11-22 (77 days).
    const files = Array.from({ length: 77 }, (_, i) => file(new Date(Date.UTC(2026, 8, 7 + i, 9)).toISOString()));
    const { keep, remove } = backupsToKeep(files, new Date('2026-11-22T12:00:00Z'));
    const keptDays = keep.map((name) => backupCreatedAtFromFileName(name)!.slice(0, 10)).sort();
    expect(keptDays).toEqual([
      // Weekly: the newest of each ISO week before the daily window (W45's Thursday 12th is
      // before the window, which starts on Friday the 13th).
      '2026-10-25',
      '2026-11-01',
      '2026-11-08',
      '2026-11-12',
      // Daily: the last ten days.
      '2026-11-13',
      '2026-11-14',
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(keep.length + remove.length).toBe(77);
    // Applying the policy to what it kept removes nothing more.
    const again = backupsToKeep(
      files.filter((f) => keep.includes(f.name)),
      new Date('2026-11-22T12:00:00Z'),
    );
    expect(again.remove).toEqual([]);
  });

  it('counts days that have backups, not calendar days, and keeps only the newest of a day', () => {
    const files = [file('2026-11-01T09:00:00.000Z'), file('2026-11-01T17:00:00.000Z'), file('2026-10-01T09:00:00.000Z')];
    expect(backupsToKeep(files, new Date('2026-11-22T12:00:00Z'))).toEqual({
      keep: [files[1]!.name, files[2]!.name],
      remove: [files[0]!.name],
    });
  });

  it('keeps a backup dated after now without letting it push others out', () => {
    const future = file('2027-01-01T09:00:00.000Z');
    const files = [future, ...Array.from({ length: 10 }, (_, i) => file(new Date(Date.UTC(2026, 10, 13 + i, 9)).toISOString()))];
    const { keep, remove } = backupsToKeep(files, new Date('2026-11-22T12:00:00Z'));
    expect(keep).toHaveLength(11);
    expect(remove).toEqual([]);
  });
});
