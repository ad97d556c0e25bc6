// Excel stores a date as a count of days (the serial number) and shows it through a date number
// format. Converting the serial ourselves, in UTC, means no time zone can move a date by a day, as
// happens when a library turns the serial into a local-time Date first.
import type { CalendarDate } from '../../dates/calendar';

const dayMs = 86_400_000;

/**
 * The calendar date Excel shows for a serial number, in the 1900 system (Windows default: day 1 is
 * 1900-01-01, and Lotus's phantom 1900-02-29 is day 60) or the 1904 system (older Mac workbooks:
 * day 0 is 1904-01-01). The time of day is ignored, rounded to the second as Excel rounds it.
 * Null where Excel shows no real date: before day 1, the phantom leap day, or beyond year 9999.
 */
export function excelSerialToDate(serial: number, date1904: boolean): CalendarDate | null {
  if (!Number.isFinite(serial)) return null;
  let day = Math.floor(serial);
  if (Math.round((serial - day) * 86_400) >= 86_400) day += 1;
  let ms: number;
  if (date1904) {
    if (day < 0) return null;
    ms = Date.UTC(1904, 0, 1) + day * dayMs;
  } else {
    if (day < 1 || day === 60) return null;
    // Before the phantom day the count runs from 1899-12-31; after it, one day earlier.
    ms = day < 60 ? Date.UTC(1899, 11, 31) + day * dayMs : Date.UTC(1899, 11, 30) + day * dayMs;
  }
  const iso = new Date(ms).toISOString();
  return iso.startsWith('+') || iso.startsWith('-') ? null : iso.slice(0, 10);
}
