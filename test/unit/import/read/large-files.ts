// Large files for speed tests, written directly (XML and CSV text) because SheetJS's writer takes
// far longer to build a 100,000-row workbook than the reader takes to read it. The workbook is
// laid out as Excel writes one: shared strings, and dates as serials styled with format 14.
import { strToU8, zipSync } from 'fflate';

export interface LargeAgingRow {
  customer: string;
  account: string;
  number: string;
  dateSerial: number;
  dueSerial: number;
  amount: number;
  balance: number;
}

/** Row i of the generated aging report: 10,000 customers, dates over 300 days. */
export function largeAgingRow(i: number): LargeAgingRow {
  const dateSerial = 46_000 + (i % 300);
  return {
    customer: `Customer ${i % 10_000}`,
    account: `C-${i % 10_000}`,
    number: `INV-${100_000 + i}`,
    dateSerial,
    dueSerial: dateSerial + 30,
    amount: 1000 + (i % 997) + 0.25,
    balance: 500 + (i % 499),
  };
}

export const largeAgingHeaders = ['Customer', 'Account', 'Num', 'Date', 'Due date', 'Amount', 'Open balance'];

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function column(c: number): string {
  return String.fromCharCode(65 + c);
}

export function largeAgingXlsx(rowCount: number): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (text: string): number => {
    let at = index.get(text);
    if (at === undefined) {
      at = strings.length;
      strings.push(text);
      index.set(text, at);
    }
    return at;
  };
  const rows: string[] = [];
  const text = (r: number, c: number, value: string) => `<c r="${column(c)}${r}" t="s"><v>${shared(value)}</v></c>`;
  const num = (r: number, c: number, value: number, style = 0) =>
    `<c r="${column(c)}${r}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  rows.push(`<row r="1">${largeAgingHeaders.map((h, c) => text(1, c, h)).join('')}</row>`);
  for (let i = 0; i < rowCount; i++) {
    const row = largeAgingRow(i);
    const r = i + 2;
    rows.push(
      `<row r="${r}">${text(r, 0, row.customer)}${text(r, 1, row.account)}${text(r, 2, row.number)}` +
        `${num(r, 3, row.dateSerial, 1)}${num(r, 4, row.dueSerial, 1)}${num(r, 5, row.amount)}${num(r, 6, row.balance)}</row>`,
    );
  }
  const sheet = `${xmlHeader}<worksheet xmlns="${main}"><dimension ref="A1:G${rowCount + 1}"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const sst = `${xmlHeader}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  const files = {
    '[Content_Types].xml': `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${xmlHeader}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Aging" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `${xmlHeader}<styleSheet xmlns="${main}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': sst,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])), { level: 1 });
}

export function largeAgingCsv(rowCount: number): string {
  const lines = ['Customer,Account,Num,Date,Due date,Amount,Open balance'];
  for (let i = 0; i < rowCount; i++) {
    const row = largeAgingRow(i);
    lines.push(
      `"${row.customer}, Ltd",${row.account},${row.number},11/${(i % 28) + 1}/2026,12/${(i % 28) + 1}/2026,"${row.amount.toLocaleString('en-US')}",${row.balance}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}
