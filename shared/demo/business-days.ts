// Demo calls and payments land on weekdays: offices are shut at weekends. Shifting is monotone,
// so an event that was before another stays before it.
import { addDays, dayOfWeek, type CalendarDate } from '../dates/calendar';

/** The date itself on a weekday; the Friday before when it falls on a weekend. */
export function weekdayOnOrBefore(date: CalendarDate): CalendarDate {
  const dow = dayOfWeek(date);
  return dow === 0 ? addDays(date, -2) : dow === 6 ? addDays(date, -1) : date;
}

/** The date itself on a weekday; the Monday after when it falls on a weekend. */
export function weekdayOnOrAfter(date: CalendarDate): CalendarDate {
  const dow = dayOfWeek(date);
  return dow === 0 ? addDays(date, 1) : dow === 6 ? addDays(date, 2) : date;
}
