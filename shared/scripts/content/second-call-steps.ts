// The second call: firm. The reminder did not bring the money, so the caller names the missed
// date and the earlier contact, asks for a set date and amount, and goes to whoever approves
// payment when the contact cannot commit.
import type { ScriptStepTemplate } from '../model';
import { consumerOpeningGuidance, consumerOpeningLines } from './consumer-care';
import { greetingLines, thanksLines, waysToPayLines } from './shared-lines';

export const firmHelloStep: ScriptStepTemplate = {
  id: 'firm-hello',
  title: 'Say who you are and why you are calling again',
  lines: [
    ...greetingLines,
    {
      text: 'I need to speak with the person who approves supplier payments for {customerName}.',
      when: 'contact-unknown',
      only: 'commercial',
    },
    ...consumerOpeningLines,
    { text: 'I am calling again about the overdue balance on your account.' },
  ],
  guidance: [
    { text: 'Polite and direct: this is the second time we are asking, and it is fine to say so.' },
    { text: 'Firm is not loud. Keep your voice level and your sentences short.' },
    ...consumerOpeningGuidance,
  ],
};

export const missedDateStep: ScriptStepTemplate = {
  id: 'missed-date',
  title: 'Name the missed date and the earlier contact',
  lines: [
    {
      text: 'Invoice {oldestInvoiceNumber} for {oldestAmount} was due on {oldestDueDate}; it is now {oldestDaysPastDue} late.',
      when: 'past-due',
    },
    { text: 'We were in touch about it on [the date of the last call or message: see the timeline], and it is still unpaid.' },
    {
      text: 'You told us {lastPromiseAmount} would be paid by {lastPromiseDate}, and that payment has not reached us.',
      when: 'last-promise-missed',
    },
    { text: 'Of the {totalDue} on the account, {pastDue} is now overdue.', when: 'past-due' },
    { text: 'Nothing is overdue today; {oldestAmount} falls due on {oldestDueDate}.', when: 'open-not-yet-due' },
  ],
  guidance: [
    { text: 'Say the facts once and clearly. No apologising for calling.' },
    { text: 'Never reached them before? Say when you tried, not that you spoke.' },
  ],
};

export const whyUnpaidStep: ScriptStepTemplate = {
  id: 'why-unpaid',
  title: 'Ask what is stopping the payment',
  lines: [
    { text: 'What is stopping this payment from going out?' },
    { text: 'Who else has to sign it off, and have they seen it?', only: 'commercial' },
  ],
  guidance: [
    { text: 'Let them answer in full, then open the matching problem path if there is one.' },
    { text: 'Listen for anything that does not match what you were told last time.' },
  ],
};

export const firmAskStep: ScriptStepTemplate = {
  id: 'firm-ask',
  title: 'Ask for a specific date and amount',
  lines: [
    { text: 'I need a date and an amount from you today. On which day will the {pastDue} be paid, and how?', when: 'past-due' },
    { text: 'Can you confirm the {totalDue} will be paid on {oldestDueDate}?', when: 'open-not-yet-due' },
    ...waysToPayLines,
  ],
  guidance: [
    { text: '"Soon" or "next week" is not an answer: ask for the day.' },
    { text: 'Cannot pay it all? Take "No cash to pay" for a part payment now and dates for the rest.' },
  ],
};

export const escalateStep: ScriptStepTemplate = {
  id: 'escalate',
  title: 'Go to the person who approves payment',
  lines: [
    {
      text: 'If you cannot commit to a date yourself, I would like to speak with {authoriserName} today. Can you put me through, or tell me when to call?',
      when: 'authoriser-elsewhere',
      only: 'commercial',
    },
    {
      text: 'If you cannot commit to a date yourself, who can? I would like to speak with them today.',
      when: 'authoriser-unknown',
      only: 'commercial',
    },
    { text: 'As you approve the payments, can we settle the date between us now?', when: 'authoriser-is-contact', only: 'commercial' },
    {
      text: 'If the full amount is too much at once, tell me what you can pay and when, and I will set it out in writing.',
      only: 'consumer',
    },
  ],
  guidance: [
    { text: 'No date from the contact? Get the authoriser on the line or book a callback with them.', only: 'commercial' },
    { text: 'Add a new authoriser to the contacts with "authorises payment" ticked.', only: 'commercial' },
  ],
};

export const firmCloseStep: ScriptStepTemplate = {
  id: 'firm-close',
  title: 'Confirm in writing and close',
  lines: [
    { text: 'To confirm: [repeat the amount, the date and how it will be paid]. I will put that in writing to you today.' },
    { text: 'If it has not arrived by then, I will call you on the next working day.' },
    ...thanksLines,
  ],
  guidance: [{ text: 'Record the promise and its check before the next call.' }],
};
