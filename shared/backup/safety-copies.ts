// The safety copy made just before a restore or an import: the data as it was, so restoring the
// wrong file (or importing the wrong one) can be undone. Its name says which of the two it was. It lives in the automatic backups folder next to the daily backups but is not
// one of them: its name does not match the daily pattern, so it never makes today's backup
// "done" and the daily/weekly rotation neither counts nor removes it. Safety copies have their
// own, simpler rotation: all of the last week's are kept, and at least the newest three. Counting them in the daily
// rotation instead would let a restore in the morning stand in for that day's backup, and a
// later daily backup of the same day would then push the safety copy out.
import { backupCreatedAtFromFileName, backupFileExtension, type BackupFileInfo } from './backup-schedule';

/** Safety copies younger than this many days are all kept… */
export const safetyCopyDays = 7;
/** …and at least this many, however old. */
export const safetyCopiesKept = 3;

/** What a safety copy was made before. */
export type SafetyCopyReason = 'restore' | 'import';
export const safetyCopyReasons: readonly SafetyCopyReason[] = ['restore', 'import'];

export type SafetyCopyKind = `before-${SafetyCopyReason}`;
export type KeptBackupKind = 'daily' | SafetyCopyKind;

/** Both kinds of safety copy share one rotation: they are one pool, not two. */
export function isSafetyCopyKind(kind: KeptBackupKind): kind is SafetyCopyKind {
  return kind !== 'daily';
}

const safetyCopyPattern = /^before-(restore|import)-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})Z\.cdbackup$/;

/**
 * `before-restore-2026-11-22T18-45-00Z.cdbackup` (or `before-import-…`): says what it is, and
 * the UTC second it was made (to the second: two restores in one minute each keep their copy).
 * Names of one reason sort in creation order.
 */
export function safetyCopyFileName(createdAt: Date | string, reason: SafetyCopyReason = 'restore'): string {
  const iso = new Date(createdAt).toISOString();
  return `before-${reason}-${iso.slice(0, 10)}T${iso.slice(11, 19).replaceAll(':', '-')}Z${backupFileExtension}`;
}

/** What a safety copy was made before and when, from its name; null for any other file. */
export function safetyCopyFromFileName(name: string): { reason: SafetyCopyReason; createdAt: string } | null {
  const m = safetyCopyPattern.exec(name);
  if (!m) return null;
  const reason = m[1] as SafetyCopyReason;
  const ms = Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7]));
  const iso = new Date(ms).toISOString();
  // Rejects impossible dates such as 2026-02-31 that Date.UTC would quietly roll over.
  return safetyCopyFileName(iso, reason) === name ? { reason, createdAt: iso } : null;
}

/** The instant a safety copy was made, from its name; null for any other file. */
export function safetyCopyCreatedAtFromFileName(name: string): string | null {
  return safetyCopyFromFileName(name)?.createdAt ?? null;
}

/** Which of Call Desk's own backups a file in the backups folder is, or null for anything else. */
export function keptBackupFromFileName(name: string): { kind: KeptBackupKind; createdAt: string } | null {
  const daily = backupCreatedAtFromFileName(name);
  if (daily !== null) return { kind: 'daily', createdAt: daily };
  const safety = safetyCopyFromFileName(name);
  return safety === null ? null : { kind: `before-${safety.reason}`, createdAt: safety.createdAt };
}

/**
 * Which safety copies to remove, by age: every copy made in the last `keepDays` days stays (as
 * does one dated after `now`: the clock was wrong once, and it may hold the newest data), and so
 * do the `atLeast` newest whatever their age; older ones go. Ties are broken by name.
 */
export function safetyCopiesToRemove(
  copies: readonly BackupFileInfo[],
  now: Date,
  { keepDays = safetyCopyDays, atLeast = safetyCopiesKept }: { keepDays?: number; atLeast?: number } = {},
): string[] {
  const since = now.getTime() - keepDays * 86_400_000;
  const newestFirst = [...copies].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : -1));
  return newestFirst.filter((copy, index) => index >= Math.max(0, atLeast) && Date.parse(copy.createdAt) <= since).map((copy) => copy.name);
}
