import { describe, expect, it } from 'vitest';
import { parseAmountCell } from '../../../../shared/import/cells/amounts';
import { detectDateOrder, isOrderDependent, parseDateCell } from '../../../../shared/import/cells/dates';
import { customerKeyOf, normaliseName, splitCustomerJob } from '../../../../shared/import/cells/names';
import { splitPhoneCell } from '../../../../shared/import/cells/phones';
import { splitAddressCell } from '../../../../shared/import/cells/address';

describe('parseAmountCell', () => {
  const usd = (cell: Parameters<typeof parseAmountCell>[0]) => parseAmountCell(cell, 'USD');

  it('reads both decimal conventions, deciding the separator per value', () => {
    expect(usd('1,234.56')).toEqual({ minor: 123456 });
    expect(usd('1.234,56')).toEqual({ minor: 123456 });
    expect(usd('1 234,56')).toEqual({ minor: 123456 });
    expect(usd('1\u00a0234,56')).toEqual({ minor: 123456 });
    expect(usd("1'234.56")).toEqual({ minor: 123456 });
    expect(usd('1,234')).toEqual({ minor: 123400 });
    expect(usd('1.234')).toEqual({ minor: 123400 });
    expect(usd('1,234,567.8')).toEqual({ minor: 123456780 });
    expect(usd('12,5')).toEqual({ minor: 1250 });
    expect(usd('250')).toEqual({ minor: 25000 });
    expect(usd('.75')).toEqual({ minor: 75 });
  });

  it('reads the negative forms and credits', () => {
    expect(usd('(250.00)')).toEqual({ minor: -25000 });
    expect(usd('-250.00')).toEqual({ minor: -25000 });
    expect(usd('250.00-')).toEqual({ minor: -25000 });
    expect(usd('250.00 CR')).toEqual({ minor: -25000 });
    expect(usd('250.00 DR')).toEqual({ minor: 25000 });
    expect(usd('−250.00')).toEqual({ minor: -25000 });
    expect(usd('$-250.00')).toEqual({ minor: -25000, currency: 'USD' });
    expect(usd('-$250.00')).toEqual({ minor: -25000, currency: 'USD' });
    expect(usd('($1,250.00)')).toEqual({ minor: -125000, currency: 'USD' });
  });

  it('takes the currency a symbol or an ISO code names; the code wins', () => {
    expect(usd('£99.50')).toEqual({ minor: 9950, currency: 'GBP' });
    expect(usd('€1.234,56')).toEqual({ minor: 123456, currency: 'EUR' });
    expect(usd('12,00 €')).toEqual({ minor: 1200, currency: 'EUR' });
    expect(usd('USD 12.00')).toEqual({ minor: 1200, currency: 'USD' });
    expect(usd('12.00 NZD')).toEqual({ minor: 1200, currency: 'NZD' });
    expect(parseAmountCell('$40.00', 'CAD')).toEqual({ minor: 4000, currency: 'CAD' });
    expect(parseAmountCell('$40.00', 'GBP')).toEqual({ minor: 4000, currency: 'USD' });
    expect(parseAmountCell('A$40.00', 'USD')).toEqual({ minor: 4000, currency: 'AUD' });
    expect(parseAmountCell('CAD $40.00', 'USD')).toEqual({ minor: 4000, currency: 'CAD' });
  });

  it('uses the currency decimals: none for yen, three for dinars', () => {
    expect(parseAmountCell('¥1,234', 'USD')).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseAmountCell('1,234', 'JPY')).toEqual({ minor: 1234 });
    expect(parseAmountCell('12.5', 'KWD')).toEqual({ minor: 12500 });
    expect(parseAmountCell('12.50', 'JPY')).toHaveProperty('error');
  });

  it('reads thousands grouped by commas the same with or without decimals, within the currency decimals', () => {
    expect(usd('1,234.56')).toEqual({ minor: 123456 });
    expect(usd('12,345,678.9')).toEqual({ minor: 1234567890 });
    expect(usd('0,123.45')).toEqual({ minor: 12345 });
    expect(usd('1,234,567,890,123.45')).toEqual({ minor: 123456789012345 });
    // Past what a double holds exactly, or more than 15 whole digits, is no invoice amount.
    expect(usd('123,456,789,012,345.67')).toHaveProperty('error');
    expect(usd('1,234,567,890,123,456.00')).toHaveProperty('error');
    // More decimals than the currency has is not an amount; without a point, three digits after a
    // comma are decimals only in a currency of three decimals.
    expect(usd('1,234.567')).toHaveProperty('error');
    expect(parseAmountCell('1,234.5', 'JPY')).toHaveProperty('error');
    expect(parseAmountCell('1,234', 'KWD')).toEqual({ minor: 1234 });
    expect(parseAmountCell('1,234.5', 'KWD')).toEqual({ minor: 1234500 });
    expect(usd('1,23.45')).toHaveProperty('error');
    expect(usd('1,234,56.00')).toHaveProperty('error');
  });

  it('treats blanks as no value and rejects what is not an amount with a sentence quoting it', () => {
    expect(usd('')).toBeNull();
    expect(usd('   ')).toBeNull();
    expect(usd(null)).toBeNull();
    expect(usd(undefined)).toBeNull();
    expect(usd('12.3.4')).toEqual({ error: '“12.3.4” is not an amount.' });
    expect(usd('1,234.567')).toHaveProperty('error');
    expect(usd('abc')).toHaveProperty('error');
    expect(usd('1,23,4')).toHaveProperty('error');
    expect(usd({ date: '2026-11-22' })).toHaveProperty('error');
  });

  it('rounds workbook numbers at the currency decimals without float drift', () => {
    expect(usd(1234.56)).toEqual({ minor: 123456 });
    expect(usd(1.005)).toEqual({ minor: 101 });
    expect(usd(0.1 + 0.2)).toEqual({ minor: 30 });
    expect(usd(-250)).toEqual({ minor: -25000 });
    expect(usd(2.675)).toEqual({ minor: 268 });
    expect(usd(1e-7)).toEqual({ minor: 0 });
    expect(parseAmountCell(1234.5, 'JPY')).toEqual({ minor: 1235 });
    expect(usd(Number.NaN)).toHaveProperty('error');
  });
});

describe('dates', () => {
  it('decides the order from the whole column', () => {
    expect(detectDateOrder(['03/04/2026', '25/04/2026', '01/02/2026'])).toBe('dmy');
    expect(detectDateOrder(['03/04/2026', '04/25/2026'])).toBe('mdy');
    expect(detectDateOrder(['03/04/2026', '05/06/2026'])).toBe('ambiguous');
    expect(detectDateOrder(['05/05/2026', '2026-11-22', 'Nov 22, 2026', 46000, { date: '2026-01-01' }, null])).toBe('none-needed');
    // Conflicting evidence: the order more rows prove wins; the other rows will not read.
    expect(detectDateOrder(['13/04/2026', '25/04/2026', '04/30/2026'])).toBe('dmy');
    expect(detectDateOrder(['13/04/2026', '04/30/2026'])).toBe('ambiguous');
    expect(isOrderDependent('03/04/2026')).toBe(true);
    expect(isOrderDependent('13/04/2026')).toBe(false);
  });

  it('reads numeric dates in the order given, with two-digit years pivoting at 70', () => {
    expect(parseDateCell('11/22/2026', 'mdy')).toBe('2026-11-22');
    expect(parseDateCell('22/11/2026', 'dmy')).toBe('2026-11-22');
    expect(parseDateCell('22.11.2026', 'dmy')).toBe('2026-11-22');
    expect(parseDateCell('03/04/26', 'dmy')).toBe('2026-04-03');
    expect(parseDateCell('03/04/69', 'mdy')).toBe('2069-03-04');
    expect(parseDateCell('03/04/70', 'mdy')).toBe('1970-03-04');
    expect(parseDateCell('11/22/2026 10:15 AM', 'mdy')).toBe('2026-11-22');
    // Unambiguous values need no order; ambiguous ones never get a silent guess.
    expect(parseDateCell('22/11/2026')).toBe('2026-11-22');
    expect(parseDateCell('11/22/2026')).toBe('2026-11-22');
    expect(parseDateCell('03/04/2026')).toHaveProperty('error', '“03/04/2026” could be day first or month first; choose the date order.');
  });

  it('reads ISO, month names, serials and workbook dates', () => {
    expect(parseDateCell('2026-11-22')).toBe('2026-11-22');
    expect(parseDateCell('2026-11-22T00:00:00')).toBe('2026-11-22');
    expect(parseDateCell('2026/11/22')).toBe('2026-11-22');
    expect(parseDateCell('20261122')).toBe('2026-11-22');
    expect(parseDateCell('20261322')).toHaveProperty('error');
    expect(parseDateCell('Nov 22, 2026')).toBe('2026-11-22');
    expect(parseDateCell('November 22, 2026')).toBe('2026-11-22');
    expect(parseDateCell('22 Nov 2026')).toBe('2026-11-22');
    expect(parseDateCell('22-Nov-2026')).toBe('2026-11-22');
    expect(parseDateCell('22-Nov-26')).toBe('2026-11-22');
    expect(parseDateCell('Sept 3, 2026')).toBe('2026-09-03');
    expect(parseDateCell('Tue, Nov 24, 2026')).toBe('2026-11-24');
    expect(parseDateCell(46348)).toBe('2026-11-22');
    expect(parseDateCell('46348')).toBe('2026-11-22');
    expect(parseDateCell(46348.75)).toBe('2026-11-22');
    expect(parseDateCell({ date: '2026-11-22' })).toBe('2026-11-22');
    expect(parseDateCell('')).toBeNull();
    expect(parseDateCell(null)).toBeNull();
  });

  it('refuses impossible dates and non-dates with a sentence quoting the value', () => {
    expect(parseDateCell('31/02/2026', 'dmy')).toEqual({ error: '“31/02/2026” is not a real date.' });
    expect(parseDateCell('2026-02-30')).toEqual({ error: '“2026-02-30” is not a real date.' });
    expect(parseDateCell('Feb 30, 2026')).toEqual({ error: '“Feb 30, 2026” is not a real date.' });
    expect(parseDateCell('13/13/2026')).toHaveProperty('error');
    expect(parseDateCell('soon')).toEqual({ error: '“soon” is not a date.' });
    expect(parseDateCell(12)).toHaveProperty('error');
    expect(parseDateCell('Novel 22, 2026')).toHaveProperty('error');
  });
});

describe('names and phones', () => {
  it('splits QuickBooks Customer:Job at the first colon', () => {
    expect(splitCustomerJob('Acme:Job 1:Phase 2')).toEqual({ customer: 'Acme', job: 'Job 1:Phase 2' });
    expect(splitCustomerJob(' Acme Ltd : Kitchen ')).toEqual({ customer: 'Acme Ltd', job: 'Kitchen' });
    expect(splitCustomerJob('Acme Ltd')).toEqual({ customer: 'Acme Ltd', job: '' });
  });

  it('normalises names conservatively and keys customers by account number first', () => {
    expect(normaliseName('  ACME   Ltd. ')).toBe('acme ltd');
    expect(normaliseName('Smith & Sons')).toBe(normaliseName('Smith and Sons'));
    expect(normaliseName("O'Brien-Hall, Inc.")).toBe('obrien hall inc');
    expect(normaliseName('Acme Inc')).not.toBe(normaliseName('Acme LLC'));
    expect(normaliseName('Café Zoë')).toBe('café zoë');
    expect(customerKeyOf(' C-104 ', 'Acme')).toBe('acct:c-104');
    expect(customerKeyOf('', 'Acme Ltd.')).toBe('name:acme ltd');
  });

  it('splits labelled phone cells into typed numbers', () => {
    expect(splitPhoneCell('Phone: (415) 555-0134 Mobile: 555-010-2233')).toEqual([
      { label: 'office', number: '(415) 555-0134' },
      { label: 'mobile', number: '555-010-2233' },
    ]);
    expect(splitPhoneCell('Phone: 020 7946 0321 Fax: 020 7946 0322')).toEqual([
      { label: 'office', number: '020 7946 0321' },
      { label: 'fax', number: '020 7946 0322' },
    ]);
    expect(splitPhoneCell('Mobile: 07700 900123')).toEqual([{ label: 'mobile', number: '07700 900123' }]);
    expect(splitPhoneCell('415-555-0134; 415-555-0199 / 415 555 0100\n(415) 555-0111')).toHaveLength(4);
    expect(splitPhoneCell('415-555-0134', 'mobile')).toEqual([{ label: 'mobile', number: '415-555-0134' }]);
    expect(splitPhoneCell('Tel: 555-0134 x12, Cell: 555-0199, Home: n/a')).toEqual([
      { label: 'office', number: '555-0134 x12' },
      { label: 'mobile', number: '555-0199' },
    ]);
    expect(splitPhoneCell('Phone: 555-0134 Phone: 555 0134')).toHaveLength(1);
    expect(splitPhoneCell('')).toEqual([]);
  });
});

describe('splitAddressCell', () => {
  it('splits a whole address cell and reads a US or Canadian last line', () => {
    expect(splitAddressCell('1420 Bryant St\nSan Francisco, CA 94103')).toEqual({
      line1: '1420 Bryant St',
      line2: '',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94103',
    });
    expect(splitAddressCell('88 Grand Ave\r\nSuite 200\r\nOakland CA 94612-1234')).toEqual({
      line1: '88 Grand Ave',
      line2: 'Suite 200',
      city: 'Oakland',
      region: 'CA',
      postalCode: '94612-1234',
    });
    expect(splitAddressCell('12 King St W\nToronto, ON M5H 1A1')).toMatchObject({ city: 'Toronto', region: 'ON', postalCode: 'M5H 1A1' });
    // Not that shape: kept as lines, nothing guessed.
    expect(splitAddressCell('1 Dock Road\nLondon\nE1 7AA')).toEqual({
      line1: '1 Dock Road',
      line2: 'London, E1 7AA',
      city: '',
      region: '',
      postalCode: '',
    });
  });
});
