// The built-in emails: each is a valid engine template, is written out in full for an account
// that has every value, fits only the accounts it tells the truth about, and is refused (with
// what is missing and how to add it) for an account that lacks a recipient or a callback number.
import { describe, expect, it } from 'vitest';
import { composeEmail, recipientMissing, templateFits } from '../../../shared/email/compose';
import { mailtoLink, maxMailtoLength, shortenedNotice } from '../../../shared/email/mailto';
import { builtInEmailTemplates, emailTemplateById, type EmailTemplate } from '../../../shared/email/templates';
import type { ScriptContext } from '../../../shared/scripts/model';
import { checkTemplate } from '../../../shared/templates';
import { brokenOutput, fullContext, sparseConsumerContext } from '../templates/template-fixtures';

const template = (id: string): EmailTemplate => {
  const found = emailTemplateById(id);
  if (!found) throw new Error(`No built-in email ${id}`);
  return found;
};

const brokenPromise = { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'broken', currency: 'USD' };

/** A full account whose latest promise suits the template (a confirmation needs one to come, a broken one a missed one). */
function fittingContext(t: EmailTemplate): ScriptContext {
  return t.id === 'broken-promise' ? fullContext({ lastPromise: brokenPromise }) : fullContext();
}

describe('the built-in email templates', () => {
  it('offer the four emails of the issue, with unique ids and names', () => {
    expect(builtInEmailTemplates.map((t) => t.id)).toEqual(['payment-reminder', 'promise-confirmation', 'broken-promise', 'final-notice']);
    expect(new Set(builtInEmailTemplates.map((t) => t.name)).size).toBe(builtInEmailTemplates.length);
  });

  it.each(builtInEmailTemplates.map((t) => [t.id, t] as const))('%s passes the email check', (_id, t) => {
    expect(checkTemplate(t.subject, 'email')).toEqual([]);
    expect(checkTemplate(t.body, 'email')).toEqual([]);
    expect(t.subject).not.toContain('\n');
  });

  it.each(builtInEmailTemplates.map((t) => [t.id, t] as const))('%s is written out in full for an account with every value', (_id, t) => {
    const email = composeEmail({ template: t, context: fittingContext(t), to: 'marco@harbordental.example' });
    expect(email).toMatchObject({ ok: true });
    if (!email.ok) return;
    const { to, subject, body, shortened } = email.value;
    expect(to).toBe('marco@harbordental.example');
    expect(shortened).toBe(false);
    expect(`${subject}\n${body}`).not.toMatch(brokenOutput);
    expect(body).toMatch(/^(Hello|Dear) Marco,\n/);
    expect(body).toContain('Priya Shah\nNorthwind Supplies\n(555) 010-2200');
    expect(mailtoLink(email.value).length).toBeLessThanOrEqual(maxMailtoLength);
  });

  it('put the account’s own figures where each email needs them', () => {
    const written = (id: string) => {
      const email = composeEmail({ template: template(id), context: fittingContext(template(id)), to: 'marco@harbordental.example' });
      return email.ok ? `${email.value.subject}\n${email.value.body}` : email.message;
    };
    expect(written('payment-reminder')).toContain('$1,650.00 past due');
    expect(written('payment-reminder')).toContain('invoice INV-1042 for $1,250.00');
    expect(written('promise-confirmation')).toContain('Confirming our payment arrangement: $500.00 by Nov 24, 2026\n');
    expect(written('promise-confirmation')).toContain(
      'Harbor Dental Group LLC will pay $500.00 by Nov 24, 2026, covering invoices INV-1042 and INV-1060, by bank transfer.',
    );
    expect(written('broken-promise')).toContain('Harbor Dental agreed to pay $500.00 by Nov 10, 2026.');
    expect(written('broken-promise')).toMatch(/new date/);
    expect(written('final-notice')).toContain('agreed with us, by Dec 1, 2026, we will then pass the account to Keystone Collections.');
  });

  it('fit only the accounts they tell the truth about', () => {
    const pending = fullContext();
    const missed = fullContext({ lastPromise: brokenPromise });
    const paidUp = fullContext({ totals: { ...fullContext().totals, pastDueMinor: 0 } });
    expect(templateFits(template('broken-promise'), pending)).toBe(false);
    expect(templateFits(template('broken-promise'), missed)).toBe(true);
    expect(templateFits(template('promise-confirmation'), pending)).toBe(true);
    expect(templateFits(template('promise-confirmation'), missed)).toBe(false);
    expect(templateFits(template('promise-confirmation'), fullContext({ lastPromise: null }))).toBe(false);
    expect(templateFits(template('payment-reminder'), paidUp)).toBe(false);
    expect(templateFits(template('final-notice'), paidUp)).toBe(false);

    const refused = composeEmail({ template: template('broken-promise'), context: pending, to: 'marco@harbordental.example' });
    expect(refused).toMatchObject({ ok: false, missing: [], problems: [] });
    if (!refused.ok) {
      expect(refused.unfit).toBe(template('broken-promise').whenUnfit);
      expect(refused.message).toBe(template('broken-promise').whenUnfit);
    }
  });

  it('refuse a sparse account, naming the recipient’s address and the callback number and how to add them', () => {
    // The sparse consumer has a promise that suits each template, so only missing values refuse it.
    for (const t of builtInEmailTemplates) {
      const lastPromise = { ...brokenPromise, status: t.id === 'broken-promise' ? 'broken' : 'open', promisedDate: '2026-11-30' };
      const email = composeEmail({ template: t, context: sparseConsumerContext({ lastPromise }), to: null });
      expect(email.ok, t.id).toBe(false);
      if (email.ok) continue;
      expect(email.unfit, t.id).toBeNull();
      const fields = email.missing.map((m) => m.field);
      expect(fields[0], t.id).toBe(recipientMissing.field);
      expect(fields, t.id).toContain('company.callbackNumber');
      // Adding the address also gives the greeting its name: it is not asked for twice.
      expect(fields, t.id).not.toContain('contact.firstName');
      expect(email.message, t.id).toContain('Recipient’s email address');
      expect(email.message, t.id).toContain('Add an email address to one of the customer’s contacts in the customer file.');
      expect(email.message, t.id).toContain('Add your callback number in Settings.');
      expect(email.message, t.id).not.toMatch(brokenOutput);
    }
  });

  it('refuse a final notice until the decided step and a date after today are given', () => {
    const notice = template('final-notice');
    const to = 'marco@harbordental.example';
    const withoutStep = composeEmail({ template: notice, context: fullContext({ nextStep: null }), to });
    expect(withoutStep.ok).toBe(false);
    if (!withoutStep.ok) expect(withoutStep.missing.map((m) => m.field)).toEqual(['nextStep.date', 'nextStep.action']);
    const pastDate = composeEmail({
      template: notice,
      context: fullContext({ nextStep: { action: 'stop supplies', date: '2026-11-17' } }),
      to,
    });
    expect(pastDate.ok).toBe(false);
    if (!pastDate.ok) {
      expect(pastDate.missing.map((m) => m.field)).toEqual(['nextStep.date']);
      expect(pastDate.message).toContain('Choose the last day to settle: a day after today.');
    }
    const decided = composeEmail({
      template: notice,
      context: fullContext({ nextStep: { action: 'stop supplies', date: '2026-11-18' } }),
      to,
    });
    expect(decided.ok).toBe(true);
  });

  it('fit a long email into one mail link, keeping the sign-off and saying the details follow', () => {
    // Payment details may run to 600 characters, and accented text takes six characters a letter in a link.
    const howToPay = `by bank transfer to Société Générale, ${'référence éèà '.repeat(40)}`.slice(0, 600);
    const email = composeEmail({
      template: template('final-notice'),
      context: fullContext({ howToPay }),
      to: 'marco@harbordental.example',
    });
    expect(email.ok).toBe(true);
    if (!email.ok) return;
    expect(email.value.shortened).toBe(true);
    expect(mailtoLink(email.value).length).toBeLessThanOrEqual(maxMailtoLength);
    expect(email.value.body).toContain(shortenedNotice);
    expect(email.value.body.endsWith('Priya Shah\nNorthwind Supplies\n(555) 010-2200')).toBe(true);
  });
});
