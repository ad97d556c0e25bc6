import { describe, expect, it } from 'vitest';
import { groupBy, groupByCustomer } from '../../../shared/common/group-by';

describe('grouping rows', () => {
  it('groups by customer, each group in the rows’ own order', () => {
    const rows = [
      { customerId: 'b', n: 1 },
      { customerId: 'a', n: 2 },
      { customerId: 'b', n: 3 },
    ];
    const groups = groupByCustomer(rows);
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')?.map((r) => r.n)).toEqual([1, 3]);
    expect(groups.get('a')?.map((r) => r.n)).toEqual([2]);
  });

  it('groups by any key, and gives an empty map for no rows', () => {
    expect(groupBy(['apple', 'avocado', 'banana'], (word) => word[0])).toEqual(
      new Map([
        ['a', ['apple', 'avocado']],
        ['b', ['banana']],
      ]),
    );
    expect(groupByCustomer([]).size).toBe(0);
  });
});
