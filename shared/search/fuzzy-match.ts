// Tolerance for a one-letter slip in a name ("Harbour" finds Harbor, "Piont" finds Point). Used
// only as a fallback when the exact prefix lookup finds nothing, over two small ranges of the
// name-word index (see fuzzyCandidatePrefixes), so it never scans the customers. Not forgiven:
// a slip in the first letter, or a wrong or missing second letter.
import { textWords } from './search-keys';

/** Words shorter than this are matched by prefix only: one slip in three letters is a new word. */
export const fuzzyMinLength = 4;

/**
 * The index ranges whose name words are compared with a typed word: those sharing its first two
 * letters, and those starting with its first and third letters (a swap of the second and third
 * letters, "Hrabor", or a letter slipped in second place, "Hxarbor").
 */
export function fuzzyCandidatePrefixes(word: string): string[] {
  return [...new Set([word.slice(0, 2), word.slice(0, 1) + word.slice(2, 3)])];
}

/**
 * True when `word` is at most one slip away from the start of `key` (or all of it): one letter
 * left out, one too many, one wrong, or two neighbours swapped. "harbour" matches "harbor" and
 * "harborside"; "harbr" matches "harbor".
 */
export function withinOneSlip(word: string, key: string): boolean {
  const m = word.length;
  const n = Math.min(key.length, m + 1);
  if (n < m - 1) return false;
  // Optimal string alignment distance between word and each prefix of key (rows: word).
  let before: number[] = [];
  let previous = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const current = [i];
    for (let j = 1; j <= n; j++) {
      const cost = word[i - 1] === key[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && word[i - 1] === key[j - 2] && word[i - 2] === key[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  // The whole word against key prefixes one shorter, as long, or one longer than it.
  for (let j = Math.max(0, m - 1); j <= n; j++) if (previous[j]! <= 1) return true;
  return false;
}

/** The words of a text query that a slip may be forgiven in (none for phones and e-mails). */
export function fuzzyQueryWords(query: string): string[] {
  if (query.includes('@') || !/\p{L}/u.test(query)) return [];
  return [...new Set(textWords(query))];
}

/** True when the word starts a key, or (long enough) is one slip from the start of one. */
export function wordMatchesKeys(word: string, keys: readonly string[]): boolean {
  if (keys.some((key) => key.startsWith(word))) return true;
  return word.length >= fuzzyMinLength && keys.some((key) => withinOneSlip(word, key));
}
