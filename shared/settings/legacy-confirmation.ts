// Before Settings ▸ Email templates, the promise confirmation had a section of its own with
// single-word placeholders ({amount}, {date}...) stored as `confirmationSubject` and
// `confirmationBody`. Stored settings (and backups) may still hold them: when read, wording the
// user had changed becomes the 'promise-confirmation' template in the engine's dotted fields, and
// the old keys go. Wording left as it shipped is dropped, so the new built-in wording applies.
import { emailWordingSchema, type EmailWording } from './email-templates-setting';

export const legacyConfirmationTemplateId = 'promise-confirmation';

/** The old section's default wording, as it shipped: kept to tell it from the user's own. */
export const legacyConfirmationDefaults: EmailWording = {
  subject: 'Payment arrangement: {amount} by {date}',
  body: [
    'Dear {contactName},',
    '',
    'Thank you for speaking with me today. As agreed, {customerName} will pay {amount} by {date} by {method}, covering {invoiceNumbers}.',
    '{instalmentPlan}',
    'If anything changes, please call me on {callbackNumber} before that date.',
    'You can pay {howToPay}.',
    '',
    'Kind regards,',
    '{callerName}',
    '{companyName}',
  ].join('\n'),
};

/** Each old placeholder and the merge field that prints the same thing. */
export const legacyPlaceholderFields: Readonly<Record<string, string>> = {
  contactName: 'contact.name',
  // The confirmation always named the legal name: the one that owes the money.
  customerName: 'customer.legalName',
  amount: 'promise.amount',
  // For a plan, the old {date} was the last instalment's date.
  date: 'promise.lastDate',
  method: 'promise.method',
  invoiceNumbers: 'promise.invoices',
  instalmentPlan: 'promise.instalments',
  callerName: 'caller.name',
  companyName: 'company.name',
  callbackNumber: 'company.callbackNumber',
  howToPay: 'company.howToPay',
};

const oldPlaceholder = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Old placeholders written as merge fields. Anything else stays as typed: an unknown {name} was
 * sent as typed before, and is now shown as a problem to fix in Settings instead.
 */
export function convertLegacyWording(text: string): string {
  return text.replace(oldPlaceholder, (whole, name: string) => {
    const field = Object.prototype.hasOwnProperty.call(legacyPlaceholderFields, name) ? legacyPlaceholderFields[name] : undefined;
    return field ? `{${field}}` : whole;
  });
}

const sameText = (a: string, b: string) => a.replace(/\r\n?/g, '\n').trim() === b.replace(/\r\n?/g, '\n').trim();
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored settings value with the old confirmation moved into `emailTemplates` (see above).
 * Anything that is not a settings object is handed on for the schema to refuse. Wording the new
 * limits cannot hold (the longer field names can push a long text past them) is left out rather
 * than failing the whole settings row: the built-in confirmation is used instead.
 */
export function moveLegacyConfirmation(stored: unknown): unknown {
  if (!isRecord(stored) || !('confirmationSubject' in stored || 'confirmationBody' in stored)) return stored;
  const { confirmationSubject: subject, confirmationBody: body, ...rest } = stored;
  if (typeof subject !== 'string' || typeof body !== 'string') return rest;
  if (sameText(subject, legacyConfirmationDefaults.subject) && sameText(body, legacyConfirmationDefaults.body)) return rest;
  const templates = isRecord(rest.emailTemplates) ? rest.emailTemplates : {};
  // Wording chosen in the new section wins over the old section's.
  if (legacyConfirmationTemplateId in templates) return rest;
  const converted = emailWordingSchema.safeParse({ subject: convertLegacyWording(subject), body: convertLegacyWording(body) });
  if (!converted.success) return rest;
  return { ...rest, emailTemplates: { ...templates, [legacyConfirmationTemplateId]: converted.data } };
}
