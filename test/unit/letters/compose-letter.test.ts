// The built-in letters: valid engine templates, written out with the account's own figures (each
// invoice in its own currency, totals one per currency), addressed and greeted right, refused
// with each missing value when anything is missing, and only when they are true of the account.
import { describe, expect, it } from 'vitest';
import { composeLetter, isReadyLetter, type ComposeLetterInput, type ReadyLetter } from '../../../shared/letters/compose-letter';
import { builtInLetterTemplates, letterSignature, letterTemplateById, type LetterTemplate } from '../../../shared/letters/letter-templates';
import { formatMoney } from '../../../shared/money/money';
import { checkTemplate } from '../../../shared/templates';
import { account, contact, customer, invoice, now, office, openPromise } from './letter-fixtures';

const template = (id: string): LetterTemplate => {
  const found = letterTemplateById(id);
  if (!found) throw new Error(`No built-in letter ${id}`);
  return found;
};
const usd = (minor: number) => formatMoney(minor, 'USD', 'en-US');
const eur = (minor: number) => formatMoney(minor, 'EUR', 'en-US');
const step = { action: 'pass the account to Keystone Collections', date: '2025-03-31' };

function compose(id: string, overrides: Partial<ComposeLetterInput> = {}) {
  return composeLetter({ ...account(), template: template(id), settings: office, now, nextStep: step, ...overrides });
}
function ready(id: string, overrides: Partial<ComposeLetterInput> = {}): ReadyLetter {
  const draft = compose(id, overrides);
  if (!isReadyLetter(draft)) throw new Error(`Not ready: ${draft.refusal?.message}`);
  return draft;
}
const allText = (l: ReadyLetter) =>
  [l.written.subject, l.written.opening.text, l.written.closing.text, l.written.signature.text].join('\n');
const allHtml = (l: ReadyLetter) => [l.written.opening.html, l.written.closing.html, l.written.signature.html].join('\n');

describe('the built-in letter templates', () => {
  it('offer the four letters of the issue, with unique ids and names', () => {
    expect(builtInLetterTemplates.map((t) => t.id).sort()).toEqual([
      'final-demand',
      'intent-to-place',
      'payment-reminder',
      'promise-confirmation',
    ]);
    expect(new Set(builtInLetterTemplates.map((t) => t.name)).size).toBe(4);
  });

  it.each(builtInLetterTemplates.map((t) => [t.id, t] as const))('%s passes the letter check', (_id, t) => {
    for (const part of [t.subject, t.opening, t.closing, letterSignature]) expect(checkTemplate(part, 'letter')).toEqual([]);
    expect(t.subject).not.toContain('\n');
  });

  it.each(builtInLetterTemplates.map((t) => [t.id, t] as const))('%s is written out in full for an account with every value', (_id, t) => {
    const letter = ready(t.id, { promises: [openPromise()] });
    expect(allText(letter)).not.toMatch(/[{}[\]]|undefined|NaN|null|\[object/);
    expect(letter.written.signature.text).toBe(`Jordan Reyes\n${office.companyName}`);
    expect(letter.layout.salutation).toBe(`Dear Siobhán O'Brien,`);
  });
});

describe('a letter’s figures', () => {
  it('states what is past due in each currency, never one sum of them', () => {
    const letter = ready('final-demand');
    expect(letter.written.subject).toBe(`Final demand for payment: ${usd(1_000_00)} and ${eur(300_00)} past due`);
    expect(allText(letter)).not.toContain(usd(1_300_00));
  });

  it('lists each open invoice in its own currency with its days past due, oldest due first, and one total per currency', () => {
    const { layout } = ready('payment-reminder');
    expect(layout.invoices.map((i) => [i.number, i.balance, i.amount, i.daysPastDue])).toEqual([
      ['INV-<1>&1', usd(1_000_00), usd(1_250_00), 61],
      ['EU-3', eur(300_00), eur(300_00), 30],
      ['INV-2', usd(400_00), usd(400_00), 0],
    ]);
    expect(layout.totals).toEqual([
      { currency: 'USD', balance: usd(1_400_00) },
      { currency: 'EUR', balance: eur(300_00) },
    ]);
  });

  it('states only the step and the date the user gave, and for a notice of intent the agency they named', () => {
    expect(allText(ready('final-demand'))).toContain(`by Mar 31, 2025, we will pass the account to Keystone Collections.`);
    const notice = ready('intent-to-place', { nextStep: { action: '  Keystone   Collections ', date: '2025-04-15' } });
    expect(allText(notice)).toContain('by Apr 15, 2025, we will place your account for collection with Keystone Collections.');
  });
});

describe('escaping', () => {
  it('prints names with quotes, ampersands and angle brackets as text in the HTML', () => {
    const letter = ready('promise-confirmation', { promises: [openPromise()] });
    const html = allHtml(letter);
    expect(html).toContain('O&#39;Brien &amp; &lt;Sons&gt; &quot;Ltd&quot; will pay');
    expect(html).toContain('Bayline &amp; &lt;Co&gt; Mechanical');
    expect(html).not.toMatch(/<Sons>|<Co>/);
    // The plain text (the timeline's copy) keeps them as written.
    expect(letter.written.opening.text).toContain(`O'Brien & <Sons> "Ltd" will pay`);
  });
});

describe('who a letter is addressed to', () => {
  it('goes for the attention of whoever approves payment, never a contact who asked not to be contacted', () => {
    const clerk = contact({ id: 'c-2', name: 'Pat Clerk', role: 'Clerk', authorisesPayment: false });
    const ceased = contact({ id: 'c-3', name: 'Ceased Person', authorisesPayment: true, ceaseContact: true });
    const approver = contact({ id: 'c-4', name: 'Ana Boss', role: '', authorisesPayment: true });
    const { layout } = ready('payment-reminder', { contacts: [clerk, ceased, approver] });
    expect(layout.attention).toBe('Ana Boss');
    // The office's own country is not printed, as on any letter posted at home; another one is.
    expect(layout.recipientLines).toEqual([`O'Brien & <Sons> "Ltd"`, 'Attn: Ana Boss', '12 <Main> St', 'Dayton, OH 45402']);
    const abroad = customer({
      addresses: [{ label: 'billing', line1: '1 Rue Neuve', line2: '', city: 'Lyon', region: '', postalCode: '69001', country: 'FR' }],
    });
    expect(ready('payment-reminder', { customer: abroad }).layout.recipientLines.slice(-2)).toEqual(['Lyon, 69001', 'FR']);
    expect(ready('payment-reminder', { contacts: [clerk, ceased], addresseeId: 'c-3' }).layout.attention).toBeNull();
  });

  it('greets a business with no one named formally, and a person by their own name', () => {
    expect(ready('payment-reminder', { addresseeId: null }).layout.salutation).toBe('Dear Sir or Madam,');
    const person = customer({ kind: 'consumer', legalName: 'Dana Whitfield' });
    expect(ready('payment-reminder', { customer: person, contacts: [] }).layout.salutation).toBe('Dear Dana Whitfield,');
  });
});

describe('refusals', () => {
  it('lists every missing value with where to add it, and writes nothing', () => {
    const draft = compose('final-demand', {
      settings: { ...office, companyAddress: '', callerName: '' },
      customer: customer({ addresses: [] }),
      nextStep: { action: '', date: '' },
    });
    expect(draft.written).toBeNull();
    expect(draft.refusal?.missing.map((m) => m.field)).toEqual([
      'company.address',
      'account.billingAddress',
      // The template's, in the order the letter reads: the closing, then the signature.
      'nextStep.date',
      'nextStep.action',
      'caller.name',
    ]);
    expect(draft.refusal?.message).toContain('Add your company’s postal address in Settings.');
    expect(draft.refusal?.message).toContain('Add a billing address to the customer file.');
  });

  it('refuses a last day to settle that is not after today, and asks a notice of intent for the agency by that name', () => {
    expect(compose('final-demand', { nextStep: { ...step, date: '2025-03-12' } }).refusal?.missing.map((m) => m.field)).toEqual([
      'nextStep.date',
    ]);
    const notice = compose('intent-to-place', { nextStep: { action: ' ', date: '2025-04-01' } });
    expect(notice.refusal?.missing).toEqual([expect.objectContaining({ field: 'nextStep.action', label: 'Collection agency' })]);
  });

  it('refuses a letter that is not true of the account', () => {
    const paidUp = account({ invoices: [invoice({ id: 'inv-9', number: 'INV-9', dueDate: '2025-04-30' })] });
    const reminder = compose('payment-reminder', paidUp);
    expect(reminder.refusal).toMatchObject({ unfit: template('payment-reminder').whenUnfit, missing: [] });
    expect(compose('final-demand', paidUp).written).toBeNull();
    expect(compose('promise-confirmation').refusal?.unfit).toBe(template('promise-confirmation').whenUnfit);
    const missed = compose('promise-confirmation', { promises: [openPromise({ promisedDate: '2025-03-01' })] });
    expect(missed.refusal?.unfit).toBe(template('promise-confirmation').whenUnfit);
    const confirmation = ready('promise-confirmation', { promises: [openPromise()] });
    expect(confirmation.promiseId).toBe('promise-1');
    expect(ready('payment-reminder', { promises: [openPromise()] }).promiseId).toBeNull();
  });

  it('refuses every letter to a customer who asked us to stop contacting them', () => {
    const draft = compose('payment-reminder', { customer: customer({ ceaseContact: true }) });
    expect(draft.written).toBeNull();
    expect(draft.refusal?.blocked).toMatch(/asked us to stop contacting them/);
  });

  it('refuses every letter to an account placed with an agency, naming the agency', () => {
    const placed = customer({ placement: { placementId: 'pl-1', agencyName: 'Harbor Recovery', placedOn: '2026-11-20' } });
    const draft = compose('final-demand', { customer: placed });
    expect(draft.written).toBeNull();
    expect(draft.refusal?.blocked).toBe(
      'Letters are paused while Harbor Recovery collects this account: the agency contacts the customer now. Recall it from the agency to write to them again.',
    );
  });
});
