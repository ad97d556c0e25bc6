// Customers live in their own IANA time zone; the caller needs to know their local time before
// dialling (reasonable calling hours).

/**
 * The longest time zone name accepted. IANA names are short (the longest, such as
 * "America/Argentina/ComodRivadavia", have 32 characters); the limit keeps a page's or a file's
 * megabyte of text out of Intl and out of the cache below.
 */
export const maxTimeZoneLength = 64;

const validity = new Map<string, boolean>();

export function isValidTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxTimeZoneLength) return false;
  const known = validity.get(value);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    ok = true;
  } catch {
    ok = false;
  }
  validity.set(value, ok);
  return ok;
}

export interface LocalTime {
  /** e.g. "2:05 PM" in the given locale. */
  time: string;
  /** e.g. "Tue". */
  weekday: string;
  /** Hour of day 0-23 in that zone. */
  hour: number;
  /** Short zone name such as "CST" or "GMT+1". */
  zoneName: string;
}

// Building an Intl formatter costs far more than using one: the customer list formats each
// visible row's local time on every clock tick, so formatters are kept per options.
const localTimeFormatters = new Map<string, Intl.DateTimeFormat>();

function localTimeFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = localTimeFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    localTimeFormatters.set(key, formatter);
  }
  return formatter;
}

export function localTimeIn(timeZone: string, now: Date, locale = 'en-US'): LocalTime {
  const time = localTimeFormatter(locale, { timeZone, hour: 'numeric', minute: '2-digit' }).format(now);
  const weekday = localTimeFormatter(locale, { timeZone, weekday: 'short' }).format(now);
  const hourText = localTimeFormatter('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(now);
  const zoneParts = localTimeFormatter(locale, { timeZone, timeZoneName: 'short' }).formatToParts(now);
  const zoneName = zoneParts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return { time, weekday, hour: Number(hourText) % 24, zoneName };
}

/** Time zones offered in forms; any valid IANA name is accepted too. */
export const commonTimeZones = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Toronto',
  'America/Vancouver',
  'America/Halifax',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Paris',
  'Europe/Berlin',
  'Australia/Sydney',
  'Pacific/Auckland',
] as const;
