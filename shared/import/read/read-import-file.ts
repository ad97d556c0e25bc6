// The one entry point of the read stage: a file's bytes → a Grid, or an ImportFileError whose
// message is shown to the user as it is.
import { type Cell, type Grid, ImportFileError, type ReadOptions } from '../model';
import { decodeText } from './decode-text';
import { readDelimited } from './delimited';
import { readIif } from './iif';
import { checkImportFileSize } from './size-limit';
import { sniffFileFormat } from './sniff';
import { readWorkbook } from './workbook';

function hasValues(rows: Cell[][]): boolean {
  return rows.some((row) => row.some((cell) => cell !== null));
}

function readByFormat(bytes: Uint8Array, fileName: string, options: ReadOptions): Grid {
  const format = sniffFileFormat(bytes, fileName);
  if (format === 'xlsx' || format === 'xls') {
    const { rows, sheetNames, sheet } = readWorkbook(bytes, options.sheet);
    if (!hasValues(rows)) {
      const where =
        options.sheet !== undefined && sheetNames.length > 1
          ? `The sheet “${sheet}” is empty.`
          : sheetNames.length > 1
            ? 'Every sheet of this workbook is empty.'
            : 'This workbook is empty.';
      throw new ImportFileError(`${where} There is nothing in it to import.`, 'no-rows');
    }
    return { format, rows, sheetNames, sheet };
  }
  const { text, encoding, encodingReason } = decodeText(bytes, options.encoding);
  if (format === 'iif') return { format, rows: readIif(text).rows, encoding, encodingReason, delimiter: '\t' };
  const { rows, delimiter } = readDelimited(text, options.delimiter);
  if (!hasValues(rows)) {
    throw new ImportFileError('Every row of this file is empty: there is nothing in it to import.', 'no-rows');
  }
  return { format, rows, encoding, encodingReason, delimiter };
}

/**
 * Reads a file for import: refuses it when it is too large, empty, not a spreadsheet, protected
 * or damaged; else decodes and splits it (text) or opens the sheet (workbook). `options` carry
 * what the user chose when reading again: encoding, delimiter, sheet.
 */
export function readImportFile(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Grid {
  checkImportFileSize(bytes.length);
  return readByFormat(bytes, fileName, options);
}
