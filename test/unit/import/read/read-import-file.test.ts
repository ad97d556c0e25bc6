import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/import/model';
import { readImportFile } from '../../../../shared/import/read/read-import-file';
import {
  dateCell,
  encryptedWorkbookBytes,
  iifCustomerList,
  pdfBytes,
  serial1900,
  utf16,
  utf8,
  windows1252,
  xlsBytes,
  xlsxBytes,
} from './sample-bytes';

function refusal(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected an ImportFileError');
}

describe('readImportFile', () => {
  it('reads a Windows-1252 semicolon file, saying how encoding and delimiter were decided', () => {
    const grid = readImportFile(windows1252('Client;Facture;Solde\r\nCafé Lumière;F-1001;1.234,56\r\n'), 'soldes.csv');
    expect(grid).toEqual({
      format: 'delimited',
      rows: [
        ['Client', 'Facture', 'Solde'],
        ['Café Lumière', 'F-1001', '1.234,56'],
      ],
      encoding: 'windows-1252',
      encodingReason: 'fallback',
      delimiter: ';',
    });
  });

  it('reads Excel\'s UTF-16 "Unicode Text" (tab-separated, with a byte-order mark)', () => {
    const grid = readImportFile(utf16('Customer\tBalance\r\nNaïve Crêperie\t10.00\r\n', 'le'), 'aging.txt');
    expect(grid).toMatchObject({ format: 'delimited', encoding: 'utf-16le', encodingReason: 'bom', delimiter: '\t' });
    expect(grid.rows).toEqual([
      ['Customer', 'Balance'],
      ['Naïve Crêperie', '10.00'],
    ]);
  });

  it('reads again with what the user chose', () => {
    const bytes = utf8('a|b,c\n1|2,3\n');
    expect(readImportFile(bytes, 'x.csv').delimiter).toBe(',');
    const grid = readImportFile(bytes, 'x.csv', { delimiter: '|', encoding: 'windows-1252' });
    expect(grid).toMatchObject({ delimiter: '|', encoding: 'windows-1252', encodingReason: 'chosen' });
    expect(grid.rows).toEqual([
      ['a', 'b,c'],
      ['1', '2,3'],
    ]);
  });

  it('reads a workbook with its sheet names, and another sheet when asked', () => {
    const bytes = xlsxBytes({ sheets: { Aging: [['Due'], [dateCell(serial1900('2026-11-22'))]], Contacts: [['Name'], ['Ann']] } });
    expect(readImportFile(bytes, 'aging.xlsx')).toEqual({
      format: 'xlsx',
      rows: [['Due'], [{ date: '2026-11-22' }]],
      sheetNames: ['Aging', 'Contacts'],
      sheet: 'Aging',
    });
    expect(readImportFile(bytes, 'aging.xlsx', { sheet: 'Contacts' }).rows).toEqual([['Name'], ['Ann']]);
    expect(readImportFile(xlsBytes({ sheets: { Aging: [['Balance'], [10]] } }), 'aging.xls')).toMatchObject({
      format: 'xls',
      rows: [['Balance'], [10]],
    });
  });

  it('reads an HTML table saved as .xls, keeping its text as written (no silent date guess)', () => {
    const html =
      '<html><body><table><tr><td>Customer</td><td>Due</td><td>Balance</td></tr><tr><td>Acme</td><td>01/02/2026</td><td>1,234.50</td></tr></table></body></html>';
    expect(readImportFile(utf8(html), 'aging.xls')).toMatchObject({
      format: 'xls',
      rows: [
        ['Customer', 'Due', 'Balance'],
        ['Acme', '01/02/2026', '1,234.50'],
      ],
    });
  });

  it('reads an Excel 2003 XML spreadsheet saved as .xls', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
      '<Worksheet ss:Name="Aging"><Table>',
      '<Row><Cell><Data ss:Type="String">Customer</Data></Cell><Cell><Data ss:Type="String">Balance</Data></Cell></Row>',
      '<Row><Cell><Data ss:Type="String">Acme</Data></Cell><Cell><Data ss:Type="Number">10.5</Data></Cell></Row>',
      '</Table></Worksheet></Workbook>',
    ].join('\n');
    expect(readImportFile(utf8(xml), 'aging.xls')).toMatchObject({
      format: 'xls',
      sheet: 'Aging',
      rows: [
        ['Customer', 'Balance'],
        ['Acme', 10.5],
      ],
    });
  });

  it('reads a QuickBooks Desktop IIF customer list', () => {
    const grid = readImportFile(windows1252(iifCustomerList), 'customers.iif');
    expect(grid).toMatchObject({ format: 'iif', encoding: 'windows-1252', delimiter: '\t' });
    expect(grid.rows[3]?.[0]).toBe('Café Lumière');
  });

  it('refuses files that cannot be imported, with the reason', () => {
    expect(refusal(() => readImportFile(new Uint8Array(0), 'aging.csv')).reason).toBe('empty');
    expect(refusal(() => readImportFile(pdfBytes(), 'aging.csv')).reason).toBe('not-a-spreadsheet');
    expect(refusal(() => readImportFile(encryptedWorkbookBytes(), 'aging.xlsx')).reason).toBe('password-protected');
    expect(refusal(() => readImportFile(utf8(',,,\n , \n\n'), 'aging.csv'))).toMatchObject({
      reason: 'no-rows',
      message: 'Every row of this file is empty: there is nothing in it to import.',
    });
    expect(refusal(() => readImportFile(xlsxBytes({ sheets: { Sheet1: [] } }), 'aging.xlsx'))).toMatchObject({
      reason: 'no-rows',
      message: 'This workbook is empty. There is nothing in it to import.',
    });
    expect(refusal(() => readImportFile(xlsxBytes({ sheets: { A: [['x']], B: [] } }), 'a.xlsx', { sheet: 'B' })).message).toBe(
      'The sheet “B” is empty. There is nothing in it to import.',
    );
    expect(refusal(() => readImportFile(xlsxBytes({ sheets: { A: [], B: [] } }), 'a.xlsx')).message).toBe(
      'Every sheet of this workbook is empty. There is nothing in it to import.',
    );
  });
});
