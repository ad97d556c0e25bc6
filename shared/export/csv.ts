// CSV that opens cleanly in Excel (issue 4, point 8): a UTF-8 byte-order mark so accents and
// currency signs survive, CRLF line ends, RFC 4180 quoting, and a guard against formula
// injection — a customer who types "=HYPERLINK(...)" as a note must not get a live formula
// into the bookkeeper's spreadsheet.
import { minorToInput } from '../money/money';

export type CsvValue = string | number | null;
export type CsvRow = Record<string, CsvValue>;

export interface CsvColumn {
  key: string;
  header: string;
  /**
   * The cell holds integer minor units: written as a plain decimal ("1234.50") in this currency,
   * or in the currency found in the row under `currencyKey`.
   */
  money?: { currency: string } | { currencyKey: string };
}

export const utf8Bom = '\uFEFF';
const lineEnd = '\r\n';

// Excel (and LibreOffice) read a cell as a formula when it starts with one of these.
const formulaStart = /^[=+\-@\t\r]/;
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const needsQuotes = /[",\r\n]/;

/** A cell's text: numbers as written, null as empty, formula-like text defused. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // An apostrophe makes Excel treat the cell as text; plain numbers ("-12.50") stay numbers.
  return formulaStart.test(value) && !plainNumber.test(value) ? `'${value}` : value;
}

/** The cell as it appears in the file: quoted (quotes doubled) when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function moneyCell(value: CsvValue, row: CsvRow, money: NonNullable<CsvColumn['money']>): CsvValue {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const currency = 'currency' in money ? money.currency : row[money.currencyKey];
  return minorToInput(Math.round(value), typeof currency === 'string' && currency !== '' ? currency : 'USD');
}

export function toCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[]): string {
  const lines: string[] = [columns.map((c) => csvField(csvCell(c.header))).join(',')];
  for (const row of rows) {
    const cells = columns.map((c) => {
      const raw = row[c.key] ?? null;
      return csvField(csvCell(c.money ? moneyCell(raw, row, c.money) : raw));
    });
    lines.push(cells.join(','));
  }
  return utf8Bom + lines.join(lineEnd) + lineEnd;
}
