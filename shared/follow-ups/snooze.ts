// When a snoozed follow-up comes back. Times the user picks are office wall-clock times, like
// the follow-up time entered at the end of a call.
import { addDays, todayIn } from '../dates/calendar';
import { officeTimeToInstant, officeWallClock } from '../dates/office-time';
import { zonedTimeMs } from '../dates/zoned-time';

const hourMs = 3_600_000;

export function inOneHour(now: Date): Date {
  return new Date(now.getTime() + hourMs);
}

/** Tomorrow (office calendar) at the given 24-hour time, office time. */
export function tomorrowAt(now: Date, timeZone: string, time = '09:00'): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(zonedTimeMs(addDays(todayIn(timeZone, now), 1), hour, minute, timeZone));
}

/** A datetime-local value ("2026-11-24T14:30") read as office time; null when it is not one. */
export function officeDateTime(value: string, timeZone: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(value.trim());
  const instant = m ? officeTimeToInstant(m[1]!, m[2]!, timeZone) : null;
  return instant === null ? null : new Date(instant);
}

/** The datetime-local value for an instant, in office time (to pre-fill the picker). */
export function toOfficeDateTimeValue(at: Date, timeZone: string): string {
  const { date, time } = officeWallClock(at, timeZone);
  return `${date}T${time}`;
}
