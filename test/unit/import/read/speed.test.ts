// Reading speed on 100,000-row files generated here (a workbook that size is not committed). The
// limits are loose, for a shared and busy 2-core box; the figures are printed for the record.
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import { largeAgingCsv, largeAgingRow, largeAgingXlsx } from './large-files';
import { utf8 } from './sample-bytes';

const rowCount = 100_000;

function timed<T>(run: () => T): { value: T; wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000) };
}

describe('reading 100,000 rows', () => {
  it('reads a 100,000-row workbook in seconds', () => {
    const bytes = largeAgingXlsx(rowCount);
    const { value: grid, wallMs, cpuMs } = timed(() => readImportFile(bytes, 'aging.xlsx'));
    console.info(`read a ${rowCount}-row xlsx (${(bytes.length / 1e6).toFixed(1)} MB) in ${wallMs} ms (CPU ${cpuMs} ms)`);
    const last = largeAgingRow(rowCount - 1);
    expect(grid.rows).toHaveLength(rowCount + 1);
    expect(grid.rows[rowCount]).toEqual([last.customer, last.account, last.number, { date: '2026-03-18' }, { date: '2026-04-17' }, last.amount, last.balance]);
    expect(wallMs).toBeLessThan(30_000);
  }, 120_000);

  it('reads a 100,000-row CSV in a fraction of that', () => {
    const bytes = utf8(largeAgingCsv(rowCount));
    const { value: grid, wallMs, cpuMs } = timed(() => readImportFile(bytes, 'aging.csv'));
    console.info(`read a ${rowCount}-row CSV (${(bytes.length / 1e6).toFixed(1)} MB) in ${wallMs} ms (CPU ${cpuMs} ms)`);
    expect(grid.rows).toHaveLength(rowCount + 1);
    expect(grid.rows[rowCount]).toEqual(['Customer 9999, Ltd', 'C-9999', 'INV-199999', '11/12/2026', '12/12/2026', '1,299.25', '699']);
    expect(wallMs).toBeLessThan(10_000);
  }, 60_000);
});
