// The stretches of office calendar the dashboard reports on. Every period is a run of whole
// office days, both ends included, so "this week" means the same days on every screen and PDF.
import { addDays, dayOfWeek, type CalendarDate } from '../dates/calendar';

export interface DatePeriod {
  from: CalendarDate;
  /** The last day included. */
  to: CalendarDate;
}

export function isInPeriod(date: CalendarDate, period: DatePeriod): boolean {
  return date >= period.from && date <= period.to;
}

/** From the first day of the week `today` is in, through today. `firstDay`: 0 = Sunday ... 6 = Saturday. */
export function weekSoFar(today: CalendarDate, firstDay: number): DatePeriod {
  const back = (dayOfWeek(today) - firstDay + 7) % 7;
  return { from: addDays(today, -back), to: today };
}

/** From the first of the month through today. */
export function monthSoFar(today: CalendarDate): DatePeriod {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

/** The last `days` days, today included. */
export function lastDays(today: CalendarDate, days: number): DatePeriod {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** The next `days` days, today included. */
export function nextDays(today: CalendarDate, days: number): DatePeriod {
  return { from: today, to: addDays(today, days - 1) };
}

/** Every day of the period, oldest first. */
export function daysOf(period: DatePeriod): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) days.push(day);
  return days;
}

type WeekInfo = { firstDay?: number };
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The day the locale's weeks start on (0 = Sunday ... 6 = Saturday): Sunday in the US, Monday
 * in most of Europe. Runtimes expose it as getWeekInfo() or, older ones, as weekInfo; when
 * neither knows, the ISO week (Monday).
 */
export function firstDayOfWeekFor(locale: string): number {
  try {
    const known = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = typeof known.getWeekInfo === 'function' ? known.getWeekInfo() : known.weekInfo;
    const firstDay = info?.firstDay;
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay % 7;
  } catch {
    // An unknown locale falls through to the ISO week.
  }
  return 1;
}
