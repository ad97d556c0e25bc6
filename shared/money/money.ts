// Money is stored as integer minor units with its currency; these helpers are the only place
// that converts between what the user types or reads and those integers.

const digitsCache = new Map<string, number>();

export function currencyMinorDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits: number;
  try {
    digits = new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    digits = 2;
  }
  digitsCache.set(currency, digits);
  return digits;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(minor / 10 ** currencyMinorDigits(currency));
}

/** The amount as a plain decimal string for form inputs, e.g. 123456 USD -> "1234.56". */
export function minorToInput(minor: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const unit = 10 ** digits;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(digits, '0')}`;
}

/**
 * Parses what a user typed ("1,234.50", "$ 99", "12.5") into minor units, or null when it is not
 * a plain amount or has more decimals than the currency allows. Never goes through floats.
 */
export function parseMoneyInput(text: string, currency: string): number | null {
  const digits = currencyMinorDigits(currency);
  const cleaned = text.replace(/[\s,$€£¥]/g, '').replace(/^[A-Z]{3}/i, '');
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!m) return null;
  const fraction = m[3] ?? '';
  if (fraction.length > digits) return null;
  const whole = Number(m[2]);
  const frac = Number(fraction.padEnd(digits, '0') || '0');
  const value = whole * 10 ** digits + frac;
  if (!Number.isSafeInteger(value)) return null;
  return m[1] === '-' ? -value : value;
}

export function sumMinor(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}
