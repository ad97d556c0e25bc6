// The built-in emails, written with the template engine's dotted merge fields (shared/templates),
// so every value comes from the account and nothing is sent blank. Each says when it fits: a
// reminder with nothing past due, or a broken-promise email with no missed promise, would tell
// the customer something untrue, so the dialog refuses it with the sentence given here.
import type { LineWhen } from '../scripts/model';

export interface EmailTemplate {
  /** Stable: a sent email records the name, but code and tests find a template by this. */
  id: string;
  /** What the user picks, and what the timeline says was sent. */
  name: string;
  /** One line for the picker: when to use it. */
  description: string;
  subject: string;
  body: string;
  /** When the email tells the truth about the account (the call scripts' line conditions). */
  fitsWhen: LineWhen;
  /** Said instead of a preview when it does not fit. */
  whenUnfit: string;
  /** The email is about the latest promise: the timeline entry names it. */
  aboutPromise: boolean;
  /** The user states the decided step and its date for this email (nextStep.* fields). */
  asksNextStep: boolean;
}

const signature = ['{caller.name}', '{company.name}', '{company.callbackNumber}'];

const paymentReminder: EmailTemplate = {
  id: 'payment-reminder',
  name: 'Payment reminder',
  description: 'A friendly first reminder, soon after the due date.',
  subject: 'A friendly reminder from {company.name}: {account.pastDue} past due',
  body: [
    'Hello {contact.firstName},',
    '',
    'I hope all is well at {customer.name}. A quick note to let you know that {account.pastDue} on your account with us has passed its due date.',
    '',
    'What is open on the account: {invoices.list}.',
    '',
    'If the payment is already on its way, thank you, and please disregard this note. If not, could you tell me when we can expect it? You can pay {company.howToPay}.',
    '',
    'And if something on our side is holding it up, such as a missing purchase order number or a question about the work, reply to this email or call me on {company.callbackNumber} and I will put it right.',
    '',
    'Thank you,',
    ...signature,
  ].join('\n'),
  fitsWhen: 'past-due',
  whenUnfit: 'Nothing on this account is past due, so there is nothing to remind them of. Choose another template.',
  aboutPromise: false,
  asksNextStep: false,
};

const brokenPromise: EmailTemplate = {
  id: 'broken-promise',
  name: 'Broken promise',
  description: 'After a promised payment did not arrive: names the promise and asks for a new date.',
  subject: 'The payment promised for {promise.date} has not reached us',
  body: [
    'Hello {contact.firstName},',
    '',
    '{customer.name} agreed to pay {promise.terms}. We have not received that payment in full, and {account.pastDue} is still past due on the account.',
    '',
    'I understand that plans can change. Could you reply with a new date you are sure you can keep, and the amount you will pay on it? If something stands in the way, call me on {company.callbackNumber} and we will look for an arrangement that works.',
    '',
    'You can pay {company.howToPay}.',
    '',
    'Kind regards,',
    ...signature,
  ].join('\n'),
  fitsWhen: 'last-promise-missed',
  whenUnfit: 'The latest promise on this account has not been missed, so this email would not be true. Choose another template.',
  aboutPromise: true,
  asksNextStep: false,
};

const finalNotice: EmailTemplate = {
  id: 'final-notice',
  name: 'Final notice',
  description: 'Before the step your business has decided: says plainly what will happen and when, and offers a last chance to settle.',
  subject: 'Final notice: {account.pastDue} past due on the {customer.name} account',
  body: [
    'Dear {contact.firstName},',
    '',
    '{account.pastDue} on the {customer.name} account is still unpaid. The oldest invoice, {invoices.oldest.number}, is now {account.oldestDaysPastDue} past due. Open on the account: {invoices.list}.',
    '',
    'We have decided that if the past-due balance is not paid, or a way to pay it agreed with us, by {nextStep.date}, we will then {nextStep.action}.',
    '',
    'We would much rather settle this with you directly. You can pay {company.howToPay}, or call me on {company.callbackNumber} to agree how and when you will pay.',
    '',
    'Yours sincerely,',
    ...signature,
  ].join('\n'),
  fitsWhen: 'past-due',
  whenUnfit: 'Nothing on this account is past due, so a final notice would not be true. Choose another template.',
  aboutPromise: false,
  asksNextStep: true,
};

const promiseConfirmation: EmailTemplate = {
  id: 'promise-confirmation',
  name: 'Promise confirmation',
  description: 'Confirms in writing the payment the customer promised, so both sides have the same date and amount.',
  subject: 'Confirming our payment arrangement: {promise.amount} by {promise.lastDate}',
  body: [
    'Hello {contact.firstName},',
    '',
    'Thank you for taking the time to talk with me. As we agreed, {customer.legalName} will pay {promise.terms}, covering {promise.invoices}, by {promise.method}.',
    '',
    'You can pay {company.howToPay}. If anything changes before then, please call me on {company.callbackNumber} so we can talk it through.',
    '',
    'Kind regards,',
    ...signature,
  ].join('\n'),
  fitsWhen: 'last-promise-pending',
  whenUnfit:
    'The latest promise on this account is not an open one still to be paid, so there is nothing to confirm. Choose another template.',
  aboutPromise: true,
  asksNextStep: false,
};

/** In the picker's order: the usual sequence of an account's emails. */
export const builtInEmailTemplates: readonly EmailTemplate[] = [paymentReminder, promiseConfirmation, brokenPromise, finalNotice];

/** Offered first when nothing else fits better. */
export const defaultEmailTemplate: EmailTemplate = paymentReminder;

export function emailTemplateById(id: string): EmailTemplate | undefined {
  return builtInEmailTemplates.find((template) => template.id === id);
}
