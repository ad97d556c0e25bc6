// The main path of a collection call, in the order it is usually spoken. Wording is ours; the
// practice behind it is the seeds': prepare, be plain about who and why, confirm delivery and
// the invoice, remind the terms, ask and listen, ask for payment, pin down a promise, confirm
// details, close with a summary and a written confirmation.
import type { ScriptStepTemplate } from '../model';

export const prepareStep: ScriptStepTemplate = {
  id: 'prepare',
  title: 'Prepare before you dial',
  lines: [],
  guidance: [
    { text: '{invoiceCount} open, oldest first: {invoiceList}.' },
    { text: 'Total open {totalDue}; past due {pastDue}, the oldest by {oldestDaysPastDue}.', when: 'past-due' },
    { text: 'Total open {totalDue}; nothing is late yet, the first due date is {oldestDueDate}.', when: 'nothing-past-due' },
    { text: 'Payment is approved by {authoriserName}.', when: 'authoriser-elsewhere', only: 'commercial' },
    { text: 'The person you are calling approves payment: {authoriserName}.', when: 'authoriser-is-contact', only: 'commercial' },
    {
      text: 'Nobody on file approves payment: finding out who does is a goal of this call.',
      when: 'authoriser-unknown',
      only: 'commercial',
    },
    { text: 'Last promise: {lastPromiseTerms}.', when: 'last-promise' },
    { text: 'That promise was missed: raise it calmly and ask what happened.', when: 'last-promise-missed' },
    {
      text: 'Consumer account: call only at a reasonable hour in their time zone and never discuss the debt with anyone else.',
      only: 'consumer',
    },
  ],
  checklist: [
    { id: 'invoices', label: 'Invoices, amounts and due dates in front of me' },
    { id: 'delivered', label: 'Know what we delivered: {delivered}' },
    { id: 'proof', label: 'Proof ready: signed delivery note or order, agreement, certificates' },
    { id: 'history', label: 'Read the notes of past calls, promises and disputes' },
    { id: 'authoriser', label: 'Know who approves payment (or plan to ask)', only: 'commercial' },
    { id: 'vendor-setup', label: 'Their PO numbers and supplier-setup requirements', only: 'commercial' },
    { id: 'calling-hours', label: 'It is a reasonable hour where they are', only: 'consumer' },
    { id: 'pay-options', label: 'Ways to pay at hand: card, bank details, portal link, cheque address' },
  ],
};

export const identifyStep: ScriptStepTemplate = {
  id: 'identify',
  title: 'Say who you are and why you are calling',
  lines: [
    { text: 'Hello {contactName}, this is {callerName} from {companyName}.', when: 'contact-known' },
    { text: 'Hello, this is {callerName} from {companyName}.', when: 'contact-unknown' },
    { text: 'Could I speak to whoever looks after supplier payments for {customerName}?', when: 'contact-unknown', only: 'commercial' },
    { text: 'May I speak with {customerName}, please?', when: 'contact-unknown', only: 'consumer' },
    { text: 'We supplied {delivered}, and I am calling about the payment on your account. Do you have a few minutes?' },
  ],
  guidance: [
    { text: 'Get to the point after a brief, friendly greeting: the reason for the call is the account.' },
    { text: 'Speak calmly and confidently; standing up helps your voice carry.' },
    { text: 'Not the person who pays? Take the "Wrong person" path.' },
    { text: 'Confirm you are speaking with the account holder before mentioning any amount.', only: 'consumer' },
  ],
};

export const confirmReceiptStep: ScriptStepTemplate = {
  id: 'confirm-receipt',
  title: 'Confirm delivery and that the invoice arrived',
  lines: [
    { text: 'First, I want to check that everything reached you as agreed. Did {delivered} arrive, and was it what you expected?' },
    { text: 'We sent invoice {oldestInvoiceNumber} on {oldestSentOn}. Did it reach you?', when: 'oldest-sent-known' },
    { text: 'And did our invoice {oldestInvoiceNumber} reach you?', when: 'oldest-sent-unknown' },
  ],
  guidance: [
    { text: 'A complaint here is often the real reason it is unpaid: take "Our own failure" or "Dispute".' },
    { text: 'Invoice never arrived? Do not argue: take "Invoice problem or not received".' },
  ],
};

export const remindTermsStep: ScriptStepTemplate = {
  id: 'remind-terms',
  title: 'Remind them of the terms and what is due',
  lines: [
    { text: 'Our records show {invoiceList}.' },
    { text: 'With {terms} terms, {pastDue} is now overdue; the oldest by {oldestDaysPastDue}.', when: 'past-due' },
    {
      text: 'Nothing is late yet; I am calling ahead of the due date, {oldestDueDate}, so it goes through smoothly.',
      when: 'nothing-past-due',
    },
    { text: 'In all, the open balance is {totalDue}.' },
    {
      text: 'When we last spoke, {lastPromiseAmount} was to be paid by {lastPromiseDate}, and we have not received it.',
      when: 'last-promise-missed',
    },
  ],
  guidance: [
    { text: 'Read numbers, dates and amounts exactly as shown; they are highlighted.' },
    { text: 'Be specific about which invoices are late. Do not pad it with apologies.' },
  ],
};

export const askListenStep: ScriptStepTemplate = {
  id: 'ask-listen',
  title: 'Ask what is holding it up, and listen',
  lines: [
    { text: 'Is anything holding up the payment, or is there something we need to sort out for you?' },
    { text: 'Where does it stand in your approval process at the moment?', only: 'commercial' },
    { text: 'What got in the way of that payment?', when: 'last-promise-missed' },
  ],
  guidance: [
    { text: 'Then stop talking and let them explain. The silence is theirs to fill.' },
    { text: 'Listen for the real reason, and for anything that does not add up.' },
    { text: 'Answer objections with a question, never an argument.' },
    { text: 'If a problem comes up, open the matching path under "Customer raises a problem".' },
  ],
};

export const askPaymentStep: ScriptStepTemplate = {
  id: 'ask-payment',
  title: 'Ask for payment and offer ways to pay',
  lines: [
    { text: 'Can we clear the overdue {pastDue} today?', when: 'past-due' },
    { text: 'Can you confirm the {totalDue} will be paid by {oldestDueDate}?', when: 'nothing-past-due' },
    {
      text: 'I can take a card payment with you now, or you can pay by bank transfer, through our online payment portal, or by cheque. Which works best for you?',
    },
    { text: 'You can pay {howToPay}.', when: 'how-to-pay-known' },
  ],
  guidance: [
    { text: 'Ask plainly, then wait for the answer. It is fine to ask for money you are owed.' },
    { text: 'Cannot pay it all? Take "No cash to pay" for a part payment or an instalment plan.' },
  ],
};

export const securePromiseStep: ScriptStepTemplate = {
  id: 'secure-promise',
  title: 'Agree the amount, date and method',
  lines: [
    { text: 'So that I note it correctly: how much will you pay, on which date, and how will you send it?' },
    { text: 'Let me read that back to you to make sure I have it right.' },
  ],
  guidance: [
    { text: 'A real promise has all three: an amount, a date and a method. "Soon" is not a promise.' },
    { text: 'Do not push for more than they can pay; a smaller promise that is kept beats a big one that is not.' },
    { text: 'Enter the promise in the outcome while they are still on the line.' },
  ],
};

export const confirmDetailsStep: ScriptStepTemplate = {
  id: 'confirm-details',
  title: 'Confirm contact details',
  lines: [
    { text: 'Before I let you go: is this still the best number to reach you?' },
    { text: 'Should post for the account still go to {billingAddress}?', when: 'billing-address-known' },
    { text: 'What is the best postal address for your invoices?', when: 'billing-address-unknown' },
    { text: 'I have {billingEmail} for email. Is that still right?', when: 'billing-email-known' },
    { text: 'Which email address should I send the confirmation to?', when: 'billing-email-unknown' },
    { text: 'Is {authoriserName} still the person who approves our invoices?', when: 'authoriser-elsewhere', only: 'commercial' },
    { text: 'Who approves supplier payments on your side, and how do I reach them?', when: 'authoriser-unknown', only: 'commercial' },
  ],
  guidance: [{ text: 'Update the customer file with anything that has changed.' }],
};

export const closeSummariseStep: ScriptStepTemplate = {
  id: 'close-summarise',
  title: 'Summarise and close',
  lines: [
    { text: 'To sum up what we agreed today: [repeat the amount, date and method, or the next step].' },
    { text: 'I will email you a confirmation of this shortly, and I will check in with you on that date.' },
    { text: 'If anything changes, please call me on {callbackNumber}.' },
    { text: 'Thank you for your time, {contactName}.', when: 'contact-known' },
    { text: 'Thank you for your time.', when: 'contact-unknown' },
  ],
  guidance: [
    { text: 'End politely, however the call went.' },
    { text: 'Set the outcome and the follow-up before you move to the next call.' },
  ],
};

export const mainSteps: ScriptStepTemplate[] = [
  prepareStep,
  identifyStep,
  confirmReceiptStep,
  remindTermsStep,
  askListenStep,
  askPaymentStep,
  securePromiseStep,
  confirmDetailsStep,
  closeSummariseStep,
];
