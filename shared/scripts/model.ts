// The shape of a call script: what the caller says (templates with {placeholders}), what to
// listen for, and the problem paths a customer can steer the call into. Content lives in
// ./content; filling a script with one account's figures is ./fill-script.
import type { CallResult } from '../calls/schema';
import type { CustomerKind } from '../customers/schema';
import type { ScriptTone } from './tones';

/**
 * When a line only makes sense for some accounts. Lines with a condition that does not hold
 * are left out of the filled script, so the caller never reads a sentence about a promise
 * that was never made or a contact we do not know.
 */
export type LineCondition =
  | 'contact-known'
  | 'contact-unknown'
  /** The contact on the line is the one who approves payment. */
  | 'authoriser-is-contact'
  /** Someone else, known by name, approves payment. */
  | 'authoriser-elsewhere'
  | 'authoriser-unknown'
  | 'past-due'
  | 'nothing-past-due'
  | 'oldest-sent-known'
  | 'oldest-sent-unknown'
  | 'billing-address-known'
  | 'billing-address-unknown'
  | 'billing-email-known'
  | 'billing-email-unknown'
  /** Settings say how customers pay us (bank details or a remit-to address). */
  | 'how-to-pay-known'
  | 'last-promise'
  /** The last promise was broken or only partly kept, or its date has passed while still open. */
  | 'last-promise-missed'
  /** The last promise was paid in full. */
  | 'last-promise-kept'
  /** The last promise is open and its date has not passed yet. */
  | 'last-promise-pending'
  | 'no-last-promise'
  /** Invoices are open but none is past due yet. */
  | 'open-not-yet-due'
  /** No invoice has a balance left: the account is paid up. */
  | 'nothing-open';

/** A line's condition: one, or several that must all hold. */
export type LineWhen = LineCondition | readonly LineCondition[];

/**
 * One sentence (or short paragraph) of a template. In `text`, {name} is an account value (a
 * merge field, shared/templates/merge-fields.ts) and [words] is an aside to the caller, not read aloud.
 */
export interface TemplateLine {
  text: string;
  /** Shown only for this kind of account (consumer calls have extra care rules). */
  only?: CustomerKind;
  when?: LineWhen;
}

export interface ChecklistItemTemplate {
  id: string;
  label: string;
  only?: CustomerKind;
}

export interface ScriptStepTemplate {
  /** Stable: recorded on the call (Call.stepsCovered), so never rename a shipped id. */
  id: string;
  title: string;
  /** What the caller says. */
  lines: TemplateLine[];
  /** What to listen for or do; short. */
  guidance: TemplateLine[];
  checklist?: ChecklistItemTemplate[];
}

export interface ScriptBranchTemplate {
  id: string;
  /** The button the caller presses when the customer raises this problem. */
  title: string;
  /** When to take this path, in a phrase. */
  whenToUse: string;
  steps: ScriptStepTemplate[];
  suggestedOutcome: CallResult;
  /** Why that outcome, and what to record with it. */
  outcomeHint: string;
}

export interface ScriptTemplate {
  /** Stable: recorded on the call (Call.scriptId), so never rename a shipped id. */
  id: string;
  /** Bumped whenever wording changes, so a closed call can say which text was read. */
  version: number;
  title: string;
  tone: ScriptTone;
  /** One line for the script picker: when to use it. */
  description: string;
  /** The kind of account the script is written for; left out, it suits both. */
  forKind?: CustomerKind;
  steps: ScriptStepTemplate[];
  branches: ScriptBranchTemplate[];
}

// ---------------------------------------------------------------------------------------------
// What a script is filled with: one account, on one day, by one caller.

export interface ScriptInvoice {
  number: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  balanceMinor: number;
  currency: string;
  delivered: string;
  poNumber: string;
  terms: string;
  sentOn: string | null;
}

export interface ScriptPerson {
  name: string;
  role: string;
}

export interface ScriptContext {
  callerName: string;
  companyName: string;
  callbackNumber: string;
  /** How customers pay us, from Settings ("by bank transfer to …, or by cheque to …"); '' if not set. */
  howToPay?: string;
  customer: { legalName: string; tradingName: string; kind: CustomerKind };
  /** The person being called, if chosen. */
  contact: ScriptPerson | null;
  /** The contact who authorises payment, if one is known. */
  authoriser: ScriptPerson | null;
  /** Open invoices with a balance. */
  invoices: ScriptInvoice[];
  /**
   * The largest currency's totals (an account in one currency: all of it); placeholders read each
   * currency's amount from the invoices when there are several, never one sum of them.
   */
  totals: { totalDueMinor: number; pastDueMinor: number; oldestDaysPastDue: number; currency: string };
  /** 'YYYY-MM-DD' in the customer's time zone. */
  today: string;
  locale: string;
  lastPromise?: {
    amountMinor: number;
    promisedDate: string;
    status: string;
    /** The promise's own currency (the account's when left out). */
    currency?: string;
    /** The plan's instalments; none (or left out) for a single payment. */
    instalments?: { dueDate: string; amountMinor: number }[];
    /** How they will pay: a PromiseMethod ('bank-transfer'...). */
    method?: string;
    /** The numbers of the invoices the promise covers (the open ones, for a promise on the whole account). */
    invoiceNumbers?: string[];
  } | null;
  /** Formatted postal addresses, the billing address first. */
  addresses: string[];
  /** Where invoices are emailed, when known. */
  billingEmail?: string | null;
  /**
   * What the business has decided to do if the account stays unpaid, and the last day to settle
   * before it does: typed by the user for a final notice, never guessed (an empty threat is
   * unlawful for consumers).
   */
  nextStep?: { action: string; date: string } | null;
  /** Open the script with the recording consent line (Settings: "recordingConsentLine"). */
  recordingConsent?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The filled script: plain data the UI renders without knowing any placeholder.

/**
 * 'figure' is a value taken from the account (highlight it: it is what the caller must read
 * exactly); 'prompt' is an instruction to the caller standing in for a value we do not have
 * (show it as an aside, not to be read aloud); 'text' is everything else.
 */
export interface ScriptSegment {
  kind: 'text' | 'figure' | 'prompt';
  value: string;
}

export type FilledText = ScriptSegment[];

export interface FilledChecklistItem {
  id: string;
  label: FilledText;
}

export interface FilledStep {
  id: string;
  title: string;
  lines: FilledText[];
  guidance: FilledText[];
  checklist: FilledChecklistItem[];
}

export interface FilledBranch {
  id: string;
  title: string;
  whenToUse: string;
  steps: FilledStep[];
  suggestedOutcome: CallResult;
  /** The label of the suggested outcome, e.g. "Callback requested". */
  suggestedOutcomeLabel: string;
  outcomeHint: string;
}

export interface FilledScript {
  id: string;
  version: number;
  title: string;
  customerKind: CustomerKind;
  steps: FilledStep[];
  branches: FilledBranch[];
}
