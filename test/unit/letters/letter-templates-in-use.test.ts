// Which wording a letter is printed with (the office's own once edited, else the built-in one),
// what is stored when a wording is saved or restored, the letter written with it (the page around
// the words unchanged), and the save-time check that says each problem with where it is.
import { describe, expect, it } from 'vitest';
import { checkLetterWording } from '../../../shared/letters/check-letter-wording';
import { composeLetter, isReadyLetter } from '../../../shared/letters/compose-letter';
import { letterPlainText } from '../../../shared/letters/letter-note';
import {
  builtInLetterWording,
  letterTemplateInUseById,
  letterTemplatesInUse,
  withLetterWording,
} from '../../../shared/letters/letter-templates-in-use';
import { builtInLetterTemplates, letterTemplateById } from '../../../shared/letters/letter-templates';
import { formatMoney } from '../../../shared/money/money';
import { account, now, office } from './letter-fixtures';

const demand = letterTemplateById('final-demand')!;
const own = {
  subject: 'Last call: {account.pastDue}',
  opening: 'We still wait for {account.pastDue} from {customer.legalName}.',
  closing: 'Settle by {nextStep.date}, or we will {nextStep.action}.',
  signOff: 'With regret,',
};
const step = { action: 'pass the account to Keystone Collections', date: '2025-03-31' };

describe('the letter template in use', () => {
  it('is the built-in wording until the office edits it', () => {
    const inUse = letterTemplatesInUse({});
    expect(inUse.map((t) => [t.id, t.edited, t.opening])).toEqual(builtInLetterTemplates.map((t) => [t.id, false, t.opening]));
    expect(letterTemplatesInUse(undefined).every((t) => !t.edited)).toBe(true);
  });

  it('is the office’s wording once edited, with the built-in’s name, purpose and rules', () => {
    const inUse = letterTemplateInUseById('final-demand', { 'final-demand': own });
    expect(inUse).toMatchObject({ ...own, edited: true, name: 'Final demand', fitsWhen: 'past-due', asksNextStep: 'step' });
    expect(inUse?.builtIn).toEqual(builtInLetterWording(demand));
    const all = letterTemplatesInUse({ 'final-demand': own, 'no-such-letter': own });
    expect(all.filter((t) => t.edited).map((t) => t.id)).toEqual(['final-demand']);
    expect(letterTemplateInUseById('no-such-letter', { 'no-such-letter': own })).toBeUndefined();
  });

  it('prints the office’s words with the account’s figures, the page around them as before', () => {
    const template = letterTemplateInUseById('final-demand', { 'final-demand': own })!;
    const draft = composeLetter({ ...account(), template, settings: office, now, nextStep: step });
    if (!isReadyLetter(draft)) throw new Error(draft.refusal?.message);
    const pastDue = `${formatMoney(1_000_00, 'USD', 'en-US')} and ${formatMoney(300_00, 'EUR', 'en-US')}`;
    expect(draft.written.subject).toBe(`Last call: ${pastDue}`);
    expect(draft.written.opening.text).toBe(`We still wait for ${pastDue} from ${draft.customerName}.`);
    const text = letterPlainText(draft);
    expect(text).toContain('With regret,\nJordan Reyes');
    expect(text).toContain('Open invoices:');
    expect(text).toContain(draft.layout.salutation);
    // Wording the engine cannot fill is refused when printed too, not only when saved.
    const broken = { ...template, opening: 'Pay {acount.pastDue}.' };
    expect(composeLetter({ ...account(), template: broken, settings: office, now, nextStep: step }).refusal?.problems[0]?.code).toBe(
      'unknown-field',
    );
  });

  it('stores a wording only when it differs from the built-in one, and forgets it when restored', () => {
    const saved = withLetterWording({}, 'final-demand', { ...own, subject: ` ${own.subject} `, opening: own.opening.replace(/$/, '\r\n') });
    expect(saved).toEqual({ 'final-demand': own });
    expect(withLetterWording(saved, 'final-demand', { ...builtInLetterWording(demand), closing: `${demand.closing}\n` })).toEqual({});
    expect(withLetterWording({ ...saved, 'payment-reminder': own }, 'final-demand', null)).toEqual({ 'payment-reminder': own });
    expect(withLetterWording(saved, 'no-such-letter', own)).toEqual(saved);
  });
});

describe('checking a letter’s wording before it is saved', () => {
  it('finds nothing in the built-in wordings', () => {
    for (const t of builtInLetterTemplates) expect(checkLetterWording(builtInLetterWording(t))).toEqual({ first: null });
  });

  it('says each problem under its part with its place, and points at the first', () => {
    const errors = checkLetterWording({
      ...own,
      opening: 'Dear friends,\nYou owe {acount.pastDue} [be firm]',
      signOff: 'Yours, {caller.name}',
    });
    expect(errors.subject).toBeUndefined();
    expect(errors.opening).toMatch(
      /^Line 2, column 9: \{acount\.pastDue\} is not a merge field\. Pick one from the list\. Did you mean \{account\.pastDue\}\? Line 2, column 26: \[be firm\] is a note for the caller/,
    );
    expect(errors.signOff).toBe(
      'Column 8: {caller.name} would be printed as it stands: the sign-off takes no merge fields, braces or brackets.',
    );
    expect(errors.first).toEqual({ part: 'opening', start: 22, end: 38 });
  });

  it('asks for every part and keeps each within its limit', () => {
    const errors = checkLetterWording({ subject: ' ', opening: own.opening, closing: 'x'.repeat(4001), signOff: 'y'.repeat(81) });
    expect(errors).toEqual({
      subject: 'Letter heading is required.',
      closing: 'Closing is too long (at most 4000 characters).',
      signOff: 'Sign-off is too long (at most 80 characters).',
      first: { part: 'subject', start: 0, end: 0 },
    });
  });
});
