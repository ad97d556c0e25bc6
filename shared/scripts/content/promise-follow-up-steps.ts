// The call after a promise to pay. One script for every outcome of the promise: its lines are
// chosen by the promise's state on the account (kept, missed, still pending), so the caller
// never has to pick the right variant mid-call and a promise that changes state between the
// proposal and the call still reads right.
import type { ScriptStepTemplate } from '../model';
import { consumerOpeningGuidance, consumerOpeningLines } from './consumer-care';
import { greetingLines, thanksLines, waysToPayLines } from './shared-lines';

export const followUpHelloStep: ScriptStepTemplate = {
  id: 'follow-up-hello',
  title: 'Say who you are and what you are following up',
  lines: [
    ...greetingLines,
    { text: 'Could I speak with whoever arranged the payment to us for {customerName}?', when: 'contact-unknown', only: 'commercial' },
    ...consumerOpeningLines,
    { text: 'I am following up the payment we agreed when we last spoke.', when: 'last-promise' },
    { text: 'I am calling about your account with us.', when: 'no-last-promise' },
  ],
  guidance: [
    { text: 'Check the promise on the timeline before you dial: paid in full, in part, or not at all.' },
    { text: "There is no promise on file: a script for the account's stage fits better.", when: 'no-last-promise' },
    ...consumerOpeningGuidance,
  ],
};

export const promiseOutcomeStep: ScriptStepTemplate = {
  id: 'promise-outcome',
  title: 'Go over the promise',
  lines: [
    { text: 'Thank you: your payment of {lastPromiseAmount} came in as agreed, and I appreciate it.', when: 'last-promise-kept' },
    { text: 'We agreed {lastPromiseTerms}. I am checking it is still on track.', when: 'last-promise-pending' },
    { text: 'We agreed {lastPromiseTerms}, and the payment has not come in as agreed.', when: 'last-promise-missed' },
    { text: 'What happened?', when: 'last-promise-missed' },
  ],
  guidance: [
    { text: 'Kept: keep the thanks short and sincere. It is the best reason they have to keep the next one.', when: 'last-promise-kept' },
    { text: 'Missed: listen to the whole reason before asking for anything new. No blame.', when: 'last-promise-missed' },
    { text: 'A reason that does not add up, or the same one as last time? Ask a question, do not argue.', when: 'last-promise-missed' },
    { text: 'No promise on file: go straight to what is still open.', when: 'no-last-promise' },
  ],
};

export const remainderStep: ScriptStepTemplate = {
  id: 'remainder',
  title: 'Confirm what is still open',
  lines: [
    { text: 'That leaves {totalDue} open on the account, of which {pastDue} is overdue.', when: 'past-due' },
    { text: 'Nothing is overdue now; the {totalDue} still open is next due on {oldestDueDate}.', when: 'open-not-yet-due' },
    { text: 'With that, nothing is left to pay on the account.', when: 'nothing-open' },
  ],
  guidance: [{ text: 'Read the open invoices if they ask: {invoiceList}.' }],
};

export const nextPaymentStep: ScriptStepTemplate = {
  id: 'next-payment',
  title: 'Agree the next payment',
  lines: [
    { text: 'Can we agree a date for the {pastDue} that is still overdue?', when: ['last-promise-kept', 'past-due'] },
    { text: 'Is the payment still set for {lastPromiseDate}, and for the full amount?', when: 'last-promise-pending' },
    { text: 'I need a new commitment I can rely on: how much will you pay, on which day, and how?', when: 'last-promise-missed' },
    {
      text: 'Is that a date you are sure of? A smaller amount on a date that holds is better than a larger one that slips.',
      when: 'last-promise-missed',
    },
    { text: 'When will the {pastDue} be paid, and how?', when: ['no-last-promise', 'past-due'] },
    ...waysToPayLines,
  ],
  guidance: [
    { text: 'A second missed promise needs a smaller, surer one, not a bigger one.', when: 'last-promise-missed' },
    { text: 'Cannot pay it all? Take "No cash to pay" for a part payment and an instalment plan.' },
  ],
};

export const followUpCloseStep: ScriptStepTemplate = {
  id: 'follow-up-close',
  title: 'Confirm and close',
  lines: [
    { text: 'Thank you again for keeping to what we agreed.', when: 'last-promise-kept' },
    { text: 'I will email you the new date today, and check for the payment on that day.', when: 'last-promise-missed' },
    { text: 'If anything changes, please call me on {callbackNumber} before the date, not after.' },
    ...thanksLines,
  ],
  guidance: [{ text: 'Record the new promise or the outcome, and set the check for its date.' }],
};
