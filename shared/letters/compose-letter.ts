// One letter from a template, for one account: the template engine's text (refused while the
// account lacks a value it uses), the page around it (./letter-layout), and whether the letter
// is true of the account (its line condition). A letter is printed only when all of it is there:
// the refusal lists each missing value with where to add it, and nothing is ever printed blank.
import { lettersPausedText } from '../placements/placement-text';
import { buildScriptContext } from '../calls/script-context';
import type { Contact } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import type { Invoice } from '../invoices/schema';
import type { PaymentPromise } from '../promises/schema';
import { conditionsHold } from '../scripts/fill-script';
import type { FilledText, ScriptContext } from '../scripts/model';
import type { Settings } from '../settings/schema';
import { mergeFieldByName, previewTemplate, refuseRender, renderLetterHtml, renderPlainText } from '../templates';
import type { MissingValue, RenderRefusal, TemplateProblem } from '../templates';
import { letterAddressees, letterLayout, postalAddressLines, type LetterLayout } from './letter-layout';
import { letterSignature, placementStep, type LetterTemplate } from './letter-templates';

export interface LetterSources {
  customer: Customer;
  contacts: readonly Contact[];
  invoices: readonly Invoice[];
  promises: readonly PaymentPromise[];
}

export interface ComposeLetterInput extends LetterSources {
  template: LetterTemplate;
  settings: Settings;
  now: Date;
  /** The contact the letter is for the attention of; null for no one by name; left out, whoever approves payment. */
  addresseeId?: string | null;
  /** What the user stated, for a letter that asks: the step (or the agency's name) and the last day to settle. */
  nextStep: { action: string; date: string };
}

/** A part of the letter written out: HTML for the PDF, plain text for the timeline. */
export interface WrittenPart {
  html: string;
  text: string;
}

export interface WrittenLetter {
  /** One line. */
  subject: string;
  opening: WrittenPart;
  closing: WrittenPart;
  signature: WrittenPart;
}

export interface LetterRefusal extends RenderRefusal {
  /** Why the letter is not true of the account, when it is not. */
  unfit: string | null;
  /** Why no letter may go to this account at all (the customer asked us to stop contacting them). */
  blocked: string | null;
}

export interface LetterDraft {
  template: LetterTemplate;
  customerId: string;
  customerName: string;
  /** The promise a promise confirmation is about; null for the other letters. */
  promiseId: string | null;
  layout: LetterLayout;
  /** The template's parts filled, values marked and gaps shown, for the preview. */
  preview: { subject: FilledText; opening: FilledText; closing: FilledText; signature: FilledText };
  /** Set when the letter can be printed; `refusal` is set otherwise. */
  written: WrittenLetter | null;
  refusal: LetterRefusal | null;
}

export type ReadyLetter = LetterDraft & { written: WrittenLetter };

export function isReadyLetter(draft: LetterDraft): draft is ReadyLetter {
  return draft.written !== null;
}

export const ceaseContactRefusal = 'This customer asked us to stop contacting them, so no letter can be sent to this account.';

/**
 * Why the office may not write to this account, in a sentence; null when it may. As with e-mail,
 * a placed account hears from the agency only, not from two collectors at once.
 */
export function officeLetterRefusal(customer: Pick<Customer, 'ceaseContact' | 'placement'>): string | null {
  if (customer.ceaseContact === true) return ceaseContactRefusal;
  return customer.placement ? lettersPausedText(customer.placement) : null;
}

const companyAddressMissing: MissingValue = {
  field: 'company.address',
  label: 'Company address',
  whenMissing: 'Add your company’s postal address in Settings.',
};
const billingAddress = mergeFieldByName('account.billingAddress');
const postalAddressMissing: MissingValue = {
  field: 'account.billingAddress',
  label: billingAddress?.label ?? 'Billing address',
  whenMissing: billingAddress?.whenMissing ?? 'Add a billing address to the customer file.',
};
const agencyMissing: MissingValue = {
  field: 'nextStep.action',
  label: 'Collection agency',
  whenMissing: 'Name the collection agency the account will be placed with.',
};

/** The latest promise, by when it was made: the one the {promise.*} fields describe. */
function latestPromise(promises: readonly PaymentPromise[]): PaymentPromise | null {
  return [...promises].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

function letterContext(input: ComposeLetterInput, addressee: Contact | null): ScriptContext {
  const { template, nextStep } = input;
  const context = buildScriptContext({ ...input, contactId: addressee?.id ?? null });
  if (!template.asksNextStep) return { ...context, nextStep: null };
  const action = template.asksNextStep === 'agency' ? placementStep(nextStep.action) : nextStep.action.trim();
  return { ...context, nextStep: { action, date: nextStep.date } };
}

function writeParts(
  template: LetterTemplate,
  context: ScriptContext,
): WrittenLetter | { problems: TemplateProblem[]; missing: MissingValue[] } {
  const parts = [template.subject, template.opening, template.closing, letterSignature];
  const html = parts.map((part) => renderLetterHtml(part, context));
  const problems: TemplateProblem[] = [];
  const missing = new Map<string, MissingValue>();
  for (const part of html) {
    if (part.ok) continue;
    problems.push(...part.problems);
    for (const m of part.missing) missing.set(m.field, m);
  }
  const text = parts.map((part) => renderPlainText(part, context));
  const [subject, opening, closing, signature] = html.map((part, i) => {
    const plain = text[i];
    return part.ok && plain?.ok ? { html: part.value, text: plain.value } : null;
  });
  if (subject && opening && closing && signature && problems.length === 0) {
    return { subject: subject.text.replace(/\s*\n+\s*/g, ' ').trim(), opening, closing, signature };
  }
  return { problems, missing: [...missing.values()] };
}

export function composeLetter(input: ComposeLetterInput): LetterDraft {
  const { template, customer, settings } = input;
  const addressees = letterAddressees(input.contacts);
  const addressee =
    input.addresseeId === undefined ? (addressees[0] ?? null) : (addressees.find((c) => c.id === input.addresseeId) ?? null);
  const context = letterContext(input, addressee);
  const layout = letterLayout({ customer, addressee, invoices: context.invoices, settings, today: context.today });
  const preview = {
    subject: previewTemplate(template.subject, context, 'letter').segments,
    opening: previewTemplate(template.opening, context, 'letter').segments,
    closing: previewTemplate(template.closing, context, 'letter').segments,
    signature: previewTemplate(letterSignature, context, 'letter').segments,
  };
  const base = {
    template,
    customerId: customer.id,
    customerName: customer.legalName,
    promiseId: template.aboutPromise ? (latestPromise(input.promises)?.id ?? null) : null,
    layout,
    preview,
  };

  const written = writeParts(template, context);
  const blocked = officeLetterRefusal(customer);
  const unfit = conditionsHold(template.fitsWhen, context) ? null : template.whenUnfit;
  const pageMissing = [
    ...(layout.sender.addressLines.length === 0 ? [companyAddressMissing] : []),
    ...(postalAddressLines(customer).length === 0 ? [postalAddressMissing] : []),
  ];
  if ('opening' in written && !blocked && !unfit && pageMissing.length === 0) return { ...base, written, refusal: null };

  const problems = 'opening' in written ? [] : written.problems;
  const templateMissing = 'opening' in written ? [] : written.missing;
  // The agency's name is what the user types for a notice of intent: ask for it by that name.
  const stepMissing =
    template.asksNextStep === 'agency' ? templateMissing.map((m) => (m.field === 'nextStep.action' ? agencyMissing : m)) : templateMissing;
  const missing = [...pageMissing, ...stepMissing.filter((m) => !pageMissing.some((p) => p.field === m.field))];
  const refusal = problems.length > 0 || missing.length > 0 ? refuseRender(problems, missing, 'printed') : null;
  const message = [blocked, unfit, refusal?.message].filter(Boolean).join(' ');
  return { ...base, written: null, refusal: { ok: false, problems, missing, unfit, blocked, message } };
}
