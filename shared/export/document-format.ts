// How printed documents and exports write dates, times, durations and amounts. Formatters are
// built once per locale and zone and reused: a 500-call packet formats thousands of values, and
// building an Intl formatter costs far more than using one.
import { isCalendarDate, type CalendarDate } from '../dates/calendar';
import { formatMoney } from '../money/money';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const cacheKey = `${key}|${locale}|${options.timeZone ?? ''}`;
  let f = cache.get(cacheKey);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(cacheKey, f);
  }
  return f;
}

function instantMs(iso: string): number | null {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

export interface DocumentFormat {
  locale: string;
  /** Minor units as the currency is written in the locale, e.g. "$1,686.40". */
  money(minor: number, currency: string): string;
  /** A calendar date, e.g. "Mar 12, 2025"; a value that is not a date prints as given. */
  date(date: CalendarDate): string;
  /** The calendar day of an instant in a zone, e.g. "Mar 12, 2025". */
  dayOf(iso: string, timeZone: string): string;
  /** An instant in a zone with the zone's short name, e.g. "Mar 11, 2025, 11:40 AM PDT". */
  dateTime(iso: string, timeZone: string): string;
  /** Seconds as "9:35" or "1:02:05"; null as a dash. */
  duration(seconds: number | null): string;
}

export function documentFormat(locale: string): DocumentFormat {
  const dateF = formatter('date', locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const zoned = (timeZone: string) =>
    formatter('datetime', locale, {
      timeZone,
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
  const day = (timeZone: string) => formatter('day', locale, { dateStyle: 'medium', timeZone });
  return {
    locale,
    money: (minor, currency) => (Number.isFinite(minor) ? formatMoney(minor, currency, locale) : '—'),
    date: (date) => (isCalendarDate(date) ? dateF.format(Date.parse(`${date}T00:00:00Z`)) : date || '—'),
    dayOf: (iso, timeZone) => {
      const ms = instantMs(iso);
      return ms === null ? '—' : day(timeZone).format(ms);
    },
    dateTime: (iso, timeZone) => {
      const ms = instantMs(iso);
      return ms === null ? '—' : zoned(timeZone).format(ms);
    },
    duration: (seconds) => {
      if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return '—';
      const s = Math.round(seconds);
      const h = Math.floor(s / 3600);
      const m = Math.floor((s % 3600) / 60);
      const ss = String(s % 60).padStart(2, '0');
      return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
    },
  };
}

/** "1 call", "3 calls": counts in running text (the one shared helper). */
export { plural } from '../wording/plural';
