// Phone cells that hold several labelled numbers, as QuickBooks writes them:
// "Phone: (415) 555-0134 Mobile: 555-010-2233", "Phone: … Fax: …", or numbers separated by
// commas, semicolons, slashes or new lines.
import type { BookPhoneLabel } from '../model';

export interface LabelledPhone {
  label: BookPhoneLabel;
  number: string;
}

const labelWords: [RegExp, BookPhoneLabel][] = [
  [/^(mobile|mob|cell|cellphone|cell phone|mobile phone)$/, 'mobile'],
  [/^(fax|facsimile)$/, 'fax'],
  [/^(home|home phone)$/, 'home'],
  [/^(direct|ddi|direct line|direct dial)$/, 'direct'],
  [/^(phone|tel|telephone|office|work|business|main|main phone|work phone|office phone|landline)$/, 'office'],
  [/^(other|alt|alternate|alternative|other phone)$/, 'other'],
];

const labelPattern =
  /\b(mobile phone|cell phone|main phone|work phone|office phone|home phone|direct line|direct dial|mobile|mob|cellphone|cell|facsimile|fax|home|direct|ddi|telephone|tel|phone|office|work|business|main|landline|other phone|other|alternate|alternative|alt)\b\.?\s*(?:no\.?|number|#)?\s*[:=-]/gi;

function labelOf(word: string): BookPhoneLabel {
  const key = word.toLowerCase().replace(/\s+/g, ' ');
  return labelWords.find(([pattern]) => pattern.test(key))?.[1] ?? 'other';
}

/** Pieces of a run of numbers without labels, each with at least 5 digits. */
function bareNumbers(text: string): string[] {
  return text
    .split(/[,;/\n\r|]+|\s{2,}/)
    .map((piece) => piece.trim().replace(/^[\s:.-]+|[\s:.-]+$/g, ''))
    .filter((piece) => piece.replace(/\D/g, '').length >= 5);
}

/** Splits a phone cell into typed numbers; a number with no label gets `unlabelled` (office by default). */
export function splitPhoneCell(text: string, unlabelled: BookPhoneLabel = 'office'): LabelledPhone[] {
  if (!/\d/.test(text)) return [];
  const result: LabelledPhone[] = [];
  const matches = [...text.matchAll(labelPattern)];
  const firstLabelAt = matches[0]?.index ?? text.length;
  for (const number of bareNumbers(text.slice(0, firstLabelAt))) result.push({ label: unlabelled, number });
  matches.forEach((match, i) => {
    const end = matches[i + 1]?.index ?? text.length;
    const segment = text.slice(match.index! + match[0].length, end);
    for (const number of bareNumbers(segment)) result.push({ label: labelOf(match[1]!), number });
  });
  const seen = new Set<string>();
  return result.filter((phone) => {
    const digits = phone.number.replace(/\D/g, '');
    if (seen.has(digits)) return false;
    seen.add(digits);
    return true;
  });
}
