// The five usual reasons a bill sits unpaid (seed 002), each a path the caller can open at any
// point of the call: wrong person, our failure, their missing records, invoice problem, no cash.
import type { ScriptBranchTemplate } from '../model';

export const wrongPersonBranch: ScriptBranchTemplate = {
  id: 'wrong-person',
  title: 'Wrong person',
  whenToUse: 'The person on the line does not approve or release payments.',
  steps: [
    {
      id: 'ask-who',
      title: 'Ask who approves payment',
      lines: [
        { text: 'No problem. Who at {customerName} approves and releases supplier payments?', only: 'commercial' },
        { text: 'Sorry to bother you. When would be a good time to reach {customerName}?', only: 'consumer' },
        { text: 'Our file says {authoriserName} handles this. Is that still right?', when: 'authoriser-elsewhere' },
      ],
      guidance: [{ text: 'Say nothing about the debt or any amount to anyone but the account holder.', only: 'consumer' }],
    },
    {
      id: 'get-details',
      title: 'Get their name and number',
      lines: [
        { text: 'Could I have their name, direct number and email address?', only: 'commercial' },
        { text: 'Is there a better number to reach them on?', only: 'consumer' },
        { text: 'When are they usually free to take a call?' },
      ],
      guidance: [{ text: 'Add them to the contacts and tick "authorises payment" if they do.', only: 'commercial' }],
    },
    {
      id: 'ask-help',
      title: 'Ask what would move it along',
      lines: [
        {
          text: 'Could you pass invoice {oldestInvoiceNumber} for {oldestAmount} to them, or tell me what they need from us to release it?',
          only: 'commercial',
        },
        { text: 'Could you let them know {callerName} from {companyName} called, on {callbackNumber}?' },
      ],
      guidance: [{ text: 'Leave only your name, company and number in a message.' }],
    },
  ],
  suggestedOutcome: 'callback-requested',
  outcomeHint: 'Book a callback with the person who approves payment.',
};

export const ourFailureBranch: ScriptBranchTemplate = {
  id: 'our-failure',
  title: 'Our own failure',
  whenToUse: 'We delivered late, short, wrongly packed, or not to specification.',
  steps: [
    {
      id: 'acknowledge',
      title: 'Acknowledge it',
      lines: [{ text: 'I am sorry, that should not have happened. Can you tell me exactly what went wrong, and on which invoice?' }],
      guidance: [{ text: 'No excuses and no blame. Write down what, which invoice and when.' }],
    },
    {
      id: 'fix',
      title: 'Agree how we put it right',
      lines: [{ text: 'I want to put this right. Would a replacement, a credit or a corrected invoice settle it for you?' }],
      guidance: [{ text: 'Offer only what your company will actually do; check with a manager if unsure.' }],
    },
    {
      id: 'adjust-invoice',
      title: 'Adjust the invoice and ask for the corrected amount',
      lines: [
        { text: 'I will issue a credit for the difference and send you a corrected invoice.' },
        { text: 'Once you have it, can you pay the corrected amount? On which date, and how?' },
      ],
      guidance: [{ text: 'Agree the corrected amount before asking for a date.' }],
    },
  ],
  suggestedOutcome: 'promise-to-pay',
  outcomeHint: 'Record the promise for the corrected amount and a task to issue the credit.',
};

export const missingRecordsBranch: ScriptBranchTemplate = {
  id: 'missing-records',
  title: 'They lack records',
  whenToUse: 'They have no record that we delivered or did the work.',
  steps: [
    {
      id: 'offer-proof',
      title: 'Offer our proof',
      lines: [
        { text: 'I can send you our records for {delivered}: the signed delivery note or order, and any certificates or test results.' },
      ],
      guidance: [{ text: 'Calmly show what you have; no need to prove them wrong.' }],
    },
    {
      id: 'where-to-send',
      title: 'Confirm where to send it',
      lines: [
        { text: 'Shall I send them to {billingEmail}, and who should they be addressed to?', when: 'billing-email-known' },
        { text: 'Who should I send them to, and at which email address?', when: 'billing-email-unknown' },
      ],
      guidance: [],
    },
    {
      id: 'what-else',
      title: 'Ask what else they need',
      lines: [
        { text: 'Once you have these, is there anything else you need to approve the payment?' },
        { text: 'If they are in order, can we agree a date for payment now?' },
      ],
      guidance: [{ text: 'Ask them to update their records, then ask for payment again.' }],
    },
  ],
  suggestedOutcome: 'promise-to-pay',
  outcomeHint: 'If they will not commit before seeing the documents, book a callback instead.',
};

export const invoiceProblemBranch: ScriptBranchTemplate = {
  id: 'invoice-problem',
  title: 'Invoice problem or not received',
  whenToUse: 'The invoice never arrived, or is wrong or incomplete for their system.',
  steps: [
    {
      id: 'check-address',
      title: 'Check where it went (ask, do not argue)',
      lines: [
        { text: 'Sorry it did not reach you. Is your billing address still {billingAddress}?', when: 'billing-address-known' },
        { text: 'Sorry it did not reach you. Which postal address should invoices go to?', when: 'billing-address-unknown' },
        { text: 'And is {billingEmail} the right address for invoices?', when: 'billing-email-known' },
        { text: 'Which email address should invoices go to?', when: 'billing-email-unknown' },
      ],
      guidance: [{ text: 'Ask questions; never say they must have lost it.' }],
    },
    {
      id: 'check-setup',
      title: 'Check supplier setup and PO number',
      lines: [
        { text: 'Are we set up as a supplier in your system?', only: 'commercial' },
        { text: 'Does the invoice need your purchase order number? We have {poNumbers}.', only: 'commercial' },
        { text: 'Is anything on the invoice wrong or unclear to you?' },
      ],
      guidance: [{ text: 'Fix anything missing (PO number, supplier form, contact) before resending.' }],
    },
    {
      id: 'resend',
      title: 'Resend and agree payment',
      lines: [
        { text: 'I will resend invoice {oldestInvoiceNumber} today to the address you have just confirmed.' },
        { text: 'Once it is with you, can we set the date for payment?' },
      ],
      guidance: [],
    },
  ],
  suggestedOutcome: 'promise-to-pay',
  outcomeHint: 'If they must process the resent invoice first, book a callback a few days out.',
};

export const noCashBranch: ScriptBranchTemplate = {
  id: 'no-cash',
  title: 'No cash to pay',
  whenToUse: 'They want to pay but cannot pay it all now.',
  steps: [
    {
      id: 'listen',
      title: 'Listen to their situation',
      lines: [{ text: 'Thank you for telling me. What has changed on your side?' }],
      guidance: [{ text: 'Be understanding; a promise they cannot keep helps nobody.' }],
    },
    {
      id: 'pay-now',
      title: 'Ask what they can pay now',
      lines: [
        { text: 'Even if it is not the full {pastDue}, how much could you pay today?', when: 'past-due' },
        { text: 'How much of the {totalDue} could you pay now?', when: 'nothing-past-due' },
      ],
      guidance: [{ text: 'A part payment today shows good faith; take it by card if you can.' }],
    },
    {
      id: 'instalments',
      title: 'Set an instalment plan',
      lines: [
        { text: 'Let us plan the rest: how much can you pay, and on which dates, until the {totalDue} is cleared?' },
        { text: 'How will each payment be made: card, bank transfer, the portal or cheque?' },
      ],
      guidance: [{ text: 'Write down every instalment: its date, amount and method.' }],
    },
    {
      id: 'recommit',
      title: 'Get a renewed commitment',
      lines: [{ text: 'Can I count on these dates? If anything changes, please call me on {callbackNumber} before a payment is missed.' }],
      guidance: [],
    },
  ],
  suggestedOutcome: 'promise-to-pay',
  outcomeHint: 'Record the part payment and the instalments in the promise.',
};
