// Phone numbers are kept as the user typed them, plus an E.164 form when it can be parsed, so a
// number can be found again however it is typed ("(415) 555-0134", "415.555.0134",
// "+1 415 555 0134") and dialled through tel:. libphonenumber-js carries the numbering plans.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export interface NormalizedPhone {
  /** +14155550134, or null when the text is not a valid number for the country. */
  e164: string | null;
  /** National digits without trunk prefix, e.g. 4155550134. */
  nationalDigits: string;
  /** A readable international format for display. */
  display: string;
}

function digitsOnly(text: string): string {
  return text.replace(/\D/g, '');
}

export function normalizePhone(text: string, defaultCountry: string): NormalizedPhone {
  const parsed = parsePhoneNumberFromString(text, defaultCountry as CountryCode);
  if (parsed && parsed.isPossible()) {
    return {
      e164: parsed.number,
      nationalDigits: String(parsed.nationalNumber),
      display: parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational(),
    };
  }
  return { e164: null, nationalDigits: digitsOnly(text), display: text.trim() };
}

export function isPhoneNumber(text: string, defaultCountry: string): boolean {
  return normalizePhone(text, defaultCountry).e164 !== null;
}

/**
 * Index keys for one number: its national digits, its full international digits and its last
 * seven digits (people often type only the local part). Searching is a prefix match on these.
 */
export function phoneSearchKeys(text: string, defaultCountry: string): string[] {
  const n = normalizePhone(text, defaultCountry);
  const keys = new Set<string>();
  if (n.nationalDigits.length >= 3) keys.add(n.nationalDigits);
  if (n.e164) keys.add(n.e164.slice(1));
  const all = digitsOnly(text);
  if (all.length >= 7) keys.add(all.slice(-7));
  return [...keys];
}

/**
 * The key to look up for a search query, or null when the query does not look like a phone
 * number (fewer than 3 digits, or letters in it).
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

/** A tel: URL for the number (E.164 when known, otherwise its digits). */
export function telUrl(text: string, defaultCountry: string): string | null {
  const n = normalizePhone(text, defaultCountry);
  if (n.e164) return `tel:${n.e164}`;
  const digits = digitsOnly(text);
  return digits.length >= 3 ? `tel:${digits}` : null;
}
