// One clock for the whole app. Instants are stored as UTC ISO strings; the user sees them in the
// office time zone, written the office locale's way; a time the user types or the app proposes
// ("tomorrow 10:00") is office wall-clock time. The machine's own zone is never read here: a
// laptop set to another zone must show the same callback at the same time as the office does.
import { addDays, isCalendarDate, todayIn, type CalendarDate } from './calendar';
import { zonedTimeMs } from './zoned-time';

/** Where and how the office reads its clock (from the settings). */
export interface OfficeClock {
  timeZone: string;
  locale: string;
}

/** The office clock from the settings. */
export function officeClockOf(settings: { officeTimeZone: string; locale: string }): OfficeClock {
  return { timeZone: settings.officeTimeZone, locale: settings.locale };
}

/**
 * One format per context:
 * - dateTime: lists and timelines, "Nov 24, 2026, 2:30 PM"
 * - date: a day an instant fell on, "Nov 24, 2026"
 * - time: a time today, "2:30 PM"
 * - stamp: the note stamp from Ctrl+;, "11/24/26, 2:30 PM"
 * - long: backups, "November 24, 2026 at 2:30 PM"
 * - zoned: documents and notifications that leave the office, "Nov 24, 2026, 2:30 PM EST"
 * - zonedTime: the customer's time beside the office's, "11:30 AM PST"
 */
export type InstantStyle = 'dateTime' | 'date' | 'time' | 'stamp' | 'long' | 'zoned' | 'zonedTime';

const styles: Record<InstantStyle, Intl.DateTimeFormatOptions> = {
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  date: { dateStyle: 'medium' },
  time: { hour: 'numeric', minute: '2-digit' },
  stamp: { dateStyle: 'short', timeStyle: 'short' },
  long: { dateStyle: 'long', timeStyle: 'short' },
  zoned: { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  zonedTime: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
};

// Building an Intl formatter costs far more than using one; lists format hundreds of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

// A locale the runtime does not know falls back to English; a zone it does not know, to UTC.
function tryFormatter(locale: string, style: InstantStyle, timeZone: string): Intl.DateTimeFormat | null {
  try {
    return new Intl.DateTimeFormat(locale, { ...styles[style], timeZone });
  } catch {
    return null;
  }
}

function formatterFor(style: InstantStyle, { timeZone, locale }: OfficeClock): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      tryFormatter(locale, style, timeZone) ??
      tryFormatter('en-US', style, timeZone) ??
      new Intl.DateTimeFormat('en-US', { ...styles[style], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

function toMs(at: string | Date): number {
  return typeof at === 'string' ? Date.parse(at) : at.getTime();
}

/** An instant as the office reads it; text that is not an instant is returned as given. */
export function formatInstant(at: string | Date, office: OfficeClock, style: InstantStyle = 'dateTime'): string {
  const ms = toMs(at);
  if (!Number.isFinite(ms)) return typeof at === 'string' ? at : '';
  return formatterFor(style, office).format(ms);
}

/** The office's calendar date an instant fell on. */
export function officeDateOf(at: string | Date, timeZone: string): CalendarDate {
  return todayIn(timeZone, new Date(toMs(at)));
}

// One formatter per zone: timelines and packets read hundreds of instants.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = wallClockFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    wallClockFormatters.set(timeZone, f);
  }
  return f;
}

/** Office wall-clock parts of an instant: the date and "HH:MM" (24-hour), as form inputs hold them. */
export function officeWallClock(at: Date, timeZone: string): { date: CalendarDate; time: string } {
  const parts = wallClockFormatter(timeZone).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A date and "HH:MM" read as office wall-clock time, as a UTC ISO instant; null when not valid. */
export function officeTimeToInstant(date: string, time: string, timeZone: string): string | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time.trim());
  if (!m || !isCalendarDate(date)) return null;
  return new Date(zonedTimeMs(date, Number(m[1]), Number(m[2]), timeZone)).toISOString();
}

/** "Tomorrow at 10:00" in the office: the next office calendar day at that wall-clock time. */
export function officeTomorrowAt(now: Date, timeZone: string, time: string): { date: CalendarDate; time: string } {
  return { date: addDays(todayIn(timeZone, now), 1), time };
}

/** The next quarter hour at least an hour from now, on the office clock (a callback "in an hour"). */
export function officeInAboutAnHour(now: Date, timeZone: string): { date: CalendarDate; time: string } {
  const quarter = 15 * 60_000;
  const at = new Date(Math.ceil((now.getTime() + 60 * 60_000) / quarter) * quarter);
  return officeWallClock(at, timeZone);
}

/**
 * The customer's wall-clock time at an instant, shown beside the office time ("11:30 AM PST"),
 * or null when their clock reads the same as the office's then (nothing to add).
 */
export function customerTimeBeside(at: string | Date, customerTimeZone: string, office: OfficeClock): string | null {
  const ms = toMs(at);
  if (!Number.isFinite(ms) || customerTimeZone === office.timeZone) return null;
  const theirs = officeWallClock(new Date(ms), customerTimeZone);
  const ours = officeWallClock(new Date(ms), office.timeZone);
  if (theirs.date === ours.date && theirs.time === ours.time) return null;
  return formatterFor('zonedTime', { timeZone: customerTimeZone, locale: office.locale }).format(ms);
}
