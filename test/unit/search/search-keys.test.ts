import { describe, expect, it } from 'vitest';
import {
  customerSearchKeys,
  customerOfInvoiceSearchKey,
  invoiceNumberKeys,
  invoiceSearchKeys,
  matchesAllTokens,
  numberKeyOfInvoiceSearchKey,
  normalizeInvoiceNumber,
  searchQueryPlan,
  textWords,
} from '../../../shared/search/search-keys';

const source = {
  customer: { legalName: "O'Brien & Café Söhne Ltd", tradingName: 'OBC', accountNumber: 'AC-1001' },
  contacts: [{ name: 'Jane Doe', emails: ['Jane.Doe@Acme.Example'], phones: [{ number: '(415) 555-0134', e164: '+14155550134' }] }],
};

describe('customerSearchKeys', () => {
  const keys = customerSearchKeys(source);

  it('holds the lower-cased, accent-free words of the names and account number', () => {
    expect(keys).toEqual(
      expect.arrayContaining(['o', 'brien', 'obrien', 'cafe', 'sohne', 'ltd', 'obc', 'ac', '1001', 'ac1001', 'jane', 'doe']),
    );
  });

  it('holds the emails lower-cased, and their words', () => {
    expect(keys).toEqual(expect.arrayContaining(['jane.doe@acme.example', 'acme']));
  });

  it('holds national, international and seven-digit phone keys', () => {
    expect(keys).toEqual(expect.arrayContaining(['4155550134', '14155550134', '5550134']));
  });

  it('holds no invoice numbers: those are kept on the invoices', () => {
    expect(customerSearchKeys({ ...source, customer: { ...source.customer, accountNumber: '' } })).not.toContain('123');
  });

  it('has no duplicates or empty keys', () => {
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('');
  });
});

describe('invoiceSearchKeys', () => {
  const keys = invoiceSearchKeys({ number: 'INV-00123', customerId: 'c-7' });

  it('holds the number as letters and digits only, and its digits alone, each naming the customer', () => {
    expect(keys.map(numberKeyOfInvoiceSearchKey)).toEqual(['inv00123', '00123', '123']);
    expect(keys.map(customerOfInvoiceSearchKey)).toEqual(['c-7', 'c-7', 'c-7']);
  });

  it('sorts right after its number key, so a prefix lookup of the number finds it', () => {
    for (const key of keys) {
      const numberKey = numberKeyOfInvoiceSearchKey(key);
      expect(key >= numberKey && key < `${numberKey}\uffff`).toBe(true);
    }
  });
});

describe('searchQueryPlan', () => {
  it('looks up nothing for an empty query', () => {
    expect(searchQueryPlan('   ', 'US')).toEqual({ kind: 'all' });
  });

  it('turns a phone number typed any way into the national digits', () => {
    for (const typed of ['(415) 555-0134', '415.555.0134', '+1 415 555 0134', '1-415-555-0134']) {
      const plan = searchQueryPlan(typed, 'US');
      expect(plan.kind === 'keys' && plan.lookups[0], typed).toEqual({ prefix: '4155550134', tokens: ['4155550134'] });
    }
  });

  it('looks up an email as typed, lower-cased, and nothing else', () => {
    expect(searchQueryPlan(' Jane.Doe@ACME ', 'US')).toEqual({
      kind: 'keys',
      normalizedQuery: 'jane.doe@acme',
      lookups: [{ prefix: 'jane.doe@acme', tokens: ['jane.doe@acme'] }],
    });
  });

  it('looks up the longest word and filters by all of them, plus the invoice form', () => {
    expect(searchQueryPlan('Acme hardw', 'US')).toEqual({
      kind: 'keys',
      normalizedQuery: 'acme hardw',
      lookups: [
        { prefix: 'hardw', tokens: ['acme', 'hardw'] },
        { prefix: 'acmehardw', tokens: ['acmehardw'] },
      ],
    });
  });

  it('finds an invoice number typed with punctuation', () => {
    const plan = searchQueryPlan('INV-00123', 'US');
    expect(plan.kind === 'keys' && plan.lookups.map((l) => l.prefix)).toEqual(['00123', 'inv00123']);
  });
});

describe('helpers', () => {
  it('splits words on anything but letters and digits', () => {
    expect(textWords('  Smith-Jones & Co. (UK) ')).toEqual(['smith', 'jones', 'co', 'uk']);
  });

  it('normalises invoice numbers', () => {
    expect(normalizeInvoiceNumber(' Inv 2024/001-a ')).toBe('inv2024001a');
  });

  it('requires every token to prefix some key', () => {
    expect(matchesAllTokens(['acme', 'hardware'], ['har', 'ac'])).toBe(true);
    expect(matchesAllTokens(['acme', 'hardware'], ['har', 'zz'])).toBe(false);
    expect(matchesAllTokens(['acme'], ['cme'])).toBe(false);
  });
});

describe('invoiceNumberKeys', () => {
  it.each([
    ['INV-10263', ['inv10263', '10263']],
    ['INV-00123', ['inv00123', '00123', '123']],
    ['2024/0042', ['20240042', '0042', '42']],
    ['CN-7-A', ['cn7a', '7']],
    ['ABC', ['abc']],
    ['000', ['000', '0']],
  ])('%s is indexed under %j', (number, expected) => {
    expect(invoiceNumberKeys(number).sort()).toEqual([...expected].sort());
  });

  it('lets a digits-only query find the invoice through the index prefix', () => {
    const plan = searchQueryPlan('10263', 'US');
    const keys = invoiceNumberKeys('INV-10263');
    expect(plan.kind === 'keys' && plan.lookups.some((l) => keys.some((k) => k.startsWith(l.prefix)))).toBe(true);
  });
});
