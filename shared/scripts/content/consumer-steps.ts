// The call to a private person: everyday words, the account holder confirmed before anything is
// said about the debt, the required disclosures read on every call, and an offer that fits what
// they can afford. Lines specific to consumers carry `only: 'consumer'`.
import type { ScriptStepTemplate } from '../model';
import { checkIdentityLine, debtPurposeLine, disputeRightLine } from './consumer-care';
import { waysToPayLines } from './shared-lines';

export const reachPersonStep: ScriptStepTemplate = {
  id: 'reach-person',
  title: 'Ask for the account holder',
  lines: [
    { text: 'Hello, may I speak with {contactName}, please?', when: 'contact-known' },
    { text: 'Hello, may I speak with {customerName}, please?', when: 'contact-unknown' },
    { text: 'My name is {callerName}, and I am calling from {companyName}.' },
  ],
  guidance: [
    { text: 'Nothing about money or the account until you know you have the account holder.', only: 'consumer' },
    { text: 'Someone else answers? Leave only your name, company and number, and take "Wrong person".', only: 'consumer' },
  ],
};

export const checkIdentityStep: ScriptStepTemplate = {
  id: 'check-identity',
  title: 'Make sure it is the right person',
  lines: [checkIdentityLine],
  guidance: [{ text: 'No match, or they will not confirm? Say nothing about the debt: thank them and end the call.', only: 'consumer' }],
};

export const disclosuresStep: ScriptStepTemplate = {
  id: 'disclosures',
  title: 'Say why you are calling and their right to dispute',
  lines: [debtPurposeLine, disputeRightLine],
  guidance: [
    { text: 'Say both, on every call, before any amount.', only: 'consumer' },
    { text: 'They dispute it? Take the "Dispute" path and do not press for the part in question until it is answered.', only: 'consumer' },
  ],
};

export const explainOwedStep: ScriptStepTemplate = {
  id: 'explain-owed',
  title: 'Explain what is owed, in plain words',
  lines: [
    { text: 'Your account has {pastDue} overdue, for {delivered}. The oldest bill was due on {oldestDueDate}.', when: 'past-due' },
    { text: 'The whole balance is {totalDue}.' },
    { text: 'Nothing is overdue yet; the next payment is due on {oldestDueDate}.', when: 'open-not-yet-due' },
    {
      text: 'When we last spoke, you planned to pay {lastPromiseAmount} by {lastPromiseDate}, and it has not come in.',
      when: 'last-promise-missed',
    },
    { text: 'Thank you for the {lastPromiseAmount} you paid as planned.', when: 'last-promise-kept' },
    { text: 'Did you get our bill, and is anything on it unclear?' },
  ],
  guidance: [
    { text: 'Everyday words: "bill" and "payment", not "terms", "remittance" or "past-due balance".' },
    { text: 'Then stop and listen.' },
  ],
};

export const affordablePaymentStep: ScriptStepTemplate = {
  id: 'affordable-payment',
  title: 'Find a payment they can manage',
  lines: [
    { text: 'Are you able to pay the {pastDue} today?', when: 'past-due' },
    { text: 'If not all at once, how much could you pay, and when? We can split it into smaller payments.' },
    ...waysToPayLines,
  ],
  guidance: [
    { text: 'Agree only what they say they can afford. No pressure, no raised voice.' },
    { text: 'Money is tight? Take "No cash to pay" for smaller payments on set dates.' },
    { text: 'Mention a next step, such as passing the account to an agency, only if it has been decided and will happen.' },
  ],
};

export const consumerCloseStep: ScriptStepTemplate = {
  id: 'consumer-close',
  title: 'Sum up and close',
  lines: [
    { text: 'So we have agreed: [the amount, the date and how it will be paid]. I will send you this in writing.' },
    { text: 'If you have a question, or want to dispute anything, call me on {callbackNumber}.' },
    { text: 'Thank you for your time.' },
  ],
  guidance: [
    { text: 'They asked us not to call again, or said a lawyer acts for them? Record it on the account today.', only: 'consumer' },
  ],
};
