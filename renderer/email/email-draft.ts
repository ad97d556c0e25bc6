// What a template e-mail is written from: who it can go to (every address on the file, whoever
// approves payment first, never a contact who asked us to stop contacting them), the account's
// script context with that person as the one greeted, whether the office may write to the
// account at all (shared/email/may-email.ts), and the promise it is about.
import { buildScriptContext } from '../../shared/calls/script-context';
import type { Contact } from '../../shared/contacts/schema';
import { composeEmail, type ComposedEmail } from '../../shared/email/compose';
import type { EmailTemplate } from '../../shared/email/templates';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { ScriptContext } from '../../shared/scripts/model';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';

export interface EmailRecipient {
  /** Unique among the options: a contact may have several addresses. */
  key: string;
  contactId: string;
  contactName: string;
  role: string;
  email: string;
}

export interface RecipientChoice {
  recipients: EmailRecipient[];
  /** Contacts with an address who asked us to stop contacting them: left out, and said so. */
  withheld: string[];
}

export function recipientChoice(contacts: readonly Contact[]): RecipientChoice {
  const withAddress = contacts.filter((c) => c.emails.some((e) => e.trim() !== ''));
  // Stable: the file's order within each rank.
  const ordered = [...withAddress].sort((a, b) => Number(b.authorisesPayment) - Number(a.authorisesPayment));
  const recipients = ordered
    .filter((c) => !c.ceaseContact)
    .flatMap((c) =>
      c.emails
        .filter((e) => e.trim() !== '')
        .map((email) => ({ key: `${c.id} ${email}`, contactId: c.id, contactName: c.name, role: c.role, email: email.trim() })),
    );
  return { recipients, withheld: ordered.filter((c) => c.ceaseContact).map((c) => c.name) };
}

/** The latest promise, by when it was made: the one the engine's {promise.*} fields describe. */
export function latestPromise(promises: readonly PaymentPromise[]): PaymentPromise | null {
  return [...promises].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

export interface DraftInput {
  template: EmailTemplate;
  file: CustomerFile;
  settings: Settings;
  now: Date;
  recipient: EmailRecipient | null;
  /** The decided step and its date, for a template that asks for them. */
  nextStep: { action: string; date: string };
}

export interface EmailDraft {
  context: ScriptContext;
  composed: ComposedEmail;
  promiseId: string | null;
}

export function draftEmail({ template, file, settings, now, recipient, nextStep }: DraftInput): EmailDraft {
  const context: ScriptContext = {
    ...buildScriptContext({
      customer: file.customer,
      contacts: file.contacts,
      invoices: file.invoices,
      promises: file.promises,
      contactId: recipient?.contactId ?? null,
      settings,
      now,
    }),
    nextStep: template.asksNextStep ? nextStep : null,
  };
  const composed = composeEmail({ template, context, to: recipient?.email ?? null, standing: file.customer });
  const promiseId = template.aboutPromise ? (latestPromise(file.promises)?.id ?? null) : null;
  return { context, composed, promiseId };
}
