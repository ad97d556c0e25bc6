// What a confirmation email for a promise starts as: who it goes to (someone on the file with an
// address, preferring whoever made the promise, then whoever approves payment; never a contact
// who asked us to stop contacting them) and the office's promise confirmation template
// (Settings ▸ Email templates) written out for this promise, which the user can still change.
import { buildScriptContext } from '../../shared/calls/script-context';
import type { Contact } from '../../shared/contacts/schema';
import { draftForEditing, type EditableDraft } from '../../shared/email/editable-draft';
import { emailTemplateInUse } from '../../shared/email/templates-in-use';
import { emailTemplateById } from '../../shared/email/templates';
import type { PaymentPromise } from '../../shared/promises/schema';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';

export const confirmationTemplateId = 'promise-confirmation';

export interface RecipientOption {
  email: string;
  contactName: string;
}

export interface ConfirmationDraft extends EditableDraft {
  /** The address it goes to; null when nobody on the file has one we may use. */
  to: string | null;
}

function contactsByPreference(promise: PaymentPromise, contacts: readonly Contact[]): Contact[] {
  const rank = (c: Contact) => (c.id === promise.contactId ? 0 : c.authorisesPayment ? 1 : 2);
  return contacts.filter((c) => !c.ceaseContact).sort((a, b) => rank(a) - rank(b));
}

const addressesOf = (c: Contact) => c.emails.map((e) => e.trim()).filter((e) => e !== '');

/** Every address on the file we may write to, the most likely recipient first. */
export function recipientOptions(promise: PaymentPromise, file: CustomerFile): RecipientOption[] {
  return contactsByPreference(promise, file.contacts).flatMap((c) => addressesOf(c).map((email) => ({ email, contactName: c.name })));
}

/**
 * The filled email. With `to`, it is addressed there and greets the contact who owns that
 * address (an address not on the file leaves the greeting for the user to write).
 */
export function draftConfirmation(
  promise: PaymentPromise,
  file: CustomerFile,
  settings: Settings,
  now: Date,
  to?: string,
): ConfirmationDraft {
  const ordered = contactsByPreference(promise, file.contacts);
  let contact: Contact | null;
  let address: string | null;
  if (to !== undefined) {
    const wanted = to.trim().toLowerCase();
    contact = ordered.find((c) => addressesOf(c).some((e) => e.toLowerCase() === wanted)) ?? null;
    address = to.trim();
  } else {
    const withAddress = ordered.find((c) => addressesOf(c).length > 0);
    contact = withAddress ?? ordered.find((c) => c.id === promise.contactId) ?? null;
    address = withAddress ? (addressesOf(withAddress)[0] ?? null) : null;
  }
  const context = buildScriptContext({
    customer: file.customer,
    contacts: file.contacts,
    invoices: file.invoices,
    promises: file.promises,
    contactId: contact?.id ?? null,
    settings,
    now,
    promise,
  });
  const builtIn = emailTemplateById(confirmationTemplateId);
  if (!builtIn) throw new Error('The promise confirmation template is missing.');
  const template = emailTemplateInUse(builtIn, settings.emailTemplates);
  return { to: address, ...draftForEditing(template, context) };
}
