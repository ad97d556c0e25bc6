// The calling window is read on the customer's own wall clock, so "8:00" means 8:00 where they
// are, on standard and on daylight-saving time alike.
import { addDays } from '../dates/calendar';
import { officeWallClock } from '../dates/office-time';
import { zonedTimeMs } from '../dates/zoned-time';

export interface CallingWindowSettings {
  callingHoursStart: string;
  callingHoursEnd: string;
}

/** The window the rules fall back to when stored hours cannot be read. */
export const defaultCallingWindow: CallingWindowSettings = { callingHoursStart: '08:00', callingHoursEnd: '21:00' };

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a 24-hour 'HH:MM', or null when it is not one. */
export function minutesOfDay(text: string): number | null {
  const m = hhmm.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A time of day as people write it on a 24-hour clock: 480 → "8:00", 1290 → "21:30". */
export function clockLabel(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The window in minutes; a start that is not before the end (never saved by Settings) falls back to the default. */
export function windowMinutes(settings: CallingWindowSettings): { start: number; end: number } {
  const start = minutesOfDay(settings.callingHoursStart);
  const end = minutesOfDay(settings.callingHoursEnd);
  if (start !== null && end !== null && start < end) return { start, end };
  return {
    start: minutesOfDay(defaultCallingWindow.callingHoursStart) ?? 480,
    end: minutesOfDay(defaultCallingWindow.callingHoursEnd) ?? 1260,
  };
}

/** The customer's wall-clock time of day at `now`, in minutes, and their calendar date. */
export function localMinutes(timeZone: string, now: Date): { date: string; minutes: number } {
  const { date, time } = officeWallClock(now, timeZone);
  return { date, minutes: minutesOfDay(time) ?? 0 };
}

/**
 * Whether `now` is inside the calling window in `timeZone`; when not, when it next opens (UTC
 * ISO) and its local label ("8:00").
 */
export function callingWindowNow(
  timeZone: string,
  now: Date,
  settings: Pick<CallingWindowSettings, 'callingHoursStart' | 'callingHoursEnd'>,
): { open: boolean; opensAt: string | null; opensAtLabel: string | null } {
  const { start, end } = windowMinutes(settings);
  const local = localMinutes(timeZone, now);
  if (local.minutes >= start && local.minutes < end) return { open: true, opensAt: null, opensAtLabel: null };
  // Before the window opens it opens later today; after it closes, tomorrow (their calendar).
  const day = local.minutes < start ? local.date : addDays(local.date, 1);
  const opensAt = new Date(zonedTimeMs(day, Math.floor(start / 60), start % 60, timeZone)).toISOString();
  return { open: false, opensAt, opensAtLabel: clockLabel(start) };
}
