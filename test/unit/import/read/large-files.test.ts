// Large generated files (a workbook that size is not committed) read row for row. Speed is
// measured by `npm run bench` on 100,000 rows, never asserted here.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import { largeAgingCsv, largeAgingRow, largeAgingXlsx } from './large-files';
import { utf8 } from './sample-bytes';

const rowCount = 10_000;

/** A 1900-system serial as a calendar date (worked out here, not by the reader under test). */
function serialDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

describe('reading 10,000 rows', () => {
  it('reads every row of a large workbook, dates as dates', () => {
    const bytes = largeAgingXlsx(rowCount);
    const grid = readImportFile(bytes, 'aging.xlsx');
    const last = largeAgingRow(rowCount - 1);
    expect(grid.rows).toHaveLength(rowCount + 1);
    expect(grid.rows[rowCount]).toEqual([
      last.customer,
      last.account,
      last.number,
      { date: serialDate(last.dateSerial) },
      { date: serialDate(last.dueSerial) },
      last.amount,
      last.balance,
    ]);
  }, 120_000);

  it('reads every row of a large CSV', () => {
    const bytes = utf8(largeAgingCsv(rowCount));
    const grid = readImportFile(bytes, 'aging.csv');
    expect(grid.rows).toHaveLength(rowCount + 1);
    const last = largeAgingRow(rowCount - 1);
    const day = ((rowCount - 1) % 28) + 1;
    expect(grid.rows[rowCount]).toEqual([
      `${last.customer}, Ltd`,
      last.account,
      last.number,
      `11/${day}/2026`,
      `12/${day}/2026`,
      last.amount.toLocaleString('en-US'),
      String(last.balance),
    ]);
  }, 60_000);
});
