// The save-time check of a letter's wording in Settings: each part there and within its length,
// no unknown field, stray brace or [note] (a letter is printed exactly as written), and a sign-off
// printed as typed, so it may hold no merge field at all. Each problem is placed for the user.
import { letterWordingSchema, type LetterWording } from '../settings/letter-templates-setting';
import { checkTemplate, parseTemplate } from '../templates';
import { checkWording, type PlacedProblem, type WordingErrors } from '../templates/check-wording';

export type LetterWordingPart = keyof LetterWording;
export type LetterWordingErrors = WordingErrors<LetterWordingPart>;

const inLetter = (text: string) => checkTemplate(text, 'letter');

/** Anything in braces or brackets in a part printed as typed: it would reach the customer as it stands. */
export function printedAsTypedProblems(text: string): PlacedProblem[] {
  return parseTemplate(text)
    .parts.filter((part) => part.kind !== 'text')
    .map(({ start, end, line, column }) => ({
      start,
      end,
      line,
      column,
      message: `${text.slice(start, end)} would be printed as it stands: the sign-off takes no merge fields, braces or brackets.`,
    }));
}

export function checkLetterWording(wording: LetterWording): LetterWordingErrors {
  return checkWording(wording, letterWordingSchema, {
    subject: { multiline: false, problems: inLetter },
    opening: { multiline: true, problems: inLetter },
    closing: { multiline: true, problems: inLetter },
    signOff: { multiline: false, problems: printedAsTypedProblems },
  });
}
