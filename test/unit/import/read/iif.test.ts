import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/import/model';
import { readIif } from '../../../../shared/import/read/iif';
import { iifCustomerList } from './sample-bytes';

describe('readIif', () => {
  it('keeps the !CUST header and CUST lines without the record type; other lines become empty rows', () => {
    const { rows } = readIif(iifCustomerList);
    expect(rows).toEqual([
      [],
      [],
      ['NAME', 'REFNUM', 'BADDR1', 'BADDR2', 'PHONE1', 'EMAIL', 'CONT1', 'TERMS'],
      ['Café Lumière', '12', 'Café Lumière', '14 Rue Verte', '(415) 555-0134', 'billing@lumiere.example', 'Anne Roux', 'Net 30'],
      ['Smith, John:Kitchen remodel', '13', 'John Smith', null, '555-010-2233', null, 'John Smith', 'Net 15'],
      [],
      [],
    ]);
  });

  it('refuses an IIF file without a customer list', () => {
    const transactions = [
      '!TRNS\tTRNSTYPE\tDATE\tNAME\tAMOUNT',
      '!SPL\tTRNSTYPE\tAMOUNT',
      '!ENDTRNS',
      'TRNS\tINVOICE\t11/01/2026\tAcme\t10.00',
      'ENDTRNS',
    ].join('\n');
    for (const text of [transactions, '!CUST\tNAME\tEMAIL\n']) {
      try {
        readIif(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ImportFileError);
        expect((error as ImportFileError).reason).toBe('no-rows');
        expect((error as ImportFileError).message).toMatch(/^This IIF file has no customer list \(CUST records\)\./);
      }
    }
  });
});
