// Calendar arithmetic for ranking many accounts: the same few hundred due dates come up again and
// again, so each date's day number is parsed once and kept.
import { daysBetween, type CalendarDate } from '../dates/calendar';

const epoch = '1970-01-01';
const dayNumbers = new Map<CalendarDate, number>();

/** Days since 1970-01-01 (UTC calendar arithmetic, as shared/dates/calendar does it). */
export function dayNumber(date: CalendarDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    n = daysBetween(epoch, date);
    // A long session sees new dates every day; a bounded cache cannot grow without limit.
    if (dayNumbers.size > 50_000) dayNumbers.clear();
    dayNumbers.set(date, n);
  }
  return n;
}

/** Whole days from `from` to `to`, as daysBetween, from the kept day numbers. */
export function daysFromTo(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}
