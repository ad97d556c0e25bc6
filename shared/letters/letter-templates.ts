// The built-in letters, written with the template engine's dotted merge fields (shared/templates)
// so every figure comes from the account and nothing prints blank. The page around them (the
// letterhead, the date, the address, the greeting, the table of open invoices) is laid out by
// ./compose-letter; a template holds only what is said. Each says when it is true: a reminder
// with nothing past due, or a confirmation with no promise to confirm, is refused with the
// sentence given here. A final demand or a notice of intent names only the step and the date the
// user states for it, never a consequence the business has not decided on.
import type { LineWhen } from '../scripts/model';

/**
 * What the user states before a letter that announces a step: the step in their words, or the
 * agency the account will be placed with (the letter then says so), with the last day to settle.
 */
export type LetterNextStep = 'step' | 'agency';

export interface LetterTemplate {
  /** Stable: code and tests find a template by this; a sent letter records the name. */
  id: string;
  /** What the user picks, and what the timeline says was sent. */
  name: string;
  /** One line for the picker: when to use it. */
  description: string;
  /** The letter's heading line ("Re: …"), on one line. */
  subject: string;
  /** Paragraphs before the table of open invoices. */
  opening: string;
  /** Paragraphs after it. */
  closing: string;
  signOff: string;
  /** When the letter tells the truth about the account (the call scripts' line conditions). */
  fitsWhen: LineWhen;
  /** Said instead of a letter when it does not fit. */
  whenUnfit: string;
  /** The letter is about the latest promise: its timeline entry names it. */
  aboutPromise: boolean;
  /** Null, or what the user must state for it (nextStep.* fields). */
  asksNextStep: LetterNextStep | null;
}

/** The name the letter is signed with, and the company's: both required, never printed blank. */
export const letterSignature = '{caller.name}\n{company.name}';

const settleDirectly =
  'We would still much rather settle this with you directly. You can pay {company.howToPay}. To agree how and when you will pay, or if you believe any of these amounts is wrong, please call {caller.name} on {company.callbackNumber} before that date.';

const paymentReminder: LetterTemplate = {
  id: 'payment-reminder',
  name: 'Payment reminder',
  description: 'A courteous first letter once invoices are past due.',
  subject: 'Payment reminder: {account.pastDue} past due',
  opening: [
    'According to our records, {account.pastDue} on your account with {company.name} has passed its due date. The oldest open invoice, {invoices.oldest.number}, was due on {invoices.oldest.dueDate}.',
    '',
    'The invoices open on the account are listed below.',
  ].join('\n'),
  closing: [
    'If your payment is already on its way, thank you, and please disregard this letter. If not, we would be grateful if you could pay the past-due balance now. You can pay {company.howToPay}.',
    '',
    'If something is holding the payment up, such as a question about an invoice or a missing purchase order number, please call {caller.name} on {company.callbackNumber} and we will sort it out.',
  ].join('\n'),
  signOff: 'Yours sincerely,',
  fitsWhen: 'past-due',
  whenUnfit: 'Nothing on this account is past due, so there is nothing to remind them of. Choose another letter.',
  aboutPromise: false,
  asksNextStep: null,
};

const finalDemand: LetterTemplate = {
  id: 'final-demand',
  name: 'Final demand',
  description: 'The last request for payment: states the step your business has decided on and the last day to settle.',
  subject: 'Final demand for payment: {account.pastDue} past due',
  opening: [
    '{account.pastDue} on your account with {company.name} is still unpaid. The oldest invoice, {invoices.oldest.number}, is now {account.oldestDaysPastDue} past due.',
    '',
    'The invoices open on the account are listed below.',
  ].join('\n'),
  closing: [
    'This is our final request for payment. If the past-due balance is not paid, or a way to pay it agreed with us, by {nextStep.date}, we will {nextStep.action}.',
    '',
    settleDirectly,
  ].join('\n'),
  signOff: 'Yours sincerely,',
  fitsWhen: 'past-due',
  whenUnfit: 'Nothing on this account is past due, so a final demand would not be true. Choose another letter.',
  aboutPromise: false,
  asksNextStep: 'step',
};

const intentToPlace: LetterTemplate = {
  id: 'intent-to-place',
  name: 'Notice of intent to place with an agency',
  description: 'Says the account will go to the collection agency you name unless it is settled by the date you choose.',
  subject: 'Notice of intent to place your account with a collection agency',
  opening: [
    '{account.pastDue} on your account with {company.name} is past due, and the oldest invoice, {invoices.oldest.number}, is now {account.oldestDaysPastDue} past due.',
    '',
    'The invoices open on the account are listed below.',
  ].join('\n'),
  closing: [
    'We have decided that if the past-due balance is not paid, or a way to pay it agreed with us, by {nextStep.date}, we will {nextStep.action}.',
    '',
    settleDirectly,
  ].join('\n'),
  signOff: 'Yours sincerely,',
  fitsWhen: 'past-due',
  whenUnfit: 'Nothing on this account is past due, so there is nothing to place with an agency. Choose another letter.',
  aboutPromise: false,
  asksNextStep: 'agency',
};

const promiseConfirmation: LetterTemplate = {
  id: 'promise-confirmation',
  name: 'Promise confirmation',
  description: 'Confirms in writing the payment the customer promised, so both sides have the same dates and amounts.',
  subject: 'Confirming your arrangement to pay {promise.amount}',
  opening: [
    'Thank you for agreeing a payment arrangement with us. This letter confirms what was agreed: {customer.legalName} will pay {promise.terms}.',
    '',
    'For reference, the invoices open on the account are listed below.',
  ].join('\n'),
  closing: [
    'You can pay {company.howToPay}.',
    '',
    'If anything changes before then, please call {caller.name} on {company.callbackNumber} so that we can talk it through.',
  ].join('\n'),
  signOff: 'Kind regards,',
  fitsWhen: 'last-promise-pending',
  whenUnfit:
    'The latest promise on this account is not an open one still to be paid, so there is nothing to confirm. Choose another letter.',
  aboutPromise: true,
  asksNextStep: null,
};

/** In the picker's order: the usual sequence of an account's letters. */
export const builtInLetterTemplates: readonly LetterTemplate[] = [paymentReminder, promiseConfirmation, finalDemand, intentToPlace];

export const defaultLetterTemplate: LetterTemplate = paymentReminder;

export function letterTemplateById(id: string): LetterTemplate | undefined {
  return builtInLetterTemplates.find((template) => template.id === id);
}

/** The step a notice of intent announces, from the agency the user names; '' until one is named. */
export function placementStep(agency: string): string {
  const name = agency.trim().replace(/\s+/g, ' ');
  return name ? `place your account for collection with ${name}` : '';
}
