import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../shared/backup/backup-schedule';
import {
  keptBackupFromFileName,
  safetyCopiesKept,
  safetyCopiesToRemove,
  safetyCopyDays,
  safetyCopyCreatedAtFromFileName,
  safetyCopyFileName,
} from '../../../shared/backup/safety-copies';

describe('safety copy file names', () => {
  it('says what it is and the UTC second it was made, and reads the instant back', () => {
    expect(safetyCopyFileName('2026-11-22T18:45:07.999Z')).toBe('before-restore-2026-11-22T18-45-07Z.cdbackup');
    expect(safetyCopyCreatedAtFromFileName('before-restore-2026-11-22T18-45-07Z.cdbackup')).toBe('2026-11-22T18:45:07.000Z');
  });

  it.each([
    'before-restore-2026-02-31T18-45-07Z.cdbackup',
    'before-restore-2026-11-22T18-45Z.cdbackup',
    'before-restore-2026-11-22T18-45-07Z.cdbackup.1234.tmp',
    'call-desk-2026-11-22T1845Z.cdbackup',
    'notes.txt',
  ])('does not take %j for a safety copy', (name) => expect(safetyCopyCreatedAtFromFileName(name)).toBeNull());

  it('tells daily backups and safety copies apart, and neither from other files', () => {
    expect(keptBackupFromFileName(backupFileName('2026-11-22T15:30:00Z'))).toEqual({
      kind: 'daily',
      createdAt: '2026-11-22T15:30:00.000Z',
    });
    expect(keptBackupFromFileName(safetyCopyFileName('2026-11-22T15:30:09Z'))).toEqual({
      kind: 'before-restore',
      createdAt: '2026-11-22T15:30:09.000Z',
    });
    expect(keptBackupFromFileName('Call Desk backup 2026-11-22.cdbackup')).toBeNull();
  });

  it('names a copy made before an import as such, and reads it back as one', () => {
    expect(safetyCopyFileName('2026-11-22T18:45:07.999Z', 'import')).toBe('before-import-2026-11-22T18-45-07Z.cdbackup');
    expect(keptBackupFromFileName('before-import-2026-11-22T18-45-07Z.cdbackup')).toEqual({
      kind: 'before-import',
      createdAt: '2026-11-22T18:45:07.000Z',
    });
    expect(keptBackupFromFileName('before-import-2026-02-31T18-45-07Z.cdbackup')).toBeNull();
    expect(keptBackupFromFileName('before-export-2026-11-22T18-45-07Z.cdbackup')).toBeNull();
  });
});

describe('safetyCopiesToRemove', () => {
  const copy = (createdAt: string) => ({ name: safetyCopyFileName(createdAt), createdAt: new Date(createdAt).toISOString() });
  // Long after every copy below: only the "at least" rule keeps any of them.
  const muchLater = new Date('2027-03-01T00:00:00Z');

  it(`keeps every copy of the last ${safetyCopyDays} days, however many`, () => {
    const copies = Array.from({ length: 20 }, (_, i) => copy(new Date(Date.UTC(2026, 10, 1 + i, 10)).toISOString()));
    const now = new Date('2026-11-20T12:00:00Z');
    const removed = safetyCopiesToRemove(copies, now);
    // The 14th to the 20th are within the week; the 13th at 10:00 is more than 7 days old.
    expect(removed.sort()).toEqual(
      copies
        .slice(0, 13)
        .map((c) => c.name)
        .sort(),
    );
  });

  it(`keeps the newest ${safetyCopiesKept} when all are older, whatever order they are given in`, () => {
    const copies = [
      '2026-11-20T10:00:00Z',
      '2026-11-22T09:00:00Z',
      '2026-11-21T10:00:00Z',
      '2026-11-22T09:00:01Z',
      '2026-11-19T10:00:00Z',
    ].map(copy);
    expect(safetyCopiesToRemove(copies, muchLater).sort()).toEqual(
      [copy('2026-11-19T10:00:00Z').name, copy('2026-11-20T10:00:00Z').name].sort(),
    );
    expect(safetyCopiesToRemove(copies.slice(0, safetyCopiesKept), muchLater)).toEqual([]);
  });

  it('keeps as many as asked, none at all included', () => {
    const copies = ['2026-11-20T10:00:00Z', '2026-11-21T10:00:00Z'].map(copy);
    expect(safetyCopiesToRemove(copies, muchLater, { atLeast: 1 })).toEqual([copy('2026-11-20T10:00:00Z').name]);
    expect(safetyCopiesToRemove(copies, muchLater, { atLeast: 0 }).sort()).toEqual(copies.map((c) => c.name).sort());
  });

  it('keeps a copy dated after now: the clock was wrong once, and it may hold the newest data', () => {
    const copies = ['2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z', '2031-01-01T00:00:00Z'].map(copy);
    expect(safetyCopiesToRemove(copies, new Date('2026-12-01T00:00:00Z'), { atLeast: 0 }).sort()).toEqual(
      copies
        .slice(0, 2)
        .map((c) => c.name)
        .sort(),
    );
  });

  it('orders copies made before imports and before restores by when they were made, not by name', () => {
    const copies = [
      { name: safetyCopyFileName('2026-11-20T10:00:00Z', 'restore'), createdAt: '2026-11-20T10:00:00.000Z' },
      { name: safetyCopyFileName('2026-11-21T10:00:00Z', 'import'), createdAt: '2026-11-21T10:00:00.000Z' },
      { name: safetyCopyFileName('2026-11-22T10:00:00Z', 'restore'), createdAt: '2026-11-22T10:00:00.000Z' },
    ];
    expect(safetyCopiesToRemove(copies, muchLater, { atLeast: 2 })).toEqual([copies[0]!.name]);
  });
});
