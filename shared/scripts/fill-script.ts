// Turns a script template into the text for one call: lines whose condition does not hold are
// dropped, and each {merge field} becomes segments marking which words are account figures.
import { callResultLabels } from '../calls/schema';
import { contactIsAuthoriser, deriveFacts, type AccountFacts } from './account-facts';
import type {
  ChecklistItemTemplate,
  FilledBranch,
  FilledChecklistItem,
  FilledScript,
  FilledStep,
  FilledText,
  LineCondition,
  LineWhen,
  ScriptContext,
  ScriptStepTemplate,
  ScriptTemplate,
  TemplateLine,
} from './model';
import { fillSegments } from '../templates/render';
import { recordingConsentLine } from './content/recording-consent';

const lastPromiseMissed = ({ ctx }: AccountFacts): boolean => {
  const last = ctx.lastPromise;
  if (!last) return false;
  // Broken or partly kept: a deadline passed without the full amount, for a plan or one payment.
  if (last.status === 'broken' || last.status === 'partially-kept') return true;
  // A plan's promised date is its first instalment: once that passes the plan is still running,
  // and the lifecycle marks it broken or partly kept when an instalment is missed.
  if ((last.instalments?.length ?? 0) > 1) return false;
  return last.status === 'open' && last.promisedDate < ctx.today;
};

const lastPromisePending = (facts: AccountFacts): boolean => facts.ctx.lastPromise?.status === 'open' && !lastPromiseMissed(facts);

const conditions: Record<LineCondition, (facts: AccountFacts) => boolean> = {
  'contact-known': (f) => f.contact !== null,
  'contact-unknown': (f) => f.contact === null,
  'authoriser-is-contact': contactIsAuthoriser,
  'authoriser-elsewhere': (f) => f.authoriser !== null && !contactIsAuthoriser(f),
  'authoriser-unknown': (f) => f.authoriser === null,
  'past-due': (f) => f.ctx.totals.pastDueMinor > 0,
  'nothing-past-due': (f) => !(f.ctx.totals.pastDueMinor > 0),
  'oldest-sent-known': (f) => !!f.oldest?.sentOn,
  'oldest-sent-unknown': (f) => !f.oldest?.sentOn,
  'billing-address-known': (f) => !!f.ctx.addresses[0]?.trim(),
  'billing-address-unknown': (f) => !f.ctx.addresses[0]?.trim(),
  'billing-email-known': (f) => !!f.ctx.billingEmail?.trim(),
  'billing-email-unknown': (f) => !f.ctx.billingEmail?.trim(),
  'how-to-pay-known': (f) => !!f.ctx.howToPay?.trim(),
  'last-promise': (f) => !!f.ctx.lastPromise,
  'last-promise-missed': lastPromiseMissed,
  'last-promise-kept': (f) => f.ctx.lastPromise?.status === 'kept',
  'last-promise-pending': lastPromisePending,
  'no-last-promise': (f) => !f.ctx.lastPromise,
  'open-not-yet-due': (f) => f.invoices.length > 0 && !(f.ctx.totals.pastDueMinor > 0),
  'nothing-open': (f) => f.invoices.length === 0,
};

function applies(line: { only?: string; when?: LineWhen }, facts: AccountFacts): boolean {
  if (line.only && line.only !== facts.ctx.customer.kind) return false;
  if (!line.when) return true;
  const all: readonly LineCondition[] = typeof line.when === 'string' ? [line.when] : line.when;
  return all.every((condition) => conditions[condition](facts));
}

// {name} is a merge field and [words] an aside to the caller: the template engine fills both,
// the same way for scripts, letters and e-mails. An unknown name (a script is checked before it
// is saved, and the built-in ones by their tests) degrades to an aside, never raw braces.
const fillLines = (lines: TemplateLine[], facts: AccountFacts): FilledText[] =>
  lines.filter((line) => applies(line, facts)).map((line) => fillSegments(line.text, facts));

const fillChecklist = (items: ChecklistItemTemplate[] | undefined, facts: AccountFacts): FilledChecklistItem[] =>
  (items ?? []).filter((item) => applies(item, facts)).map((item) => ({ id: item.id, label: fillSegments(item.label, facts) }));

function fillStep(step: ScriptStepTemplate, facts: AccountFacts): FilledStep {
  return {
    id: step.id,
    title: step.title,
    lines: fillLines(step.lines, facts),
    guidance: fillLines(step.guidance, facts),
    checklist: fillChecklist(step.checklist, facts),
  };
}

/**
 * The consent line goes first in the first step the caller speaks in (a script may open with
 * preparation done before dialling), or in the first step when none has spoken lines.
 */
function withConsentLine(steps: FilledStep[], facts: AccountFacts): FilledStep[] {
  const at = Math.max(
    0,
    steps.findIndex((step) => step.lines.length > 0),
  );
  const line = fillSegments(recordingConsentLine.text, facts);
  return steps.map((step, i) => (i === at ? { ...step, lines: [line, ...step.lines] } : step));
}

export function fillScript(script: ScriptTemplate, context: ScriptContext): FilledScript {
  const facts = deriveFacts(context);
  const steps = script.steps.map((step) => fillStep(step, facts));
  const branches: FilledBranch[] = script.branches.map((branch) => ({
    id: branch.id,
    title: branch.title,
    whenToUse: branch.whenToUse,
    steps: branch.steps.map((step) => fillStep(step, facts)),
    suggestedOutcome: branch.suggestedOutcome,
    suggestedOutcomeLabel: callResultLabels[branch.suggestedOutcome],
    outcomeHint: branch.outcomeHint,
  }));
  return {
    id: script.id,
    version: script.version,
    title: script.title,
    customerKind: context.customer.kind,
    steps: context.recordingConsent ? withConsentLine(steps, facts) : steps,
    branches,
  };
}

/** Whether every condition holds for an account: what a line's `when` asks, for other texts that suit some accounts only. */
export function conditionsHold(when: LineWhen, context: ScriptContext): boolean {
  return applies({ when }, deriveFacts(context));
}

/** One template string filled for an account, e.g. for a confirmation email. */
export function fillTemplate(template: string, context: ScriptContext): FilledText {
  return fillSegments(template, deriveFacts(context));
}

/** The words of a filled text; prompts are kept in square brackets unless left out. */
export function filledTextToString(segments: FilledText, options: { prompts?: boolean } = {}): string {
  const withPrompts = options.prompts ?? true;
  return segments
    .filter((segment) => withPrompts || segment.kind !== 'prompt')
    .map((segment) => (segment.kind === 'prompt' ? ` [${segment.value}]` : segment.value))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
