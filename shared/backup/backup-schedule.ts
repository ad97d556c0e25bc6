// When automatic backups are made, what they are called, and which ones are kept.
//
// Days and weeks are the user's calendar days (in `timeZone`, the machine's zone in the app),
// so "one a day" means one per day the user sees, whatever hour the app was opened.
import { todayIn, type CalendarDate } from '../dates/calendar';

export const backupFileExtension = '.cdbackup';
export const dailyBackupsKept = 10;
export const weeklyBackupsKept = 4;

const fileNamePattern = /^call-desk-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})Z\.cdbackup$/;

/**
 * `call-desk-2026-11-22T1530Z.cdbackup`: the UTC minute it was made. UTC because the name is
 * also how the rotation learns a file's age: a local time without an offset would repeat an
 * hour each autumn. Names sort in creation order.
 */
export function backupFileName(createdAt: Date | string): string {
  const iso = new Date(createdAt).toISOString();
  return `call-desk-${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}Z${backupFileExtension}`;
}

/** The instant an automatic backup was made, from its name; null for any other file. */
export function backupCreatedAtFromFileName(name: string): string | null {
  const m = fileNamePattern.exec(name);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const iso = new Date(ms).toISOString();
  // Rejects names such as 2026-02-31 that Date.UTC would quietly roll over.
  return backupFileName(iso) === name ? iso : null;
}

/** Due when there is no backup yet or the last one was made on an earlier (or later) calendar day. */
export function isBackupDue(lastBackupAt: string | Date | null, now: Date, timeZone = 'UTC'): boolean {
  if (lastBackupAt === null) return true;
  return todayIn(timeZone, new Date(lastBackupAt)) !== todayIn(timeZone, now);
}

/** ISO 8601 week of a calendar date, as 'YYYY-Www' (weeks start on Monday; week 1 holds a Thursday). */
export function isoWeekOf(date: CalendarDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface BackupFileInfo {
  name: string;
  /** UTC ISO instant. */
  createdAt: string;
}

/**
 * The rotation policy, precisely:
 * - daily: the newest backup of each of the 10 most recent calendar days that have a backup;
 * - weekly: among backups older than the oldest of those days, the newest backup of each of
 *   the 4 most recent ISO weeks that have one (the week that the daily window starts in counts,
 *   with the days before the window);
 * - a backup dated after `now` is kept and plays no part (the clock was wrong at some point, and
 *   deleting what we cannot place would be the wrong guess);
 * - everything else is removed.
 * Calling it again on what it kept removes nothing.
 */
export function backupsToKeep(files: readonly BackupFileInfo[], now: Date, timeZone = 'UTC'): { keep: string[]; remove: string[] } {
  const nowMs = now.getTime();
  const future = files.filter((f) => Date.parse(f.createdAt) > nowMs);
  const past = files
    .filter((f) => !(Date.parse(f.createdAt) > nowMs))
    .map((f) => ({ ...f, day: todayIn(timeZone, new Date(f.createdAt)) }))
    // Newest first; the name breaks ties so the answer does not depend on the input order.
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.name < b.name ? 1 : -1));

  const keep = new Set(future.map((f) => f.name));
  const days = new Set<string>();
  for (const file of past) {
    if (days.has(file.day) || days.size === dailyBackupsKept) continue;
    days.add(file.day);
    keep.add(file.name);
  }
  const oldestDailyDay = [...days].sort()[0];
  const weeks = new Set<string>();
  for (const file of past) {
    if (oldestDailyDay === undefined || file.day >= oldestDailyDay) continue;
    const week = isoWeekOf(file.day);
    if (weeks.has(week) || weeks.size === weeklyBackupsKept) continue;
    weeks.add(week);
    keep.add(file.name);
  }
  return {
    keep: files.filter((f) => keep.has(f.name)).map((f) => f.name),
    remove: files.filter((f) => !keep.has(f.name)).map((f) => f.name),
  };
}
