// Which wording an e-mail is written with: the office's own when it edited the template, else the
// built-in one; what is stored when a wording is saved or restored; and the save-time check that
// says each problem with where it is.
import { describe, expect, it } from 'vitest';
import { checkEmailWording } from '../../../shared/email/check-wording';
import { composeEmail } from '../../../shared/email/compose';
import { bracedLeftovers, draftForEditing } from '../../../shared/email/editable-draft';
import { builtInEmailTemplates, emailTemplateById } from '../../../shared/email/templates';
import { emailTemplateInUseById, emailTemplatesInUse, withEmailWording } from '../../../shared/email/templates-in-use';
import { fullContext, sparseConsumerContext } from '../templates/template-fixtures';

const reminder = emailTemplateById('payment-reminder')!;
const own = {
  subject: 'Overdue: {account.pastDue} for {customer.name}',
  body: 'Hello {contact.firstName},\n\nPlease pay {account.pastDue}.',
};

describe('the template in use', () => {
  it('is the built-in wording until the office edits it', () => {
    const inUse = emailTemplatesInUse({});
    expect(inUse.map((t) => [t.id, t.edited, t.subject])).toEqual(builtInEmailTemplates.map((t) => [t.id, false, t.subject]));
    expect(emailTemplatesInUse(undefined).every((t) => !t.edited)).toBe(true);
  });

  it('is the office’s wording once edited, with the built-in’s name, purpose and rules', () => {
    const inUse = emailTemplateInUseById('payment-reminder', { 'payment-reminder': own });
    expect(inUse).toMatchObject({ ...own, edited: true, name: 'Payment reminder', fitsWhen: 'past-due' });
    expect(inUse?.builtIn).toEqual({ subject: reminder.subject, body: reminder.body });
    // The other templates keep their built-in wording; an id that is no template is ignored.
    const all = emailTemplatesInUse({ 'payment-reminder': own, 'no-such-email': own });
    expect(all.filter((t) => t.edited).map((t) => t.id)).toEqual(['payment-reminder']);
    expect(emailTemplateInUseById('no-such-email', { 'no-such-email': own })).toBeUndefined();
  });

  it('writes the e-mail in the office’s wording', () => {
    const template = emailTemplateInUseById('payment-reminder', { 'payment-reminder': own })!;
    const email = composeEmail({ template, context: fullContext(), to: 'marco@harbordental.example' });
    expect(email).toMatchObject({
      ok: true,
      value: { subject: 'Overdue: $1,650.00 for Harbor Dental', body: 'Hello Marco,\n\nPlease pay $1,650.00.' },
    });
  });

  it('stores a wording only when it differs from the built-in one, and forgets it when restored', () => {
    const saved = withEmailWording({}, 'payment-reminder', { subject: ` ${own.subject} `, body: own.body.replace(/\n/g, '\r\n') });
    expect(saved).toEqual({ 'payment-reminder': own });
    expect(withEmailWording(saved, 'payment-reminder', { subject: reminder.subject, body: `${reminder.body}\n` })).toEqual({});
    expect(withEmailWording({ ...saved, 'final-notice': own }, 'payment-reminder', null)).toEqual({ 'final-notice': own });
    expect(withEmailWording(saved, 'no-such-email', own)).toEqual(saved);
  });
});

describe('checking a wording before it is saved', () => {
  it('finds nothing in the built-in wordings', () => {
    for (const t of builtInEmailTemplates) expect(checkEmailWording(t)).toEqual({ first: null });
  });

  it('says each problem under its field with its place, and points at the first', () => {
    const errors = checkEmailWording({
      subject: 'Late: {acount.pastDue}',
      body: 'Hello {contact.firstName},\n\nPay by {today} [be firm] {',
    });
    expect(errors.subject).toBe('Column 7: {acount.pastDue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?');
    expect(errors.body).toContain('Line 3, column 16: [be firm] is a note for the caller');
    expect(errors.body).toContain('Line 3, column 26: A { is not closed.');
    expect(errors.first).toEqual({ part: 'subject', start: 6, end: 22 });
  });

  it('asks for a subject and a text, and keeps them within their limits', () => {
    const errors = checkEmailWording({ subject: '  ', body: 'x'.repeat(4001) });
    expect(errors).toEqual({
      subject: 'Email subject is required.',
      body: 'Email text is too long (at most 4000 characters).',
      first: { part: 'subject', start: 0, end: 0 },
    });
  });
});

describe('a draft the user can still change (the promise confirmation)', () => {
  it('fills what the account has and leaves each field it lacks in place, saying where to add it', () => {
    const draft = draftForEditing(
      { subject: 'Hello\n{customer.name}', body: 'Call {caller.name} on {company.callbackNumber} about {promise.amount}. {oops}' },
      sparseConsumerContext(),
    );
    expect(draft.subject).toBe('Hello; Sam Rivera');
    expect(draft.body).toBe('Call {caller.name} on {company.callbackNumber} about {promise.amount}. {oops}');
    expect(draft.missing.map((m) => m.field)).toEqual(['caller.name', 'company.callbackNumber', 'promise.amount']);
    expect(bracedLeftovers(`${draft.subject}\n${draft.body}`)).toEqual(['caller.name', 'company.callbackNumber', 'promise.amount', 'oops']);
    expect(draftForEditing({ subject: 'S', body: 'Pay {promise.terms}.' }, fullContext())).toEqual({
      subject: 'S',
      body: 'Pay $500.00 by Nov 24, 2026.',
      missing: [],
    });
  });
});
