import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/import/model';
import { detectDelimiter, readDelimited } from '../../../../shared/import/read/delimited';

describe('detectDelimiter', () => {
  it('finds comma, semicolon, tab and pipe', () => {
    expect(detectDelimiter('Customer,Invoice,Balance\nAcme,1001,10.00\nBeta,1002,20.00\n')).toBe(',');
    expect(detectDelimiter('Kunde;Rechnung;Saldo\nMüller GmbH;1001;1.234,56\nBeta AG;1002;20,00\n')).toBe(';');
    expect(detectDelimiter('Customer\tInvoice\tBalance\nSmith, John\t1001\t10.00\nBeta, Inc\t1002\t20.00\n')).toBe('\t');
    expect(detectDelimiter('Customer|Invoice|Balance\nAcme, Inc|1001|1,234.56\nBeta|1002|20.00\n')).toBe('|');
  });

  it('ignores delimiters inside quotes and title rows above the table', () => {
    const text = [
      'Acme Books Ltd',
      'A/R Aging Detail',
      '"As of Nov 22, 2026"',
      '',
      'Date;Num;Customer;Open balance',
      '10/01/2026;1001;"Smith; Jones, Partners";"1,234.56"',
      '10/02/2026;1002;"Lee, Ann";"20.00"',
      '10/03/2026;1003;Beta;30.00',
    ].join('\n');
    expect(detectDelimiter(text)).toBe(';');
  });

  it('defaults to comma for a single column', () => {
    expect(detectDelimiter('Customer\nAcme\nBeta\n')).toBe(',');
  });
});

describe('readDelimited', () => {
  it('keeps every record, blank ones too, so rows[N - 1] is row N', () => {
    const { rows, delimiter } = readDelimited('Report\n\nCustomer,Balance\n  Acme  , 10.00 \n,\n\nTOTAL,10.00\n');
    expect(delimiter).toBe(',');
    expect(rows).toEqual([['Report'], [], ['Customer', 'Balance'], ['Acme', '10.00'], [], [], ['TOTAL', '10.00']]);
  });

  it('reads a quoted line break as part of one row: rows are records, as a spreadsheet shows them', () => {
    const text = 'Customer,Address,Balance\r\n"Acme","14 Main St\r\nSuite 2",10.00\r\n"Beta ""B"" Ltd","",20.00\r\n';
    expect(readDelimited(text).rows).toEqual([
      ['Customer', 'Address', 'Balance'],
      ['Acme', '14 Main St\r\nSuite 2', '10.00'],
      ['Beta "B" Ltd', null, '20.00'],
    ]);
  });

  it('reads semicolon files with decimal commas as text, as written', () => {
    const { rows, delimiter } = readDelimited('Kunde;Saldo\nMüller GmbH;1.234,56\nBeta AG;-20,00\n');
    expect(delimiter).toBe(';');
    expect(rows[1]).toEqual(['Müller GmbH', '1.234,56']);
    expect(rows[2]).toEqual(['Beta AG', '-20,00']);
  });

  it('uses a chosen delimiter over the detected one', () => {
    const { rows, delimiter } = readDelimited('a,b;c\n1,2;3\n', ';');
    expect(delimiter).toBe(';');
    expect(rows).toEqual([
      ['a,b', 'c'],
      ['1,2', '3'],
    ]);
  });

  it('ends each row at its last value', () => {
    expect(readDelimited('Acme Books,,,\nCustomer,,Balance,\n').rows).toEqual([['Acme Books'], ['Customer', null, 'Balance']]);
  });

  it('follows Excel\'s "sep=" line and does not count it as a row', () => {
    const { rows, delimiter } = readDelimited('sep=|\r\nCustomer|Note\r\nAcme|a, b; c\r\n');
    expect(delimiter).toBe('|');
    expect(rows).toEqual([
      ['Customer', 'Note'],
      ['Acme', 'a, b; c'],
    ]);
  });

  it('reads old Mac line endings (CR only)', () => {
    expect(readDelimited('Customer,Balance\rAcme,10\rBeta,20\r').rows).toEqual([
      ['Customer', 'Balance'],
      ['Acme', '10'],
      ['Beta', '20'],
    ]);
  });

  it('refuses a quote that never closes, with its row number', () => {
    try {
      readDelimited('Customer,Balance\nAcme,10\n"Beta,20\nGamma,30\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).reason).toBe('corrupt');
      expect((error as ImportFileError).message).toContain('Row 3 opens a quoted value that never closes');
    }
  });
});
