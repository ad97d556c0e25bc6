// Calendar dates ('YYYY-MM-DD') are days, not instants: arithmetic on them is done in UTC so
// that a day is always 24 hours and no local daylight-saving change can shift a due date.

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

export type CalendarDate = string;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = pattern.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcMs(date: CalendarDate): number {
  const m = pattern.exec(date);
  if (!m) throw new Error(`Not a calendar date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * dayMs);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / dayMs);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** The calendar date it is now in the given IANA time zone. */
// One formatter per zone: lists and timelines ask for an office date per row.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

export function todayIn(timeZone: string, now: Date): CalendarDate {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// One formatter per locale and style: a customer file formats every due date and promise date.
const calendarDateFormatters = new Map<string, Intl.DateTimeFormat>();

export function formatCalendarDate(date: CalendarDate, locale: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!isCalendarDate(date)) return date;
  const key = `${style}|${locale}`;
  let formatter = calendarDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    calendarDateFormatters.set(key, formatter);
  }
  return formatter.format(new Date(toUtcMs(date)));
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
