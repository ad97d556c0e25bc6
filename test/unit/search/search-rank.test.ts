import { describe, expect, it } from 'vitest';
import { nameMatchRank, rankCustomers } from '../../../shared/search/search-rank';

const row = (legalName: string, openBalanceMinor: number, tradingName = '') => ({ legalName, tradingName, openBalanceMinor });

describe('rankCustomers', () => {
  it('puts exact names, then names starting with the query, then the rest; larger balances first within each', () => {
    const rows = [
      row('Big Acme Holdings', 9_000),
      row('Acme Tools', 100),
      row('Acme', 5),
      row('Acme Hardware', 700),
      row('Zed', 50, 'acme'),
    ];
    expect(rankCustomers(rows, 'acme').map((r) => r.legalName)).toEqual([
      'Zed',
      'Acme',
      'Acme Hardware',
      'Acme Tools',
      'Big Acme Holdings',
    ]);
  });

  it('compares names without case or accents', () => {
    expect(nameMatchRank(row('Café Rouge', 0), 'cafe')).toBe(1);
    expect(nameMatchRank(row('CAFÉ', 0), 'cafe')).toBe(0);
    expect(nameMatchRank(row('Le Café', 0), 'cafe')).toBe(2);
  });

  it('does not change the input array', () => {
    const rows = [row('B', 1), row('A', 2)];
    rankCustomers(rows, 'a');
    expect(rows.map((r) => r.legalName)).toEqual(['B', 'A']);
  });
});
