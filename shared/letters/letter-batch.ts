// One letter for each of many accounts: the ones that can be printed, in the order given, and
// the ones that cannot, grouped by the reason in a sentence, so a batch prints what it can and
// says plainly which accounts were left out and why (once per reason, not once per account).
import { isCalendarDate } from '../dates/calendar';
import type { Settings } from '../settings/schema';
import { composeLetter, isReadyLetter, type LetterSources, type ReadyLetter } from './compose-letter';
import type { LetterTemplate } from './letter-templates';

export interface LeftOutGroup {
  reason: string;
  customerNames: string[];
}

export interface LetterBatch {
  ready: ReadyLetter[];
  leftOut: LeftOutGroup[];
  leftOutCount: number;
}

/** Whether the user has stated what a letter asks for: a step (or an agency) and a last day after today. */
export function nextStepStated(template: LetterTemplate, nextStep: { action: string; date: string }, today: string): boolean {
  if (!template.asksNextStep) return true;
  return nextStep.action.trim() !== '' && isCalendarDate(nextStep.date) && nextStep.date > today;
}

export function composeLetterBatch(input: {
  accounts: readonly LetterSources[];
  template: LetterTemplate;
  settings: Settings;
  now: Date;
  nextStep: { action: string; date: string };
}): LetterBatch {
  const { template, settings, now, nextStep } = input;
  const ready: ReadyLetter[] = [];
  const groups = new Map<string, string[]>();
  for (const account of input.accounts) {
    // Each letter goes for the attention of whoever approves payment, as the one-account dialog proposes.
    const draft = composeLetter({ ...account, template, settings, now, nextStep });
    if (isReadyLetter(draft)) {
      ready.push(draft);
      continue;
    }
    const reason = draft.refusal?.message || 'The letter could not be written.';
    groups.set(reason, [...(groups.get(reason) ?? []), draft.customerName]);
  }
  const leftOut = [...groups].map(([reason, customerNames]) => ({ reason, customerNames }));
  return { ready, leftOut, leftOutCount: leftOut.reduce((n, g) => n + g.customerNames.length, 0) };
}
