// What the timeline keeps of a letter (its text as printed, in a shape it reads back, within a
// note's limit), and a batch: the accounts that get the letter, in order, and those left out,
// grouped by the reason.
import { describe, expect, it } from 'vitest';
import { composeLetter, isReadyLetter, type LetterSources, type ReadyLetter } from '../../../shared/letters/compose-letter';
import { composeLetterBatch, nextStepStated } from '../../../shared/letters/letter-batch';
import { letterNoteText, letterPlainText, letterRecipientLine, readLetterNote } from '../../../shared/letters/letter-note';
import { defaultLetterTemplate, letterTemplateById } from '../../../shared/letters/letter-templates';
import { formatMoney } from '../../../shared/money/money';
import { noteSchema } from '../../../shared/notes/schema';
import { account, customer, invoice, now, office, today } from './letter-fixtures';

const reminder = letterTemplateById('payment-reminder') ?? defaultLetterTemplate;
const noStep = { action: '', date: '' };

function ready(sources: LetterSources): ReadyLetter {
  const draft = composeLetter({ ...sources, template: reminder, settings: office, now, nextStep: noStep });
  if (!isReadyLetter(draft)) throw new Error(draft.refusal?.message);
  return draft;
}

describe('the letter note', () => {
  const letter = ready(account());

  it('keeps the letter’s words as printed, from the date to the signature, with its invoices and totals', () => {
    const text = letterPlainText(letter);
    expect(text.split('\n').slice(0, 4)).toEqual(['March 12, 2025', letter.written.subject, '', `Dear Siobhán O'Brien,`]);
    expect(text).toContain(
      `INV-<1>&1 · issued Dec 1, 2024 · due Jan 10, 2025 · 61 days past due · amount ${formatMoney(1_250_00, 'USD', 'en-US')}`,
    );
    expect(text).toContain('INV-2 · issued Mar 1, 2025 · due Mar 31, 2025 · not yet due');
    expect(text).toContain(
      `Total open in USD: ${formatMoney(1_400_00, 'USD', 'en-US')}\nTotal open in EUR: ${formatMoney(300_00, 'EUR', 'en-US')}`,
    );
    expect(text).toMatch(/Yours sincerely,\nJordan Reyes\nBayline & <Co> Mechanical$/);
    expect(text).not.toContain('PAID-4');
  });

  it('reads back the letter, the addressee, the file and the text', () => {
    const sent = { templateName: 'Payment reminder', to: letterRecipientLine(letter), fileName: 'a.pdf', text: letterPlainText(letter) };
    const note = letterNoteText(sent);
    expect(
      note.startsWith(`Letter: Payment reminder\nTo: O'Brien & <Sons> "Ltd", Attn: Siobhán O'Brien, Owner & <CEO>, 12 <Main> St`),
    ).toBe(true);
    expect(readLetterNote(note)).toEqual(sent);
    expect(readLetterNote('Called and left a message.')).toBeNull();
  });

  it('stays within a note’s limit however many invoices the letter lists', () => {
    const many = Array.from({ length: 400 }, (_, i) =>
      invoice({ id: `inv-${i}`, number: `INV-${String(i).padStart(5, '0')}`, dueDate: '2025-01-10', delivered: 'x'.repeat(100) }),
    );
    const big = ready(account({ invoices: many }));
    expect(big.layout.invoices).toHaveLength(400);
    const text = letterPlainText(big);
    expect(text).toContain('… and 360 more open invoices, listed in the letter.');
    const note = letterNoteText({ templateName: 'Payment reminder', to: 'x', fileName: 'y.pdf', text: text.repeat(20) });
    expect(note.length).toBeLessThanOrEqual(20_000);
    expect(() =>
      noteSchema.parse({ id: 'n', customerId: 'c', kind: 'letter', text: note, correctsCallId: null, createdAt: now.toISOString() }),
    ).not.toThrow();
  });
});

describe('a batch of letters', () => {
  it('writes the accounts that can have the letter, in the order given, and groups the others by reason', () => {
    const notDue = account({
      customer: customer({ id: 'c-b', legalName: 'Not Yet LLC' }),
      invoices: [invoice({ id: 'b-1', number: 'B-1', dueDate: '2025-04-30' })],
    });
    const alsoNotDue = account({
      customer: customer({ id: 'c-c', legalName: 'Also Fine Inc.' }),
      invoices: [invoice({ id: 'c-1', number: 'C-1', dueDate: '2025-05-30' })],
    });
    const noAddress = account({ customer: customer({ id: 'c-d', legalName: 'Nowhere Co', addresses: [] }) });
    const second = account({ customer: customer({ id: 'c-e', legalName: 'Second Ltd' }) });
    const batch = composeLetterBatch({
      accounts: [account(), notDue, noAddress, alsoNotDue, second],
      template: reminder,
      settings: office,
      now,
      nextStep: noStep,
    });
    expect(batch.ready.map((l) => l.customerId)).toEqual(['cust-1', 'c-e']);
    expect(batch.leftOutCount).toBe(3);
    expect(batch.leftOut).toEqual([
      { reason: reminder.whenUnfit, customerNames: ['Not Yet LLC', 'Also Fine Inc.'] },
      { reason: expect.stringContaining('Add a billing address to the customer file.'), customerNames: ['Nowhere Co'] },
    ]);
  });

  it('waits for the step and a last day after today where the letter asks for them', () => {
    const demand = letterTemplateById('final-demand') ?? defaultLetterTemplate;
    expect(nextStepStated(reminder, noStep, today)).toBe(true);
    expect(nextStepStated(demand, noStep, today)).toBe(false);
    expect(nextStepStated(demand, { action: 'pass it to our agency', date: today }, today)).toBe(false);
    expect(nextStepStated(demand, { action: '  ', date: '2025-03-20' }, today)).toBe(false);
    expect(nextStepStated(demand, { action: 'pass it to our agency', date: '2025-03-20' }, today)).toBe(true);
  });
});
