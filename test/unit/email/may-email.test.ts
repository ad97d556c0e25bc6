// The office sends no collection e-mail to an account placed with an agency (the agency does the
// collecting) or one that asked not to be contacted: the reason is one sentence, and composing an
// e-mail for such an account is refused with it, whatever else the account has.
import { describe, expect, it } from 'vitest';
import { composeEmail } from '../../../shared/email/compose';
import { ceaseContactEmailRefusal, officeEmailRefusal } from '../../../shared/email/may-email';
import { emailTemplateById } from '../../../shared/email/templates';
import { fullContext } from '../templates/template-fixtures';

const placement = { placementId: 'pl1', agencyName: 'Keystone Collections', placedOn: '2026-11-02' };
const placedReason =
  'Emails are paused while Keystone Collections collects this account: the agency contacts the customer now. Recall it from the agency to email them again.';

describe('whether the office may e-mail an account', () => {
  it('may while the account is with the office', () => {
    expect(officeEmailRefusal({})).toBeNull();
    expect(officeEmailRefusal({ ceaseContact: false, placement: null })).toBeNull();
  });

  it('may not once it is placed with an agency, and says who has it and how to change that', () => {
    expect(officeEmailRefusal({ placement })).toBe(placedReason);
  });

  it('may not when the customer asked us to stop contacting them, whatever else holds', () => {
    expect(officeEmailRefusal({ ceaseContact: true })).toBe(ceaseContactEmailRefusal);
    expect(officeEmailRefusal({ ceaseContact: true, placement })).toBe(ceaseContactEmailRefusal);
  });

  it('refuses every template for a placed account, even one that could otherwise be sent', () => {
    const template = emailTemplateById('payment-reminder')!;
    const input = { template, context: fullContext(), to: 'marco@harbordental.example' };
    expect(composeEmail(input).ok).toBe(true);
    for (const id of ['payment-reminder', 'promise-confirmation', 'broken-promise', 'final-notice']) {
      const refused = composeEmail({ ...input, template: emailTemplateById(id)!, standing: { placement } });
      expect(refused).toEqual({ ok: false, problems: [], missing: [], unfit: null, blocked: placedReason, message: placedReason });
    }
  });
});
