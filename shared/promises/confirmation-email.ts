// The promise confirmation email (seed 000: confirm the promise in writing, so the customer sees
// it again and knows we are serious). The user's template is filled from the promise; the result
// goes to the mail client as a mailto: link, which main opens only up to 2048 characters.
import { formatCalendarDate } from '../dates/calendar';
import { formatMoney } from '../money/money';
import { howToPayText } from '../settings/how-to-pay';
import { callbackNumberShown } from '../settings/callback-number';
import type { Settings } from '../settings/schema';
import { fitConfirmationEmail, type ConfirmationEmail } from './confirmation-mailto';
import { instalmentLines, planSummary as planInOneLine } from './plan-wording';
import { promiseMethodLabels, type PaymentPromise } from './schema';

export type { ConfirmationEmail, FittedConfirmationEmail } from './confirmation-mailto';
export { confirmationMailto, fitConfirmationEmail, mailtoLength, maxMailtoLength } from './confirmation-mailto';

export const confirmationPlaceholders = [
  { name: 'contactName', description: 'The person it is addressed to (the customer’s name when no contact is chosen)' },
  { name: 'customerName', description: 'The customer’s name' },
  { name: 'amount', description: 'The promised amount, e.g. $1,250.00' },
  { name: 'date', description: 'The promised date (for a plan, the date of the last instalment)' },
  { name: 'method', description: 'How they will pay, e.g. bank transfer' },
  { name: 'invoiceNumbers', description: 'The invoices the promise covers, e.g. invoices 1042 and 1043' },
  { name: 'instalmentPlan', description: 'One line per instalment; the line is left out for a single payment' },
  { name: 'callerName', description: 'Your name (Settings)' },
  { name: 'companyName', description: 'Your company (Settings)' },
  { name: 'callbackNumber', description: 'The number they can call you back on (Settings)' },
  { name: 'howToPay', description: 'Your bank details and remit-to address, e.g. by bank transfer to … (Settings)' },
] as const;

export type ConfirmationPlaceholder = (typeof confirmationPlaceholders)[number]['name'];

export interface FilledConfirmationEmail extends ConfirmationEmail {
  /** Placeholders still visible in the text (unknown, or no value yet), e.g. ['callbackNumber']. */
  unfilled: string[];
  /** True when the instalment lines were folded into one summary line to fit a mail link. */
  planSummarised: boolean;
}

export interface ConfirmationEmailInput {
  subjectTemplate: string;
  bodyTemplate: string;
  promise: Pick<PaymentPromise, 'amountMinor' | 'currency' | 'promisedDate' | 'method' | 'instalments'>;
  contact: { name: string; emails: readonly string[] } | null;
  customerName: string;
  invoiceNumbers: readonly string[];
  settings: Pick<Settings, 'locale' | 'companyName' | 'callerName' | 'callbackNumber' | 'callbackNumberE164' | 'defaultCountry'> &
    Partial<Pick<Settings, 'companyAddress' | 'paymentDetails' | 'remitToAddress'>>;
}

const placeholderPattern = /\{([A-Za-z][A-Za-z0-9]*)\}/g;
const knownNames = new Set<string>(confirmationPlaceholders.map((p) => p.name));

/** Placeholders in a template that the app does not know (they would be sent as typed). */
export function unknownPlaceholders(template: string): string[] {
  return unique([...template.matchAll(placeholderPattern)].map((m) => m[1] ?? '').filter((name) => !knownNames.has(name)));
}

/** Every {placeholder} still in a text, known or not: what the user should look at before sending. */
export function visiblePlaceholders(text: string): string[] {
  return unique([...text.matchAll(placeholderPattern)].map((m) => m[1] ?? ''));
}

/** "invoice 1042", "invoices 1042 and 1043", "invoices 1042, 1043 and 1044"; '' for none. */
export function invoiceList(numbers: readonly string[]): string {
  const list = numbers.filter((n) => n.trim() !== '');
  if (list.length === 0) return '';
  if (list.length === 1) return `invoice ${list[0]}`;
  return `invoices ${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

export function fillConfirmationEmail(input: ConfirmationEmailInput): FilledConfirmationEmail {
  const to = input.contact?.emails.find((e) => e.trim() !== '')?.trim() ?? null;
  const full = fillWith(input, planLines(input));
  // A long plan is the usual reason a confirmation outgrows a mail link: say it in one line and
  // promise the details, rather than cutting the sign-off. (Unknown address: allow a typical one.)
  const probe = { to: to ?? 'accounts.payable@example.com', subject: full.subject, body: full.body };
  if (input.promise.instalments.length === 0 || !fitConfirmationEmail(probe).shortened) {
    return { ...full, to, planSummarised: false };
  }
  return { ...fillWith(input, [planSummary(input)]), to, planSummarised: true };
}

function fillWith(input: ConfirmationEmailInput, plan: string[]): { subject: string; body: string; unfilled: string[] } {
  const values = placeholderValues(input, plan);
  const unfilled: string[] = [];
  const fill = (text: string) =>
    text.replace(placeholderPattern, (whole, name: string) => {
      const value = values.get(name);
      // Unknown names and values not set yet stay visible, so the user notices before sending.
      if (value === undefined || (value === '' && name !== 'instalmentPlan')) {
        unfilled.push(name);
        return whole;
      }
      return value;
    });
  const bodyLines = input.bodyTemplate
    .split(/\r\n|\r|\n/)
    // A line that is only the plan disappears for a single payment (no empty line left behind).
    .filter((line) => !(plan.length === 0 && line.trim() === '{instalmentPlan}'));
  const subject = fill(input.subjectTemplate)
    .replace(/\s*[\r\n]+\s*/g, '; ')
    .trim();
  const body = fill(bodyLines.join('\n'));
  return { subject, body, unfilled: unique(unfilled) };
}

function placeholderValues(input: ConfirmationEmailInput, plan: string[]): Map<string, string> {
  const { promise, settings } = input;
  const money = (minor: number) => formatMoney(minor, promise.currency, settings.locale);
  const date = (d: string) => formatCalendarDate(d, settings.locale, 'long');
  const lastDate = promise.instalments.at(-1)?.dueDate ?? promise.promisedDate;
  const method = promiseMethodLabels[promise.method];
  const contactName = input.contact?.name.trim() || input.customerName.trim();
  return new Map<string, string>([
    ['contactName', contactName],
    ['customerName', input.customerName.trim()],
    ['amount', money(promise.amountMinor)],
    ['date', date(lastDate)],
    ['method', method.charAt(0).toLowerCase() + method.slice(1)],
    ['invoiceNumbers', invoiceList(input.invoiceNumbers)],
    ['instalmentPlan', plan.join('\n')],
    ['callerName', settings.callerName.trim()],
    ['companyName', settings.companyName.trim()],
    ['callbackNumber', callbackNumberShown(settings)],
    ['howToPay', howToPayText({ companyAddress: '', paymentDetails: '', remitToAddress: '', ...settings })],
  ]);
}

function planLines({ promise, settings }: ConfirmationEmailInput): string[] {
  return instalmentLines(promise, { locale: settings.locale, dateStyle: 'long' });
}

// The confirmation goes out as the plan starts, so the next instalment is the first.
function planSummary({ promise, settings }: ConfirmationEmailInput): string {
  const line = planInOneLine(promise, 0, { locale: settings.locale, dateStyle: 'long' });
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}; the amount and date of each will follow in a separate email.`;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
