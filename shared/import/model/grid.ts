// The file as read, before anything is known about its layout (the read stage's output).
import type { CalendarDate } from '../../dates/calendar';

/** A real date cell from a workbook (not text that looks like a date). */
export interface DateCell {
  date: CalendarDate;
}

/** One cell: text as written in the file, a number from a workbook, a workbook date, or empty. */
export type Cell = string | number | DateCell | null;

export type TextEncodingName = 'utf-8' | 'windows-1252' | 'macintosh' | 'utf-16le' | 'utf-16be';
export type Delimiter = ',' | ';' | '\t' | '|';

export type FileFormat = 'delimited' | 'xlsx' | 'xls' | 'iif';

/** A file's rows of cells, as read, before anything is known about its layout. */
export interface Grid {
  format: FileFormat;
  rows: Cell[][];
  /** For text files: what was decided (the user may change it and read again). */
  encoding?: TextEncodingName;
  /** How the encoding was decided: a byte-order mark, valid UTF-8, or the fallback. */
  encodingReason?: 'bom' | 'utf-8' | 'fallback' | 'chosen';
  delimiter?: Delimiter;
  /** For workbooks: every sheet's name, and the one read. */
  sheetNames?: string[];
  sheet?: string;
}

/** What the user may choose when reading a file again. */
export interface ReadOptions {
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  sheet?: string;
}

/** Why a file cannot be imported at all: shown to the user as it is. */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    message: string,
    readonly reason: 'empty' | 'too-large' | 'not-a-spreadsheet' | 'password-protected' | 'corrupt' | 'no-columns' | 'no-rows',
  ) {
    super(message);
  }
}
