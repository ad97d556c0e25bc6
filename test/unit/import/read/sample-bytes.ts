// Bytes of sample and hostile files, built in code so no binary is committed. Other import tests
// reuse these builders (presets, pipeline, UI).
import * as XLSX from '@e965/xlsx';
import { strToU8, zipSync } from 'fflate';
import { joinBytes } from '../../../../shared/common/join-bytes';
import { windows1252HighBytes } from '../../../../shared/import/read/decode-text';

// ---------------------------------------------------------------------------------------------
// text in an encoding
// ---------------------------------------------------------------------------------------------

export function utf8(text: string, withBom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return withBom ? concat(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
}

export function utf16(text: string, order: 'le' | 'be', withBom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (withBom ? 1 : 0)) * 2);
  const units = withBom ? '\uFEFF' + text : text;
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes[i * 2] = order === 'le' ? lo : hi;
    bytes[i * 2 + 1] = order === 'le' ? hi : lo;
  }
  return bytes;
}

/** A single-byte encoding's table, read back from TextDecoder (Windows-1252's 0x80–0x9F from our
 *  own table: Node 20 decodes that range as Latin-1 controls). */
function singleByteEncoder(encoding: 'windows-1252' | 'macintosh'): (text: string) => Uint8Array {
  const table = new Map<string, number>();
  const decoded = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  [...decoded].forEach((char, byte) => table.set(char, byte));
  if (encoding === 'windows-1252') {
    for (const [byte, char] of Object.entries(windows1252HighBytes)) table.set(char, Number(byte));
  }
  return (text) =>
    Uint8Array.from([...text], (char) => {
      const byte = table.get(char);
      if (byte === undefined) throw new Error(`${char} is not in ${encoding}`);
      return byte;
    });
}

export const windows1252 = singleByteEncoder('windows-1252');
export const macRoman = singleByteEncoder('macintosh');

export const concat = (...parts: Uint8Array[]): Uint8Array => joinBytes(parts);

// ---------------------------------------------------------------------------------------------
// files that are not spreadsheets
// ---------------------------------------------------------------------------------------------

export const pdfBytes = (): Uint8Array => utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
export const pngBytes = (): Uint8Array =>
  concat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), utf8('IHDR'), new Uint8Array(17));
export const jpegBytes = (): Uint8Array => concat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), utf8('JFIF'), new Uint8Array(20));
export const gifBytes = (): Uint8Array => concat(utf8('GIF89a'), new Uint8Array([1, 0, 1, 0, 0x80, 0, 0]));
export const webpBytes = (): Uint8Array => concat(utf8('RIFF'), new Uint8Array([26, 0, 0, 0]), utf8('WEBPVP8 '), new Uint8Array(18));
export const tiffBytes = (): Uint8Array => new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 0, 0]);
export function bmpBytes(): Uint8Array {
  const bytes = new Uint8Array(58);
  bytes.set(utf8('BM'));
  new DataView(bytes.buffer).setUint32(2, bytes.length, true);
  bytes[10] = 54;
  return bytes;
}

/** A Word document as far as anyone looking at its ZIP entries can tell. */
export const docxBytes = (): Uint8Array =>
  zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8('<?xml version="1.0"?><w:document/>'),
  });

export const openDocumentBytes = (): Uint8Array =>
  zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8('<office:document-content/>') });

export const numbersBytes = (): Uint8Array =>
  zipSync({ 'Index/Document.iwa': new Uint8Array(16), 'Metadata/Properties.plist': new Uint8Array(8) });

export const plainZipBytes = (): Uint8Array => zipSync({ 'aging.csv': strToU8('Customer,Balance\nAcme,10.00\n') });

/** What Excel writes for a password-protected .xlsx: a compound file holding the encrypted package. */
export function encryptedWorkbookBytes(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', new Uint8Array(512));
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/** A Word 97–2003 document: a compound file with a WordDocument stream. */
export function legacyWordBytes(): Uint8Array {
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'WordDocument', new Uint8Array(512));
  return new Uint8Array(XLSX.CFB.write(container, { type: 'array' }) as ArrayLike<number>);
}

/** An executable's start: "MZ" and zero bytes. */
export const binaryBytes = (): Uint8Array =>
  concat(utf8('MZ'), new Uint8Array([0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]), new Uint8Array(64));

// ---------------------------------------------------------------------------------------------
// workbooks
// ---------------------------------------------------------------------------------------------

/** A date cell as Excel stores it: a serial number shown through a date format. */
export function dateCell(serial: number, format = 'mm/dd/yyyy'): XLSX.CellObject {
  return { t: 'n', v: serial, z: format };
}

/** Serial of a calendar date in Excel's 1900 system (1904 system: subtract 1462). */
export function serial1900(date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export type SheetSpec = (string | number | XLSX.CellObject | null)[][];

export interface WorkbookSpec {
  sheets: Record<string, SheetSpec>;
  date1904?: boolean;
  hidden?: string[];
  /** Where the data starts, e.g. 'B3' (rows and columns above and left stay empty). */
  origin?: string;
}

export function workbook(spec: WorkbookSpec): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(spec.sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, rows, { origin: spec.origin ?? 'A1' });
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  book.Workbook = {
    ...book.Workbook,
    WBProps: { date1904: spec.date1904 ?? false },
    Sheets: Object.keys(spec.sheets).map((name) => ({ name, Hidden: spec.hidden?.includes(name) ? 1 : 0 })),
  };
  return book;
}

export function xlsxBytes(spec: WorkbookSpec): Uint8Array {
  return new Uint8Array(XLSX.write(workbook(spec), { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

/** Excel 97–2003 (BIFF8) workbook. */
export function xlsBytes(spec: WorkbookSpec): Uint8Array {
  return new Uint8Array(XLSX.write(workbook(spec), { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
}

// ---------------------------------------------------------------------------------------------
// text samples
// ---------------------------------------------------------------------------------------------

/** QuickBooks Desktop customer list export (File › Utilities › Export › Lists to IIF Files). */
export const iifCustomerList = [
  '!HDR\tPROD\tVER\tREL\tIIFVER\tDATE\tTIME\tACCNTNT\tACCNTNTSPLITTIME',
  'HDR\tQuickBooks Pro\tVersion 33.0D\tRelease R5P\t1\t2026-11-20\t1763650000\tN\t0',
  '!CUST\tNAME\tREFNUM\tBADDR1\tBADDR2\tPHONE1\tEMAIL\tCONT1\tTERMS',
  'CUST\tCafé Lumière\t12\tCafé Lumière\t14 Rue Verte\t(415) 555-0134\tbilling@lumiere.example\tAnne Roux\tNet 30',
  'CUST\t"Smith, John:Kitchen remodel"\t13\tJohn Smith\t\t555-010-2233\t\tJohn Smith\tNet 15',
  '!ACCNT\tNAME\tACCNTTYPE',
  'ACCNT\tAccounts Receivable\tAR',
  '',
].join('\r\n');
