// QuickBooks Desktop's IIF lists: tab-separated blocks, each a "!TYPE" header line naming the
// columns followed by "TYPE" lines. A customer list is the !CUST / CUST block; the file may also
// hold other lists (!ACCNT, !VEND…) and transactions (!TRNS, !SPL, !ENDTRNS), which are not ours.
import Papa from 'papaparse';
import { type Cell, ImportFileError } from '../model';
import { toCells } from './delimited';

/**
 * The customer list of an IIF file as a table: the !CUST header line and the CUST lines, each
 * without its first (record type) column. Lines of other records become empty rows, so a row
 * number still names the file's own line.
 */
export function readIif(text: string): { rows: Cell[][] } {
  const parsed = Papa.parse<string[]>(text, { delimiter: '\t', quoteChar: '"', skipEmptyLines: false });
  const data = parsed.data;
  const last = data[data.length - 1];
  if (last && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) data.pop();
  let customers = 0;
  let header = false;
  const rows = data.map((fields): Cell[] => {
    const recordType = fields[0]?.trim().toUpperCase();
    if (recordType === '!CUST') {
      header = true;
      return toCells(fields.slice(1));
    }
    if (recordType === 'CUST') {
      customers++;
      return toCells(fields.slice(1));
    }
    return [];
  });
  if (!header || customers === 0) {
    throw new ImportFileError(
      'This IIF file has no customer list (CUST records). In QuickBooks Desktop, choose File › Utilities › Export › Lists to IIF Files, tick Customer List, and import that file.',
      'no-rows',
    );
  }
  return { rows };
}
