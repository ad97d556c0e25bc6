// The office's calendar day of many instants at once. Formatting an instant in a time zone is the
// slow part of ranking 10,000 accounts, so the office's midnights of the last weeks are worked
// out once and each instant is placed between them.
import { addDays, todayIn, type CalendarDate } from '../dates/calendar';
import { officeDateOf } from '../dates/office-time';
import { zonedTimeMs } from '../dates/zoned-time';

/** How many days back the office's midnights are known exactly. */
export const exactOfficeDays = 45;

/**
 * A function giving the office date of an instant. Exact for the last `exactOfficeDays` days and
 * later; an older instant is placed with the office's UTC offset of that earliest midnight, which
 * can be a day off across a daylight-saving change. That is good enough for what Today asks of
 * such old dates (more than 30 days since a call scores the same; a date older than any recent
 * promise date compares the same).
 */
export function officeDayReader(officeTimeZone: string, now: Date): (instant: string) => CalendarDate {
  const today = todayIn(officeTimeZone, now);
  const tomorrowStart = zonedTimeMs(addDays(today, 1), 0, 0, officeTimeZone);
  const days: { start: number; date: CalendarDate }[] = [];
  for (let back = 0; back <= exactOfficeDays; back += 1) {
    const date = addDays(today, -back);
    days.push({ start: zonedTimeMs(date, 0, 0, officeTimeZone), date });
  }
  const earliest = days[days.length - 1] ?? { start: tomorrowStart, date: today };
  // The office's offset from UTC at that earliest midnight: local midnight minus the UTC instant.
  const earliestOffset = Date.parse(`${earliest.date}T00:00:00Z`) - earliest.start;
  const known = knownDaysFor(`${officeTimeZone}|${today}`);
  return (instant) => {
    const found = known.get(instant);
    if (found !== undefined) return found;
    const day = dayOf(instant);
    if (known.size < knownDaysLimit) known.set(instant, day);
    return day;
  };

  function dayOf(instant: string): CalendarDate {
    const ms = Date.parse(instant);
    if (ms >= tomorrowStart || !Number.isFinite(ms)) return officeDateOf(instant, officeTimeZone);
    // Most accounts were last called weeks ago: those skip the walk through the recent days.
    if (ms >= earliest.start) for (const day of days) if (ms >= day.start) return day.date;
    return new Date(ms + earliestOffset).toISOString().slice(0, 10);
  }
}

/**
 * What a reader said before, for the same office zone and day: its answer depends on nothing
 * else, and Today asks about the same last calls every minute and after every call.
 */
let knownDays: { key: string; days: Map<string, CalendarDate> } = { key: '', days: new Map() };
const knownDaysLimit = 100_000;

function knownDaysFor(key: string): Map<string, CalendarDate> {
  if (knownDays.key !== key) knownDays = { key, days: new Map() };
  return knownDays.days;
}
