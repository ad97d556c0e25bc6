import { describe, expect, it } from 'vitest';
import { withinOneSlip } from '../../../shared/search/fuzzy-match';
import { nextSlipCandidate } from '../../../shared/search/slip-walk';

/** The walk an index cursor makes: each step seeks to the first key at or after the candidate. */
function walk(word: string, sortedKeys: readonly string[], rangePrefix: string): { found: string[]; steps: number } {
  const inRange = sortedKeys.filter((key) => key.startsWith(rangePrefix));
  const found: string[] = [];
  let steps = 0;
  let at = inRange.length > 0 ? 0 : -1;
  while (at >= 0 && at < inRange.length) {
    steps++;
    const key = inRange[at]!;
    if (withinOneSlip(word, key)) found.push(key);
    const next = nextSlipCandidate(word, key, rangePrefix);
    if (next === null) break;
    expect(next > key).toBe(true);
    at = inRange.findIndex((k) => k >= next);
  }
  return { found, steps };
}

/** A small pseudo-random generator, so failures repeat. */
function randomWords(seed: number, count: number, alphabet: string, prefix: string): string[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const words = new Set<string>();
  while (words.size < count) {
    const length = 1 + Math.floor(next() * 7);
    let word = prefix;
    for (let i = 0; i < length; i++) word += alphabet[Math.floor(next() * alphabet.length)];
    words.add(word);
  }
  return [...words].sort();
}

describe('nextSlipCandidate', () => {
  it('finds exactly the words one slip away in a range of real names', () => {
    const names = [
      'garcia',
      'gary',
      'george',
      'georgia',
      'gerald',
      'gerard',
      'gorge',
      'grace',
      'graham',
      'granbury',
      'grand',
      'grandview',
      'gray',
      'green',
      'greenfield',
      'gregory',
      'grey',
      'grge',
      'grove',
    ].sort();
    for (const word of ['gerge', 'geroge', 'georeg', 'greg', 'grcae', 'gren', 'grandveiw']) {
      for (const range of ['ge', 'gr', 'go', 'ga']) {
        const expected = names.filter((key) => key.startsWith(range) && withinOneSlip(word, key));
        expect(walk(word, names, range).found).toEqual(expected);
      }
    }
  });

  it('never skips a match over many random words, and reads far fewer keys than the range holds', () => {
    let stepsTaken = 0;
    let keysInRanges = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const keys = randomWords(seed, 400, 'abcdef', 'ab');
      for (const word of ['abcd', 'abdc', 'abcde', 'abecd', 'acbde', 'abffe', 'abcdef', 'abaaba']) {
        const expected = keys.filter((key) => withinOneSlip(word, key));
        const { found, steps } = walk(word, keys, 'ab');
        expect(found).toEqual(expected);
        stepsTaken += steps;
        keysInRanges += keys.length;
      }
    }
    expect(stepsTaken).toBeLessThan(keysInRanges / 3);
  });

  it('moves to the next distinct key after a match, and ends when nothing later can match', () => {
    expect(nextSlipCandidate('gerge', 'george', 'ge')).toBe('george\u0000');
    expect(nextSlipCandidate('gerge', 'gzz', 'gz')).toBeNull();
    // "gra..." cannot become one slip from "gerge"; "gre" can ("grege", a swap).
    expect(nextSlipCandidate('gerge', 'grand', 'gr')).toBe('gre');
  });
});
