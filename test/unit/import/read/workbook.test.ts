import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/import/model';
import { excelSerialToDate } from '../../../../shared/import/read/excel-dates';
import { readWorkbook } from '../../../../shared/import/read/workbook';
import { dateCell, serial1900, xlsBytes, xlsxBytes } from './sample-bytes';

describe('excelSerialToDate', () => {
  it('converts serials in the 1900 system, around Lotus’s phantom leap day', () => {
    expect(excelSerialToDate(1, false)).toBe('1900-01-01');
    expect(excelSerialToDate(59, false)).toBe('1900-02-28');
    expect(excelSerialToDate(60, false)).toBeNull(); // 1900-02-29 never existed
    expect(excelSerialToDate(61, false)).toBe('1900-03-01');
    expect(excelSerialToDate(46348, false)).toBe('2026-11-22');
    expect(excelSerialToDate(0, false)).toBeNull();
  });

  it('converts serials in the 1904 system', () => {
    expect(excelSerialToDate(0, true)).toBe('1904-01-01');
    expect(excelSerialToDate(46348 - 1462, true)).toBe('2026-11-22');
  });

  it('ignores the time of day, rounding to the second as Excel does', () => {
    expect(excelSerialToDate(46348.99, false)).toBe('2026-11-22');
    expect(excelSerialToDate(46348.999999999, false)).toBe('2026-11-23');
  });
});

describe('readWorkbook', () => {
  const aging = [
    ['Customer', 'Invoice date', 'Due date', 'Open balance', 'Memo'],
    ['  Café Lumière ', dateCell(serial1900('2026-10-01')), dateCell(serial1900('2026-10-31'), 'yyyy-mm-dd'), 1234.56, ''],
    ['Beta Ltd', dateCell(serial1900('2026-02-28') + 0.75, 'd-mmm-yy h:mm'), '31/10/2026', -250, null],
    [null, '', 7],
  ];

  it('reads numbers as numbers, real dates as calendar dates, text trimmed, blanks as null; a row ends at its last value', () => {
    const read = readWorkbook(xlsxBytes({ sheets: { Aging: aging } }));
    expect(read.sheetNames).toEqual(['Aging']);
    expect(read.sheet).toBe('Aging');
    expect(read.rows).toEqual([
      ['Customer', 'Invoice date', 'Due date', 'Open balance', 'Memo'],
      ['Café Lumière', { date: '2026-10-01' }, { date: '2026-10-31' }, 1234.56],
      ['Beta Ltd', { date: '2026-02-28' }, '31/10/2026', -250],
      [null, null, 7],
    ]);
  });

  it('reads dates of a 1904-system workbook as the dates Excel shows', () => {
    const rows = [['Due date'], [dateCell(serial1900('2026-11-22') - 1462)]];
    expect(readWorkbook(xlsxBytes({ sheets: { S: rows }, date1904: true })).rows[1]).toEqual([{ date: '2026-11-22' }]);
    // The same serial in a 1900-system workbook is four years and a day earlier.
    expect(readWorkbook(xlsxBytes({ sheets: { S: rows } })).rows[1]).toEqual([{ date: '2022-11-21' }]);
  });

  it('keeps a number shown as a plain number, and a time of day alone, as numbers', () => {
    const rows = [
      ['Amount', 'Time'],
      [45000, dateCell(0.5, 'h:mm')],
    ];
    expect(readWorkbook(xlsxBytes({ sheets: { S: rows } })).rows[1]).toEqual([45000, 0.5]);
  });

  it('keeps an error cell as its text, so the row can be skipped with a reason later', () => {
    const rows = [['Balance'], [{ t: 'e', v: 0x2a } as const], [{ t: 'b', v: true } as const]];
    expect(readWorkbook(xlsxBytes({ sheets: { S: rows } })).rows.slice(1)).toEqual([['#N/A'], ['TRUE']]);
  });

  it('keeps row and column numbers matching the sheet when the data starts lower down', () => {
    const { rows } = readWorkbook(xlsxBytes({ sheets: { S: [['Acme Books'], [], ['Customer', 'Balance'], ['Acme', 10]] }, origin: 'B3' }));
    expect(rows).toEqual([[], [], [null, 'Acme Books'], [], [null, 'Customer', 'Balance'], [null, 'Acme', 10]]);
  });

  it('reads the first visible sheet that has data, or the one asked for, and lists them all', () => {
    const bytes = xlsxBytes({
      sheets: { Notes: [], Hidden: [['Secret']], Aging: [['Customer'], ['Acme']], Contacts: [['Name'], ['Ann']] },
      hidden: ['Hidden'],
    });
    const first = readWorkbook(bytes);
    expect(first.sheetNames).toEqual(['Notes', 'Hidden', 'Aging', 'Contacts']);
    expect(first.sheet).toBe('Aging');
    expect(readWorkbook(bytes, 'Contacts').rows).toEqual([['Name'], ['Ann']]);
    expect(() => readWorkbook(bytes, 'Invoices')).toThrow('This workbook has no sheet named “Invoices”.');
  });

  it('reads Excel 97–2003 workbooks, dates included', () => {
    const read = readWorkbook(xlsBytes({ sheets: { Aging: aging } }));
    expect(read.rows[1]).toEqual(['Café Lumière', { date: '2026-10-01' }, { date: '2026-10-31' }, 1234.56]);
  });

  it('says a damaged workbook cannot be read', () => {
    const bytes = xlsxBytes({ sheets: { S: [['a']] } }).slice(0, 300);
    try {
      readWorkbook(bytes);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).reason).toBe('corrupt');
    }
  });
});
