// Walking a sorted index of name words for those one slip from a typed word (withinOneSlip), by
// seeking past every stretch of words that cannot match instead of reading each distinct word.
// In a range like "gr" (Grand..., Green..., Gray...) only a handful of seeks are needed for
// "gerge", where reading every distinct word took one cursor step per word.
import { withinOneSlip } from './fuzzy-match';

/**
 * Rows of the optimal string alignment table between each prefix of `key` (up to `upTo`
 * letters) and every prefix of `word`: rows[i][j] is the distance from key[0..i) to word[0..j).
 */
function alignmentRows(word: string, key: string, upTo: number): number[][] {
  const rows: number[][] = [Array.from({ length: word.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= upTo; i++) rows.push(nextRow(word, rows, key.slice(0, i)));
  return rows;
}

/** The row for `prefix`, given the rows for its shorter prefixes. */
function nextRow(word: string, rows: readonly number[][], prefix: string): number[] {
  const i = prefix.length;
  const previous = rows[i - 1]!;
  const before = rows[i - 2];
  const letter = prefix[i - 1];
  const row = [i];
  for (let j = 1; j <= word.length; j++) {
    const cost = word[j - 1] === letter ? 0 : 1;
    let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
    if (before && j > 1 && word[j - 2] === letter && word[j - 1] === prefix[i - 2]) d = Math.min(d, before[j - 2]! + 1);
    row.push(d);
  }
  return row;
}

/**
 * A prefix whose row has no cell of one or less cannot start a word one slip away: along any
 * alignment the distance only grows, and a swap that skips a row leaves a cell of one in it.
 */
const canStillMatch = (row: readonly number[]) => Math.min(...row) <= 1;

/**
 * Where an ascending walk over `key`'s range (keys starting with `rangePrefix`) goes next when
 * looking for words one slip from `word`: the smallest string after `key` that could start such
 * a word, or null when no later key in the range can. A key that matches is followed by the
 * next distinct key. Never skips a key that withinOneSlip(word, key) accepts.
 */
export function nextSlipCandidate(word: string, key: string, rangePrefix: string): string | null {
  const m = word.length;
  // withinOneSlip reads at most m + 1 letters of a key: past them only the length matters.
  const considered = Math.min(key.length, m + 1);
  const rows = alignmentRows(word, key, considered);
  if (withinOneSlip(word, key)) return `${key}\u0000`;
  let viable = 0;
  while (viable < considered && canStillMatch(rows[viable + 1]!)) viable++;
  // Every letter read so far can still lead to a match: a longer key might (the next one up).
  if (viable === key.length && viable <= m) return `${key}\u0000`;
  // Change the last letter that can change, to the smallest letter that keeps a match possible.
  for (let t = Math.min(viable, m, key.length - 1); t >= rangePrefix.length; t--) {
    const head = key.slice(0, t);
    const options = new Set(word.split('').filter((letter) => letter > key[t]!));
    const code = key.charCodeAt(t);
    if (code < 0xffff) options.add(String.fromCharCode(code + 1));
    const sorted = [...options].sort();
    const letter = sorted.find((option) => canStillMatch(nextRow(word, rows, head + option)));
    if (letter !== undefined) return head + letter;
  }
  return null;
}
