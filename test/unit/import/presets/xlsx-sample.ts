// Builds the Excel version of a QuickBooks Online CSV sample the way QuickBooks' "Export to
// Excel" writes it: real date cells (not text) and amounts as numbers, titles and totals as they
// are. Generated at test time rather than committed, so the workbook never drifts from its CSV.
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import { sampleBytes } from './sample-files';

const usDate = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const amount = /^-?\$?-?[\d,]+\.\d{2}$/;

function excelCell(text: string): string | number | Date | null {
  if (text === '') return null;
  const date = usDate.exec(text);
  if (date) return new Date(Date.UTC(Number(date[3]), Number(date[1]) - 1, Number(date[2])));
  if (amount.test(text)) return Number(text.replace(/[$,]/g, ''));
  if (/^\d+$/.test(text) && text.length <= 3) return Number(text); // Past Due days
  return text;
}

/** The .xlsx bytes of a US-dated CSV sample; `sheetName` as QuickBooks names the sheet. */
export function xlsxFromCsvSample(path: string, sheetName = 'A/R Aging Detail'): Uint8Array {
  const text = new TextDecoder().decode(sampleBytes(path));
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data.map((row) => row.map(excelCell));
  // Invoice numbers stay text, as QuickBooks writes them.
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'mm/dd/yyyy', UTC: true });
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('D') && cell && typeof cell === 'object' && 't' in cell && cell.t === 'n' && !('z' in cell)) {
      sheet[address] = { t: 's', v: String(cell.v) };
    }
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName.replace(/[/\\?*[\]]/g, '-'));
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
