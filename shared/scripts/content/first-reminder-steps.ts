// The first reminder: a friendly call soon after the due date. It assumes the payment slipped
// through, so it checks the invoice arrived and was approved before asking when it will be paid.
import type { ScriptStepTemplate } from '../model';
import { consumerOpeningGuidance, consumerOpeningLines } from './consumer-care';
import { greetingLines, waysToPayLines } from './shared-lines';

export const friendlyHelloStep: ScriptStepTemplate = {
  id: 'friendly-hello',
  title: 'Greet them and say why you are calling',
  lines: [
    ...greetingLines,
    {
      text: 'Could I have a quick word with whoever handles supplier invoices at {customerName}?',
      when: 'contact-unknown',
      only: 'commercial',
    },
    ...consumerOpeningLines,
    { text: 'It is a quick call about one of our invoices; I expect it has just slipped through.' },
  ],
  guidance: [
    { text: 'Keep it light. A first late payment is usually an oversight, so treat it as one.' },
    { text: 'Not the person who pays? Take the "Wrong person" path.' },
    ...consumerOpeningGuidance,
  ],
};

export const checkReceivedStep: ScriptStepTemplate = {
  id: 'check-received',
  title: 'Check the invoice arrived and is approved',
  lines: [
    {
      text: 'Invoice {oldestInvoiceNumber} for {oldestAmount} was due on {oldestDueDate}, and I have not seen the payment come in yet.',
      when: 'past-due',
    },
    {
      text: 'Invoice {oldestInvoiceNumber} for {oldestAmount} falls due on {oldestDueDate}, and I wanted to be sure you have it.',
      when: 'open-not-yet-due',
    },
    { text: 'We sent it on {oldestSentOn}. Did it reach the right person?', when: 'oldest-sent-known' },
    { text: 'Did it reach the right person on your side?', when: 'oldest-sent-unknown' },
    { text: 'Has it been approved for payment, or is it waiting for someone to sign it off?', only: 'commercial' },
    { text: 'Is everything on it clear to you?', only: 'consumer' },
  ],
  guidance: [
    { text: 'Never arrived? Do not argue: take "Invoice problem or not received" and resend it.' },
    { text: 'Waiting for approval? Ask who approves it and when they next sign invoices off.', only: 'commercial' },
    { text: 'Everything open, oldest first: {invoiceList}. Mention the rest once the oldest is agreed.' },
  ],
};

export const friendlyAskStep: ScriptStepTemplate = {
  id: 'friendly-ask',
  title: 'Ask when it will be paid',
  lines: [
    { text: 'When do you expect it to be paid, so I can note it on our side?' },
    { text: 'The overdue amount on the account is {pastDue} in all.', when: 'past-due' },
    ...waysToPayLines,
  ],
  guidance: [
    { text: 'Friendly still ends with a date, an amount and a way to pay.' },
    { text: 'Cannot pay it all? Take "No cash to pay".' },
  ],
};

export const friendlyCloseStep: ScriptStepTemplate = {
  id: 'friendly-close',
  title: 'Thank them and close',
  lines: [
    { text: 'Thanks very much for sorting this out, {contactName}.', when: 'contact-known' },
    { text: 'Thanks very much for your help.', when: 'contact-unknown' },
    { text: 'I will send a short email confirming what we agreed. If anything comes up, I am on {callbackNumber}.' },
  ],
  guidance: [{ text: 'Set the follow-up for the agreed date before you dial the next number.' }],
};
