// When a snoozed follow-up comes back. Times the user picks are office wall-clock times, like
// the follow-up time entered at the end of a call.
import { addDays, isCalendarDate, todayIn } from '../dates/calendar';
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
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/.exec(value.trim());
  if (!m || !isCalendarDate(m[1])) return null;
  return new Date(zonedTimeMs(m[1], Number(m[2]), Number(m[3]), timeZone));
}

/** The datetime-local value for an instant, in office time (to pre-fill the picker). */
export function toOfficeDateTimeValue(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}
