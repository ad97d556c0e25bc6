// The names a backup transfer's requests carry (the file "Back up now" suggests, the kept backup
// a restore opens) have a length limit zod checks first: a page's 5 MB name is refused with one
// sentence, before any other check reads it.
import { describe, expect, it } from 'vitest';
import { backupOpenInputSchema } from '../../../../shared/ipc/backup-contract';
import { backupWriteBeginInputSchema } from '../../../../shared/ipc/backup-transfer-contract';
import { maxFileNameLength } from '../../../../shared/ipc/files-contract';

const hugeName = `${'A'.repeat(5 * 1024 * 1024)}.cdbackup`;
const tooLong = 'A file name has at most 200 characters.';

const saveAs = (suggestedName: string) => ({ target: { kind: 'save-as', suggestedName } });
const openKept = (name: string) => ({ source: 'automatic', name });

describe('file names in backup transfer requests', () => {
  it('refuses a 5 MB name to save a backup as, with one sentence', () => {
    const result = backupWriteBeginInputSchema.safeParse(saveAs(hugeName));
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([['target.suggestedName', tooLong]]);
  });

  it('refuses a 5 MB name of a kept backup to open, with one sentence', () => {
    const result = backupOpenInputSchema.safeParse(openKept(hugeName));
    expect(result.error?.issues.map(({ path, message }) => [path.join('.'), message])).toEqual([['name', tooLong]]);
  });

  it('takes names up to the limit, and no longer', () => {
    const longest = `${'b'.repeat(maxFileNameLength - '.cdbackup'.length)}.cdbackup`;
    expect(backupWriteBeginInputSchema.safeParse(saveAs(longest)).success).toBe(true);
    expect(backupOpenInputSchema.safeParse(openKept(longest)).success).toBe(true);
    expect(backupWriteBeginInputSchema.safeParse(saveAs(`b${longest}`)).success).toBe(false);
    expect(backupOpenInputSchema.safeParse(openKept(`b${longest}`)).success).toBe(false);
  });

  it('says plainly when a name to open is not one of the backups Call Desk keeps', () => {
    const result = backupOpenInputSchema.safeParse(openKept('../preferences.json'));
    expect(result.error?.issues.map(({ message }) => message)).toEqual(['This is not the name of one of Call Desk’s own backups.']);
  });
});
