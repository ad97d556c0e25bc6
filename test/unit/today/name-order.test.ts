// The names' order kept between queue builds is the collator's, however the names arrive.
import { describe, expect, it } from 'vitest';
import { nameRanks } from '../../../shared/today/name-order';

const collator = new Intl.Collator();

function sign(n: number): number {
  return Math.sign(n);
}

/** A comparison by the places nameRanks gives the names. */
function nameOrder(names: readonly string[]): (a: string, b: string) => number {
  const ranks = nameRanks(names);
  const rankOf = new Map(names.map((name, i) => [name, ranks[i]!]));
  return (a, b) => rankOf.get(a)! - rankOf.get(b)!;
}

describe('the order of account names', () => {
  const names = [
    'Élan Dental',
    'elan dental',
    'Acme & Sons',
    'acme and sons',
    'Zephyr',
    "O'Brien Ltd",
    'Obrien Ltd',
    'Ångström AB',
    'Bravo',
    'bravo',
  ];

  it('compares as the collator does, equal names equal', () => {
    const byName = nameOrder(names);
    for (const a of names) for (const b of names) expect(sign(byName(a, b)), `${a} / ${b}`).toBe(sign(collator.compare(a, b)));
  });

  it('places names that arrive later, one at a time or many at once', () => {
    nameOrder(names);
    const later = ['Aardvark Supply', 'Mid Town Café', 'Mid Town Cafe', 'zz Top Storage'];
    for (const name of later) {
      const byName = nameOrder([...names, name]);
      for (const other of [...names, name])
        expect(sign(byName(name, other)), `${name} / ${other}`).toBe(sign(collator.compare(name, other)));
    }
    const many = Array.from({ length: 200 }, (_, i) => `Customer ${(i * 7919) % 1000}`);
    const byName = nameOrder([...names, ...many]);
    expect([...many].sort(byName)).toEqual([...many].sort(collator.compare));
  });
});
