// Phone numbers are parsed once, when they are saved, with the country chosen at that moment,
// and stored as E.164 beside the text as typed (docs/ARCHITECTURE.md, "Phone numbers").
// Everything after that (dialling, display, search keys) reads the stored E.164, never the text
// with whatever country the settings say today. libphonenumber-js carries the numbering plans.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface NormalizedPhone {
  /** +14155550134, or null when the text is not a possible number for the country. */
  e164: string | null;
  /** National digits without trunk prefix, e.g. 4155550134. */
  nationalDigits: string;
}

/** A number as stored: the text as typed and the E.164 form read when it was saved. */
export interface StoredPhone {
  number: string;
  e164: string | null;
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

/** Reads typed text with a country. Only the save path (and the query box) should call this. */
export function normalizePhone(text: string, country: string): NormalizedPhone {
  const parsed = parsePhoneNumberFromString(text, country as CountryCode);
  if (parsed && parsed.isPossible()) return { e164: parsed.number, nationalDigits: String(parsed.nationalNumber) };
  return { e164: null, nationalDigits: digitsOnly(text) };
}

/** The stored form of a number typed now, read with the country chosen now. */
export function storePhone(number: string, country: string): StoredPhone {
  return { number, e164: normalizePhone(number, country).e164 };
}

export function isPhoneNumber(text: string, country: string): boolean {
  return normalizePhone(text, country).e164 !== null;
}

/** A stored E.164 string parsed on its own (its country comes from its +code, not from settings). */
function parseE164(e164: string) {
  const parsed = parsePhoneNumberFromString(e164);
  return parsed && parsed.isPossible() ? parsed : undefined;
}

/**
 * How a stored number is shown, on screens and in PDFs alike. The rule: a number of the office's
 * own country (settings' phone country) in that country's national format, "(415) 555-0134";
 * any other number in international format, "+44 20 7946 0321", so a foreign number is never
 * mistaken for a local one. A number whose E.164 was never found is shown as typed.
 */
export function formatPhone(phone: StoredPhone, officeCountry: string): string {
  const parsed = phone.e164 ? parseE164(phone.e164) : undefined;
  if (!parsed) return phone.number.trim();
  return parsed.country === officeCountry ? parsed.formatNational() : parsed.formatInternational();
}

/**
 * The tel: URL for a stored number: its E.164, else (it never parsed) its digits, else null for
 * fewer than three digits.
 */
export function telUrlOf(phone: StoredPhone): string | null {
  if (phone.e164) return `tel:${phone.e164}`;
  const digits = digitsOnly(phone.number);
  return digits.length >= 3 ? `tel:${digits}` : null;
}

/**
 * Index keys for one stored number: its national digits and full international digits (both
 * from the stored E.164), the digits as typed, and the last seven digits (people often type only
 * the local part). Searching is a prefix match on these; no key depends on today's settings.
 */
export function phoneSearchKeys(phone: StoredPhone): string[] {
  const keys = new Set<string>();
  const parsed = phone.e164 ? parseE164(phone.e164) : undefined;
  if (parsed) {
    keys.add(String(parsed.nationalNumber));
    keys.add(parsed.number.slice(1));
  }
  const typed = digitsOnly(phone.number);
  if (typed.length >= 3) keys.add(typed);
  if (typed.length >= 7) keys.add(typed.slice(-7));
  return [...keys];
}

/**
 * The key to look up for a search query, or null when the query does not look like a phone
 * number (fewer than 3 digits, or letters in it). A query is typed now, so it is read with
 * today's country.
 */
export function phoneQueryKey(query: string, defaultCountry: string): string | null {
  const trimmed = query.trim();
  if (!/^[+()\-.\s\d/]+$/.test(trimmed)) return null;
  const digits = digitsOnly(trimmed);
  if (digits.length < 3) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry as CountryCode);
  if (parsed && parsed.isPossible()) return String(parsed.nationalNumber);
  return digits;
}
