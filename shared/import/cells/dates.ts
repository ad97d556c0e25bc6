// Dates as accounting systems write them. The day/month order of numeric dates is decided from
// the whole column (detectDateOrder), never guessed from one value: a value that could be either
// is read only with an order the file proved or the user chose.
import type { CalendarDate } from '../../dates/calendar';
import type { Cell, DateOrder } from '../model';
import { type CellError, cellText, quoted } from './cell-text';

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Excel's 1900 system: plausible invoice dates only (1950-01-01 … 2099-12-31), so a count is not read as a date. */
const serialMin = 18_264;
const serialMax = 73_050;

const numericDate = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AP]M)?)?$/i;

export type DetectedDateOrder = DateOrder | 'ambiguous' | 'none-needed';

/**
 * The day/month order a column proves. A first part above 12 is a day (dmy); a second part above
 * 12 is a day (mdy). When both kinds occur the order with more rows wins and the others fail to
 * read later (each skipped with its reason); a tie, or no proof at all, is 'ambiguous'.
 * 'none-needed' when no value depends on the order (ISO, month names, serials, workbook dates).
 */
export function detectDateOrder(values: Iterable<Cell | undefined>): DetectedDateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  let dependent = 0;
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const m = numericDate.exec(cellText(value));
    if (!m || m[1]!.length > 2) continue;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
    else if (first !== second) dependent++;
  }
  if (dayFirst > monthFirst) return 'dmy';
  if (monthFirst > dayFirst) return 'mdy';
  return dayFirst > 0 || dependent > 0 ? 'ambiguous' : 'none-needed';
}

/** Whether this one value reads differently in the two orders (03/04/2026 does; 13/04/2026 does not). */
export function isOrderDependent(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string') return false;
  const m = numericDate.exec(cellText(cell));
  return !!m && m[1]!.length <= 2 && Number(m[1]) <= 12 && Number(m[2]) <= 12 && m[1] !== m[2];
}

/**
 * Reads one date cell: null when blank, a CalendarDate, or an error sentence starting with the
 * value ("“31/02/2026” is not a real date.").
 */
export function parseDateCell(cell: Cell | undefined, order?: DateOrder): CalendarDate | CellError | null {
  if (cell !== null && typeof cell === 'object') return cell.date;
  if (typeof cell === 'number') return serialToDate(cell) ?? { error: `${quoted(String(cell))} is not a date.` };
  if (typeof cell !== 'string') return null; // blank
  // A report repeats its dates on many rows (100,000 rows hold a few hundred distinct ones), and
  // validating a date is most of reading it: each text is read once per order.
  const key = `${order ?? ''}\u0000${cell}`;
  const known = readDates.get(key);
  if (known !== undefined) return known;
  const read = dateOfText(cell, order);
  if (readDates.size >= readDatesLimit) readDates.clear();
  readDates.set(key, read);
  return read;
}

const readDates = new Map<string, CalendarDate | CellError | null>();
const readDatesLimit = 20_000;

function dateOfText(cell: string, order: DateOrder | undefined): CalendarDate | CellError | null {
  const text = cellText(cell);
  if (text === '') return null;
  const notReal = () => ({ error: `${quoted(text)} is not a real date.` });
  const notDate = () => ({ error: `${quoted(text)} is not a date.` });

  if (/^\d{5}(\.\d+)?$/.test(text)) return serialToDate(Number(text)) ?? notDate();

  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text); // 20261122
  if (compact) return ymd(Number(compact[1]), Number(compact[2]), Number(compact[3])) ?? notReal();

  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? notReal();

  const numeric = numericDate.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), fullYear(numeric[3]!)];
    if (year === null) return notDate();
    let useOrder = order;
    if (a === b) useOrder = 'mdy'; // 05/05/2026 reads the same either way
    if (!useOrder) {
      if (a > 12 && b <= 12) useOrder = 'dmy';
      else if (b > 12 && a <= 12) useOrder = 'mdy';
      else if (a <= 12 && b <= 12) return { error: `${quoted(text)} could be day first or month first; choose the date order.` };
      else return notReal();
    }
    const [month, day] = useOrder === 'mdy' ? [a, b] : [b, a];
    return ymd(year, month, day) ?? notReal();
  }

  return namedMonthDate(text) ?? notDate();
}

/** "Nov 22, 2026", "November 22 2026", "22 Nov 2026", "22-Nov-2026", "22-Nov-26", "Tue, Nov 22, 2026". */
function namedMonthDate(text: string): CalendarDate | CellError | null {
  const cleaned = text
    .toLowerCase()
    .replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/, '')
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const monthFirst = /^([a-z]{3,9})\.?[\s-]+(\d{1,2}),?[\s-]+(\d{2,4})$/.exec(cleaned);
  const dayFirst = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{2,4})$/.exec(cleaned);
  const parts = monthFirst
    ? { month: monthFirst[1]!, day: monthFirst[2]!, year: monthFirst[3]! }
    : dayFirst
      ? { month: dayFirst[2]!, day: dayFirst[1]!, year: dayFirst[3]! }
      : null;
  if (!parts) return null;
  const month = monthIndex(parts.month);
  const year = fullYear(parts.year);
  if (month === null || year === null) return null;
  return ymd(year, month, Number(parts.day)) ?? { error: `${quoted(text)} is not a real date.` };
}

function monthIndex(name: string): number | null {
  const short = name.slice(0, 3);
  const index = monthNames.indexOf(short);
  if (index < 0) return null;
  // "Nov", "November", "Sept" are months; "Novel" is not.
  const full = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, index, 1))).toLowerCase();
  return full.startsWith(name) || name === 'sept' ? index + 1 : null;
}

/** Two-digit years pivot at 70: 00–69 are 2000–2069, 70–99 are 1970–1999. */
function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  if (text.length === 2) {
    const y = Number(text);
    return y < 70 ? 2000 + y : 1900 + y;
  }
  return null;
}

function ymd(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > days) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Excel 1900-system serial → date (day 1 is 1900-01-01; Excel's phantom 1900-02-29 is day 60). */
export function serialToDate(serial: number): CalendarDate | null {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < serialMin || day > serialMax) return null;
  return new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
}
