// What kind of file this is, decided from its bytes (a PDF renamed .csv is still a PDF), and a
// plain sentence for every file that cannot be imported at all.
import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { type FileFormat, ImportFileError } from '../model';
import { byteOrderMark, looksLikeUtf16 } from './decode-text';
import { checkImportFileSize } from './size-limit';

const exportHint = 'Export the report from your accounting software as CSV or Excel and import that file.';

function startsWith(bytes: Uint8Array, signature: number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function quoted(fileName: string): string {
  return fileName ? `“${fileName}”` : 'This file';
}

function notASpreadsheet(fileName: string, what: string): ImportFileError {
  return new ImportFileError(`${quoted(fileName)} is ${what}, not a spreadsheet. ${exportHint}`, 'not-a-spreadsheet');
}

/** "%PDF-1.7" at the start, or after a line break or binary junk (never inside a line of text). */
function isPdfHeader(head: string): boolean {
  const at = head.indexOf('%PDF-');
  if (at < 0) return false;
  const before = head.charCodeAt(at - 1);
  return at === 0 || before < 0x20 || before >= 0x80;
}

/** PDF and the common image formats, by their signatures. */
function documentKind(bytes: Uint8Array): string | null {
  // A PDF may have a few bytes of junk before its header; readers look in the first 1 KB.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  if (isPdfHeader(head)) return 'a PDF document';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'a GIF image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'a WebP image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  // "BM" alone could begin a line of text ("BMW Ltd,…"): a bitmap also has four zero bytes.
  if (startsWith(bytes, ascii('BM')) && bytes.length > 26 && startsWith(bytes, [0, 0, 0, 0], 6)) return 'a BMP image';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'a rich-text (RTF) document';
  return null;
}

function isWhitespace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0b || b === 0x0c;
}

/** 0 bytes, or nothing but a byte-order mark and white space (zero bytes too, for UTF-16). */
function isBlank(bytes: Uint8Array): boolean {
  const bom = byteOrderMark(bytes);
  const wide = bom?.encoding.startsWith('utf-16') ?? false;
  for (let i = bom?.length ?? 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (!isWhitespace(b) && !(wide && b === 0)) return false;
  }
  return true;
}

function zipEntryNames(bytes: Uint8Array, fileName: string): string[] {
  const names: string[] = [];
  try {
    // The filter sees every entry's name and returning false skips decompressing it.
    unzipSync(bytes, { filter: (file) => (names.push(file.name), false) });
  } catch {
    throw new ImportFileError(
      `${quoted(fileName)} is a compressed (ZIP) file that is damaged or incomplete, so it cannot be read. ${exportHint}`,
      'corrupt',
    );
  }
  return names;
}

function zipFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const names = zipEntryNames(bytes, fileName);
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('word/'))) throw notASpreadsheet(fileName, 'a Word document');
  if (names.some((n) => n.startsWith('ppt/'))) throw notASpreadsheet(fileName, 'a PowerPoint presentation');
  const other =
    names.includes('mimetype') && names.includes('content.xml')
      ? { what: 'an OpenDocument file', app: 'LibreOffice or Excel' }
      : names.some((n) => n.startsWith('Index/') && n.endsWith('.iwa'))
        ? { what: 'an Apple Numbers file', app: 'Numbers' }
        : null;
  if (other) {
    throw new ImportFileError(
      `${quoted(fileName)} is ${other.what}. Open it in ${other.app}, save or export it as an Excel workbook (.xlsx) or CSV, and import that copy.`,
      'not-a-spreadsheet',
    );
  }
  throw notASpreadsheet(fileName, 'a compressed (ZIP) file');
}

/** Office files before 2007, and encrypted Office 2007+ files, are OLE2 compound files. */
function compoundFileFormat(bytes: Uint8Array, fileName: string): FileFormat {
  let names: string[];
  try {
    const container = XLSX.CFB.read(bytes, { type: 'array' }) as { FileIndex: { name: string }[] };
    names = container.FileIndex.map((entry) => entry.name);
  } catch {
    throw new ImportFileError(
      `${quoted(fileName)} looks like an Excel 97–2003 workbook but is damaged, so it cannot be read. Open it in Excel and save it again, or export it again.`,
      'corrupt',
    );
  }
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) {
    throw new ImportFileError(
      'This workbook is protected with a password. Open it in Excel, remove the password (or save a copy without one) and import that copy.',
      'password-protected',
    );
  }
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  if (names.includes('WordDocument')) throw notASpreadsheet(fileName, 'a Word document');
  if (names.includes('PowerPoint Document')) throw notASpreadsheet(fileName, 'a PowerPoint presentation');
  throw notASpreadsheet(fileName, 'an Office file of another kind');
}

/** Text with zero bytes or many control characters is a program or data file, not a table. */
function isBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    // Tab, line feed, vertical tab, form feed, carriage return and DOS's end-of-file mark are text.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1a) control++;
  }
  return control > head.length * 0.01;
}

/** The first characters of a text file, for telling an IIF list or a web page from a table. */
function textHead(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  const encoding = bom?.encoding ?? looksLikeUtf16(bytes) ?? 'utf-8';
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 256 * 1024));
  return head.replace(/^\uFEFF/, '').trimStart();
}

function textFormat(bytes: Uint8Array, fileName: string): FileFormat {
  const wide = byteOrderMark(bytes)?.encoding.startsWith('utf-16') || looksLikeUtf16(bytes) !== null;
  if (!wide && isBinary(bytes.subarray(0, 64 * 1024))) throw notASpreadsheet(fileName, 'a program or data file');
  const head = textHead(bytes);
  // QuickBooks Desktop lists start with a header line such as "!HDR" or "!CUST", tab-separated.
  if (/^![A-Z]+\t/.test(head)) return 'iif';
  if (head.startsWith('<')) {
    const lower = head.toLowerCase();
    // Some systems save an HTML table or Excel 2003 XML under the name .xls; SheetJS reads both.
    if (lower.includes('<table') || lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xls';
    throw notASpreadsheet(fileName, 'a web page or XML document');
  }
  return 'delimited';
}

/**
 * Decides the format from the bytes; throws ImportFileError, with a sentence for the user, for
 * an empty file, one over the size limit, a PDF, an image, a Word file, a password-protected or
 * damaged workbook, or binary data. The file name only appears in the messages.
 */
export function sniffFileFormat(bytes: Uint8Array, fileName = ''): FileFormat {
  checkImportFileSize(bytes.length);
  if (isBlank(bytes)) {
    throw new ImportFileError(`${quoted(fileName)} is empty: there is nothing in it to import.`, 'empty');
  }
  const kind = documentKind(bytes);
  if (kind) throw notASpreadsheet(fileName, kind);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipFormat(bytes, fileName);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return compoundFileFormat(bytes, fileName);
  return textFormat(bytes, fileName);
}
