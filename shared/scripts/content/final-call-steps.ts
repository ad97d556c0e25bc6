// The final call before the account goes to an agency. It states the next step plainly, and only
// a step the business has decided on and will take (an empty threat is unlawful for consumers and
// ruins trust with anyone), then offers a last date to settle before it happens.
import type { ScriptStepTemplate } from '../model';
import { consumerOpeningGuidance, consumerOpeningLines } from './consumer-care';
import { greetingLines, waysToPayLines } from './shared-lines';

export const finalCheckStep: ScriptStepTemplate = {
  id: 'final-check',
  title: 'Check the decision before you dial',
  lines: [],
  guidance: [
    { text: 'This call is for an account the business has decided to place. If nobody has decided that, use the Second call instead.' },
    { text: 'Know the exact step and its date, and the last date you may accept for payment.' },
  ],
  checklist: [
    { id: 'decided', label: 'The next step and its date are decided, by someone who may decide it' },
    { id: 'last-date', label: 'I know the last payment date I may accept' },
    { id: 'history', label: 'Earlier calls, promises and letters are on the timeline, with dates' },
  ],
};

export const finalHelloStep: ScriptStepTemplate = {
  id: 'final-hello',
  title: 'Say who you are and that this call matters',
  lines: [
    ...greetingLines,
    { text: 'I need to speak with whoever is responsible for payments at {customerName}.', when: 'contact-unknown', only: 'commercial' },
    ...consumerOpeningLines,
    { text: 'I am calling about your overdue account, and it is an important call, so please bear with me.' },
  ],
  guidance: [{ text: 'Calm, slow and clear. The weight of this call is in the facts, not the voice.' }, ...consumerOpeningGuidance],
};

export const statePositionStep: ScriptStepTemplate = {
  id: 'state-position',
  title: 'Set out where the account stands',
  lines: [
    {
      text: 'The account has {pastDue} overdue; the oldest invoice, {oldestInvoiceNumber}, is {oldestDaysPastDue} late.',
      when: 'past-due',
    },
    { text: 'We have been in touch about it on [the dates of earlier calls and letters: see the timeline].' },
    { text: 'The payment of {lastPromiseAmount} promised for {lastPromiseDate} did not arrive.', when: 'last-promise-missed' },
    { text: 'Nothing on the account is overdue today. [check the account: this call is for an overdue balance]', when: 'nothing-past-due' },
  ],
  guidance: [{ text: 'Facts only: dates, amounts, what was agreed and what happened.' }],
};

export const nextStepStep: ScriptStepTemplate = {
  id: 'next-step',
  title: 'State the next step plainly',
  lines: [
    {
      text: 'I want to be straightforward with you. Unless we agree payment today, on [the decided date] we will [the decided step, e.g. pass the account to a collection agency].',
    },
    { text: 'I would much rather settle it with you directly, and that is why I am calling.' },
  ],
  guidance: [
    { text: 'Name only the step and the date that were decided, and say them once. Nothing vaguer, nothing bigger.' },
    { text: 'Never hint at any action beyond it. If asked, say you can only speak to what has been decided.' },
  ],
};

export const lastChanceStep: ScriptStepTemplate = {
  id: 'last-chance',
  title: 'Offer a last date to settle',
  lines: [
    { text: 'Can you pay the {pastDue} by [the last date you may accept]?', when: 'past-due' },
    { text: 'If you cannot pay it all, what can you pay now, and on which date will the rest follow?' },
    ...waysToPayLines,
  ],
  guidance: [
    { text: 'Accept only a date you are allowed to accept, and say what happens if it is missed: the step you named.' },
    { text: 'A payment taken now is worth more than a promise. Offer the card payment first.' },
  ],
};

export const finalCloseStep: ScriptStepTemplate = {
  id: 'final-close',
  title: 'Confirm in writing and close',
  lines: [
    { text: 'I will confirm this in writing today: [the amount and date agreed, or the step and its date].' },
    { text: 'If anything changes before then, call me on {callbackNumber}.' },
    { text: 'Thank you for hearing me out.' },
  ],
  guidance: [
    { text: 'Record the outcome in their words, with the time. It goes with the account if it is placed.' },
    { text: 'Set the follow-up for the agreed date, or for the step on its date, and carry it out.' },
  ],
};
