import { describe, expect, it } from 'vitest';
import { fuzzyQueryWords, withinOneSlip, wordMatchesKeys } from '../../../shared/search/fuzzy-match';

describe('withinOneSlip', () => {
  it.each([
    ['harbour', 'harbor'],
    ['harbor', 'harbour'],
    ['harbr', 'harbor'],
    ['harbar', 'harbor'],
    ['hrabor', 'harbor'],
    ['harbour', 'harborside'],
    ['smtih', 'smith'],
  ])('%s is one slip from %s', (word, key) => {
    expect(withinOneSlip(word, key)).toBe(true);
  });

  it.each([
    ['harbuor', 'hrbor'],
    ['harbour', 'harbin'],
    ['marine', 'mar'],
    ['abcd', 'dcba'],
  ])('%s is more than one slip from %s', (word, key) => {
    expect(withinOneSlip(word, key)).toBe(false);
  });
});

describe('wordMatchesKeys', () => {
  it('takes a prefix as it is, and a slip only in words of four letters or more', () => {
    expect(wordMatchesKeys('har', ['harbor'])).toBe(true);
    expect(wordMatchesKeys('hbr', ['harbor'])).toBe(false);
    expect(wordMatchesKeys('harbour', ['point', 'harbor'])).toBe(true);
  });
});

describe('fuzzyQueryWords', () => {
  it('gives the words of a name query and none for phones or e-mails', () => {
    expect(fuzzyQueryWords('Harbour  Point harbour')).toEqual(['harbour', 'point']);
    expect(fuzzyQueryWords('+1 415 555 0134')).toEqual([]);
    expect(fuzzyQueryWords('ann@heron')).toEqual([]);
  });
});
