import { describe, expect, it } from 'vitest';
import { findReportTable } from '../../../../shared/import/layout/find-report-table';
import { ImportFileError } from '../../../../shared/import/model';
import { gridOf } from './grid-of';
import { qbdOpenInvoicesCsv, qboAgingCsv, xeroInvoicesCsv } from './samples';

const skipsOf = (table: ReturnType<typeof findReportTable>, kind: string) =>
  table.layoutSkips.filter((s) => s.kind === kind).map((s) => s.rowNumber);

describe('findReportTable', () => {
  it('reads a QuickBooks Online aging report: titles, sections, subtotals, grand total and footer', () => {
    const table = findReportTable(gridOf(qboAgingCsv));
    expect(table.headerRowNumber).toBe(5);
    expect(table.headers).toEqual(['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance']);
    expect(table.titleLines).toEqual(['Harbor Light Bookkeeping', 'A/R Aging Detail', 'As of November 24, 2026']);
    expect(skipsOf(table, 'title')).toEqual([1, 2, 3]);
    expect(skipsOf(table, 'section')).toEqual([6, 10, 14]);
    expect(skipsOf(table, 'footer')).toEqual([21]);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([7, 8, 11, 12, 15, 16]);
    expect(table.rows[2]).toMatchObject({ rowNumber: 11, section: '1 - 30 days past due' });
    expect(table.rows[0]!.group).toBeUndefined();
    expect(table.totals.map((t) => [t.rowNumber, t.label, t.grand])).toEqual([
      [9, 'Total for Current', false],
      [13, 'Total for 1 - 30 days past due', false],
      [17, 'Total for 91 or more days past due', false],
      [18, 'TOTAL', true],
    ]);
  });

  it('reads a QuickBooks Desktop grouped report: customer and job groups, repeated header after a page break', () => {
    const table = findReportTable(gridOf(qbdOpenInvoicesCsv));
    expect(table.headerRowNumber).toBe(1);
    expect(table.headers.slice(0, 3)).toEqual(['', '', 'Type']);
    expect(skipsOf(table, 'group')).toEqual([2, 6, 7, 12]);
    expect(skipsOf(table, 'repeated-header')).toEqual([11]);
    expect(table.rows.map((r) => [r.rowNumber, r.group])).toEqual([
      [3, 'Acme Ltd'],
      [4, 'Acme Ltd'],
      [8, 'Baker & Sons:Kitchen remodel'],
      [13, 'Delta Freight'],
      [14, 'Delta Freight'],
    ]);
    expect(table.totals.filter((t) => t.grand).map((t) => t.rowNumber)).toEqual([16]);
    expect(table.totals).toHaveLength(5);
  });

  it('reads a plain export with the header in row 1 and no totals', () => {
    const table = findReportTable(gridOf(xeroInvoicesCsv));
    expect(table.headerRowNumber).toBe(1);
    expect(table.rows).toHaveLength(5);
    expect(table.totals).toEqual([]);
    expect(table.titleLines).toEqual([]);
  });

  it('finds a header of unknown names by its width, and keeps a lone name in a named column as data', () => {
    const table = findReportTable(gridOf(`Owed money\n\nWho,Ref,When,How much\nAcme,7,2026-01-05,10.00\nBeta,,,\n`));
    expect(table.headerRowNumber).toBe(3);
    expect(table.titleLines).toEqual(['Owed money']);
    expect(table.rows.map((r) => r.rowNumber)).toEqual([4, 5]);
    expect(skipsOf(table, 'blank')).toEqual([2]);
  });

  it('does not take a customer whose name starts with "Total" for a total row', () => {
    const table = findReportTable(
      gridOf(`Customer,Invoice No,Date,Amount\nTotally Fit Gym,1,2026-01-05,10.00\nTotal Care Ltd,2,2026-01-06,20.00\nTotal,,,30.00\n`),
    );
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(table.totals).toEqual([expect.objectContaining({ rowNumber: 4, grand: true })]);
  });

  it('refuses files with no headings or no data with the reason', () => {
    expect(() => findReportTable(gridOf('1,2,3\n4,5,6\n'))).toThrow(ImportFileError);
    expect(() => findReportTable(gridOf('Customer,Amount\n'))).toThrow(/no rows of data/);
    const thrown = (() => {
      try {
        findReportTable(gridOf('12.00,2026-01-01\n'));
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ImportFileError);
    expect((thrown as ImportFileError).reason).toBe('no-columns');
  });
});

describe('findReportTable: footers after the total', () => {
  it('takes a lone line after the last total for the footer, so the total is the grand total', () => {
    const csv =
      'Date: 30/11/2026,,Tenby Ltd,,\nA/C,Name,Type,Ref,Balance\nBRAS,Brasserie,SI,INV1,10.00\n,,,Totals:,10.00\n,,,,\nPrinted by the accounts team,,,,\n';
    const table = findReportTable(gridOf(csv));
    expect(table.rows.map((r) => r.rowNumber)).toEqual([3]);
    expect(table.totals).toEqual([expect.objectContaining({ rowNumber: 4, label: 'Totals:', grand: true })]);
    expect(skipsOf(table, 'footer')).toEqual([6]);
  });
});
