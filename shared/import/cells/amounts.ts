// Amounts as accounting systems write them: "1,234.56", "1.234,56", "1 234,56", "$1,234.56",
// "USD 12.00", "(250.00)", "-250.00", "250.00-", "250.00 CR", and plain numbers from workbooks.
// Everything becomes integer minor units without passing through float arithmetic.
import { currencyMinorDigits } from '../../money/money';
import type { Cell } from '../model';
import { type CellError, cellText, quoted } from './cell-text';

export interface ParsedAmount {
  minor: number;
  /** Only when the cell itself names a currency (ISO code or symbol). */
  currency?: string;
}

const prefixedDollars: Record<string, string> = { US: 'USD', CA: 'CAD', C: 'CAD', A: 'AUD', AU: 'AUD', NZ: 'NZD', S: 'SGD', HK: 'HKD' };
const dollarUsers = new Map<string, boolean>();

/** Whether the currency is written with a plain "$" (USD, CAD, AUD, NZD…). */
function usesDollarSign(currency: string): boolean {
  const known = dollarUsers.get(currency);
  if (known !== undefined) return known;
  let result: boolean;
  try {
    const symbol = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
      .formatToParts(1)
      .find((p) => p.type === 'currency')?.value;
    result = symbol === '$';
  } catch {
    result = false;
  }
  dollarUsers.set(currency, result);
  return result;
}

/**
 * Reads one amount cell. null when the cell is blank (no value, not an error); an error sentence
 * starting with the value when it is not an amount. `currencyHint` is the currency the row is in
 * as far as is known (a currency column, else the default): it sets the decimals and what "$" means.
 */
export function parseAmountCell(cell: Cell | undefined, currencyHint: string): ParsedAmount | CellError | null {
  if (typeof cell === 'number') return numberToMinor(cell, currencyHint);
  if (cell !== null && typeof cell === 'object') return { error: `${quoted(cell.date)} is a date, not an amount.` };
  const original = cellText(cell);
  if (original === '' || original === '-' || original === '—') return null;
  const fail = () => ({ error: `${quoted(original)} is not an amount.` });
  // Most cells of a report are plain digits and separators ("1234.56", "1,234.56"): none of the
  // signs, codes or symbols below can be there, so they go straight to the digits.
  if (plainAmount.test(original)) {
    const minor = decimalTextToMinor(original, currencyMinorDigits(currencyHint));
    return minor === null ? fail() : { minor };
  }

  let text = original.replace(/\s+/g, ' ').replace(/\u2212/g, '-');
  let negative = false;
  let currency: string | undefined;

  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    negative = true;
    text = paren[1]!.trim();
  }
  const credit = /^(.*?)\s*(CR|DR)\.?$/i.exec(text);
  if (credit && /\d/.test(credit[1]!)) {
    negative = credit[2]!.toUpperCase() === 'CR';
    text = credit[1]!;
  }
  if (text.endsWith('-')) {
    negative = !negative;
    text = text.slice(0, -1).trim();
  }
  if (text.startsWith('-')) {
    negative = !negative;
    text = text.slice(1).trim();
  }

  const iso = /^([A-Z]{3})\s*(.*)$/.exec(text) ?? /^(.*?)\s*([A-Z]{3})$/.exec(text);
  if (iso) {
    const [code, rest] = /^[A-Z]{3}$/.test(iso[1]!) ? [iso[1]!, iso[2]!] : [iso[2]!, iso[1]!];
    currency = code;
    text = rest.trim();
  }
  const symbol = /^([A-Z]{0,2})([$£€¥])\s*(.*)$/.exec(text) ?? /^(.*?)\s*()([$£€¥])$/.exec(text);
  if (symbol) {
    const trailing = symbol[2] === '';
    const sign = trailing ? symbol[3]! : symbol[2]!;
    const prefix = trailing ? '' : symbol[1]!;
    const bySymbol =
      sign === '£'
        ? 'GBP'
        : sign === '€'
          ? 'EUR'
          : sign === '¥'
            ? 'JPY'
            : prefix
              ? prefixedDollars[prefix]
              : usesDollarSign(currencyHint)
                ? currencyHint
                : 'USD';
    if (!bySymbol) return fail();
    currency ??= bySymbol; // an ISO code in the cell wins over the symbol
    text = (trailing ? symbol[1]! : symbol[3]!).trim();
  }
  if (text.startsWith('-') && !negative) {
    negative = true; // "$-250.00"
    text = text.slice(1).trim();
  }
  const minor = decimalTextToMinor(text, currencyMinorDigits(currency ?? currencyHint));
  if (minor === null) return fail();
  const value = negative && minor !== 0 ? -minor : minor;
  return currency ? { minor: value, currency } : { minor: value };
}

/**
 * "1,234.56" / "1.234,56" / "1 234,56" / "1'234.56" → minor units. The decimal separator is
 * decided per value: the last "." or "," followed by 1 to `digits` digits is decimal; any other
 * separator must group thousands (exactly three digits after it).
 */
const plainAmount = /^[\d.,]+$/;
/** Digits, perhaps a point and at most 15 whole digits: no grouping to check. */
const simpleDecimal = /^(\d{1,15})(?:\.(\d+))?$/;
/**
 * Commas grouping thousands and a point before the decimals ("1,234.56"), as most reports write
 * amounts over a thousand: read at once instead of through the general checks below, which give
 * the same. Only with the point: "1,234" alone is 1.234 in a currency of three decimals.
 */
const commaGroupedDecimal = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/;

/** Whole digits and decimal digits → minor units; null past what a double holds exactly. */
function wholeAndFractionToMinor(whole: string, fraction: string, digits: number): number | null {
  // Up to 15 whole digits stay exact as doubles; more is no invoice amount (leading zeros aside).
  if (whole.length > 15 && whole.replace(/^0+/, '').length > 15) return null;
  const units = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(units) ? units : null;
}

function decimalTextToMinor(text: string, digits: number): number | null {
  const simple = simpleDecimal.exec(text);
  if (simple && (simple[2] ?? '').length <= digits) return wholeAndFractionToMinor(simple[1]!, simple[2] ?? '', digits);
  const grouped = commaGroupedDecimal.exec(text);
  if (grouped && grouped[2]!.length <= digits) {
    return wholeAndFractionToMinor(grouped[1]!.replace(/,/g, ''), grouped[2]!, digits);
  }
  if (!/^[\d.,' ]+$/.test(text) || !/\d/.test(text)) return null;
  const lastSep = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  let whole = text;
  let fraction = '';
  if (lastSep >= 0) {
    const after = text.slice(lastSep + 1);
    const isDecimal = /^\d+$/.test(after) && after.length <= digits;
    if (isDecimal) {
      whole = text.slice(0, lastSep);
      fraction = after;
      if (whole.includes(text[lastSep]!)) return null; // "1.234.56": the decimal mark used twice
    }
  }
  if (whole !== '' && !/^\d{1,3}([.,' ]\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return null;
  const groupMarks = new Set(whole.replace(/\d/g, ''));
  if (groupMarks.size > 1) return null; // "1,234.567,8" mixes grouping marks
  return wholeAndFractionToMinor(whole.replace(/\D/g, '') || '0', fraction, digits);
}

/** A workbook number → minor units, rounded half away from zero at the currency's decimals on the decimal text. */
function numberToMinor(value: number, currency: string): ParsedAmount | CellError {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return { error: `${quoted(String(value))} is not an amount.` };
  const digits = currencyMinorDigits(currency);
  const abs = Math.abs(value);
  // String(abs) is the shortest text that reads back as the same double: 1.005 stays "1.005".
  const text = String(abs).includes('e') ? abs.toFixed(20).replace(/0+$/, '') : String(abs);
  const [wholeText, fractionText = ''] = text.split('.');
  const kept = fractionText.slice(0, digits).padEnd(digits, '0');
  let units = BigInt(wholeText!) * 10n ** BigInt(digits) + BigInt(kept || '0');
  if ((fractionText[digits] ?? '0') >= '5') units += 1n;
  const minor = Number(units);
  return { minor: value < 0 && minor !== 0 ? -minor : minor };
}
