// Office working days: Monday to Friday (no public-holiday calendar yet).
import { addDays, dayOfWeek, type CalendarDate } from './calendar';

export function isWorkingDay(date: CalendarDate): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/** The last working day before `date` (a Monday's is the Friday before). */
export function workingDayBefore(date: CalendarDate): CalendarDate {
  let day = addDays(date, -1);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}
