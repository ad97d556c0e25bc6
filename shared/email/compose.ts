// One email from a template, for one account and one recipient, ready for the mail app: an
// account the office may still write to, the engine's text (refused while anything is missing),
// an address to send it to, a template that fits the account, and subject and body cut to what
// a mailto: link can carry.
import { conditionsHold } from '../scripts/fill-script';
import type { ScriptContext } from '../scripts/model';
import type { EmailProblem, MissingValue, RenderRefusal } from '../templates';
import { refuseRender, renderEmail } from '../templates';
import { fitEmailToLink, type FittedEmail } from './mailto';
import { officeEmailRefusal, type EmailStanding } from './may-email';
import type { EmailTemplate } from './templates';

export interface ComposeEmailInput {
  template: EmailTemplate;
  /** The account, with `contact` set to the recipient (who the email greets). */
  context: ScriptContext;
  /** The recipient's address; null when no contact on the file has one. */
  to: string | null;
  /** The account's cease-contact flag and placement: either stops every e-mail. */
  standing?: EmailStanding;
}

export interface EmailRefusal extends RenderRefusal<EmailProblem> {
  /** Why the template does not suit the account, when it does not. */
  unfit: string | null;
  /** Why the office may not e-mail this account at all (asked not to be contacted, placed with an agency). */
  blocked: string | null;
}

export type ComposedEmail = { ok: true; value: FittedEmail } | EmailRefusal;

/** Stands for the recipient's address in the list of what is missing. */
export const recipientMissing: MissingValue = {
  field: 'recipient',
  label: 'Recipient’s email address',
  whenMissing: 'Add an email address to one of the customer’s contacts in the customer file.',
};

// Without a recipient there is no contact to greet either; adding the address fixes both, so
// only the address is asked for.
const greetingFields = new Set(['contact.name', 'contact.firstName']);

export function templateFits(template: EmailTemplate, context: ScriptContext): boolean {
  return conditionsHold(template.fitsWhen, context);
}

export function composeEmail({ template, context, to, standing = {} }: ComposeEmailInput): ComposedEmail {
  const blocked = officeEmailRefusal(standing);
  // Nothing else matters then: listing what the account lacks would suggest it could be sent.
  if (blocked) return { ok: false, problems: [], missing: [], unfit: null, blocked, message: blocked };
  const rendered = renderEmail({ subject: template.subject, body: template.body }, context);
  const address = to?.trim() ?? '';
  const unfit = templateFits(template, context) ? null : template.whenUnfit;
  if (rendered.ok && address && !unfit) {
    try {
      return { ok: true, value: fitEmailToLink({ to: address, ...rendered.value }) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, problems: [], missing: [], unfit: null, blocked: null, message };
    }
  }
  const problems = rendered.ok ? [] : rendered.problems;
  const accountMissing = rendered.ok ? [] : rendered.missing;
  const missing = address ? accountMissing : [recipientMissing, ...accountMissing.filter((m) => !greetingFields.has(m.field))];
  const refusal = problems.length > 0 || missing.length > 0 ? refuseRender(problems, missing, 'sent') : null;
  const message = [unfit, refusal?.message].filter(Boolean).join(' ');
  return { ok: false, problems, missing, unfit, blocked: null, message };
}
