// Where calls go wrong if the caller argues or threatens: a dispute and a refusal each get a
// calm path that ends in a documented next step (evidence if the account goes to an agency).
import type { ScriptBranchTemplate } from '../model';

export const disputeBranch: ScriptBranchTemplate = {
  id: 'dispute',
  title: 'Dispute',
  whenToUse: 'They dispute an invoice: price, quality, not ordered, or already paid.',
  steps: [
    {
      id: 'which-why',
      title: 'Record which invoice and why',
      lines: [{ text: 'Which invoice is this about, and what exactly is the problem with it?' }],
      guidance: [{ text: 'Write down the invoice number and the reason in their own words.' }],
    },
    {
      id: 'ask-not-argue',
      title: 'Ask, do not argue',
      lines: [
        { text: 'Can you walk me through what happened?' },
        { text: 'Do you have anything I can look at, such as a remittance advice or photos?' },
      ],
      guidance: [{ text: 'If they say it is paid, ask when, how much and by which method, so it can be traced.' }],
    },
    {
      id: 'next-steps',
      title: 'Say what happens next',
      lines: [
        { text: 'Thank you. I will record this as a dispute, look into it with our team and call you back with an answer.' },
        { text: 'In the meantime, can we settle the invoices that are not in question?' },
      ],
      guidance: [{ text: 'Give a realistic date for your answer, and keep it.' }],
    },
  ],
  suggestedOutcome: 'dispute',
  outcomeHint: 'Record the dispute with its invoice and reason, and book the callback.',
};

export const refusalBranch: ScriptBranchTemplate = {
  id: 'refusal',
  title: 'Refuses to pay',
  whenToUse: 'They say they will not pay, or will not discuss it.',
  steps: [
    {
      id: 'stay-calm',
      title: 'Stay calm',
      lines: [{ text: 'I understand this is frustrating, and I would like to settle it with you.' }],
      guidance: [{ text: 'Keep your voice level. No arguing, no raised voice, no insults.' }],
    },
    {
      id: 'restate',
      title: 'Restate the amount and the facts',
      lines: [
        { text: 'So that we are clear: {totalDue} is owed, on {terms} terms. That is {invoiceList}.' },
        { text: 'Is there a reason you feel it should not be paid?' },
      ],
      guidance: [{ text: 'A reason here may be a dispute: switch to that path.' }],
    },
    {
      id: 'next-step',
      title: 'Explain the next step you will take',
      lines: [
        {
          text: 'If we cannot agree a way to pay, our next step will be [name the step your company will really take, e.g. a final written notice].',
        },
      ],
      guidance: [
        { text: 'Name only a step you are authorised to take and will carry out. No threats, no false statements.' },
        { text: 'Do not keep calling to pressure them; follow your written process.' },
      ],
    },
    {
      id: 'document',
      title: 'Document the call',
      lines: [{ text: 'Thank you for your time. I will send you a written summary of this call.' }],
      guidance: [{ text: 'Note what they said, in their words, with the time. It is evidence if the account goes to an agency.' }],
    },
  ],
  suggestedOutcome: 'refused',
  outcomeHint: 'Record their words and schedule the step you named.',
};
