// A template written out for one account in the three forms the app needs, all from the same
// resolved segments (./resolve-template):
// - a call script's segments: a missing value becomes an aside for the caller, as scripts always did;
// - an e-mail's plain text and a letter's HTML: these reach the customer as written, so they are
//   refused while the template has a problem or the account lacks a value it uses. The refusal
//   lists what to fix; nothing is ever sent with a caller's aside, a guess, "undefined" or braces.
import { escapeHtml } from '../export/html';
import { deriveFacts, type AccountFacts } from '../scripts/account-facts';
import type { FilledText, ScriptContext } from '../scripts/model';
import type { TemplateKind } from './check-template';
import { resolveTemplate, type MissingValue, type ResolvedTemplate } from './resolve-template';
import type { TemplateProblem } from './template-text';

export interface RenderRefusal<Problem extends TemplateProblem = TemplateProblem> {
  ok: false;
  /** What is wrong with the template: fix it, then try again. */
  problems: Problem[];
  /** What the account lacks: fill it in (Settings, the customer file), then try again. */
  missing: MissingValue[];
  /** The whole refusal in plain sentences, for a banner. */
  message: string;
}

export type Rendered<T, Problem extends TemplateProblem = TemplateProblem> = { ok: true; value: T } | RenderRefusal<Problem>;

export interface EmailProblem extends TemplateProblem {
  part: 'subject' | 'body';
}

/** A call script's text for one account, from facts derived once for the whole script. */
export function fillSegments(template: string, facts: AccountFacts): FilledText {
  return resolveTemplate(template, facts, 'script').segments;
}

/** A call script's text for one account: figures marked, missing values as asides for the caller. */
export function renderScriptText(template: string, context: ScriptContext): FilledText {
  return fillSegments(template, deriveFacts(context));
}

/**
 * The live preview while editing: the filled segments (show 'figure' highlighted and 'prompt' as
 * an aside), what the account is missing, and the template's problems for this kind.
 */
export function previewTemplate(template: string, context: ScriptContext, kind: TemplateKind): ResolvedTemplate {
  return resolveTemplate(template, deriveFacts(context), kind);
}

const joinLabels = (labels: string[]) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`);

function refusalMessage(problems: readonly TemplateProblem[], missing: readonly MissingValue[], outcome: string): string {
  const sentences: string[] = [];
  if (problems.length > 0) {
    const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
    sentences.push(`The template has ${count} to fix before it can be ${outcome}. ${problems[0]?.message ?? ''}`.trim());
  }
  if (missing.length > 0) {
    sentences.push(`It cannot be ${outcome} yet. Missing for this account: ${joinLabels(missing.map((m) => m.label))}.`);
    sentences.push(...new Set(missing.map((m) => m.whenMissing)));
  }
  return sentences.join(' ');
}

/** A refusal with its sentences, for callers that add checks of their own (e.g. an e-mail's recipient). */
export function refuse<Problem extends TemplateProblem>(
  problems: Problem[],
  missing: MissingValue[],
  outcome: string,
): RenderRefusal<Problem> {
  return { ok: false, problems, missing, message: refusalMessage(problems, missing, outcome) };
}

/** The words of segments as they stand; line breaks kept, as written in the template. */
const plainText = (segments: FilledText) =>
  segments
    .map((segment) => segment.value)
    .join('')
    .replace(/\r\n?/g, '\n');

function writtenText(template: string, facts: AccountFacts, kind: 'email' | 'letter'): Rendered<string> {
  const { segments, missing, problems } = resolveTemplate(template, facts, kind);
  // An aside can only come from a problem or a missing value; checked again so none slips out.
  if (problems.length > 0 || missing.length > 0 || segments.some((s) => s.kind === 'prompt')) {
    return refuse(problems, missing, kind === 'email' ? 'sent' : 'printed');
  }
  return { ok: true, value: plainText(segments) };
}

/** One template as plain text for an e-mail; refused while anything is missing. */
export function renderPlainText(template: string, context: ScriptContext): Rendered<string> {
  return writtenText(template, deriveFacts(context), 'email');
}

/** An e-mail's subject (on one line) and body for one account; refused while anything is missing. */
export function renderEmail(
  template: { subject: string; body: string },
  context: ScriptContext,
): Rendered<{ subject: string; body: string }, EmailProblem> {
  const facts = deriveFacts(context);
  const subject = writtenText(template.subject, facts, 'email');
  const body = writtenText(template.body, facts, 'email');
  if (subject.ok && body.ok) {
    return { ok: true, value: { subject: subject.value.replace(/\s*\n+\s*/g, '; ').trim(), body: body.value } };
  }
  const problems = [
    ...(subject.ok ? [] : subject.problems.map((p) => ({ ...p, part: 'subject' as const }))),
    ...(body.ok ? [] : body.problems.map((p) => ({ ...p, part: 'body' as const }))),
  ];
  const missing = new Map([...(subject.ok ? [] : subject.missing), ...(body.ok ? [] : body.missing)].map((m) => [m.field, m]));
  return refuse(problems, [...missing.values()], 'sent');
}

/**
 * A letter's text as HTML for printing to PDF: every value escaped (a customer named
 * `Smith & <Sons>` prints as written), a blank line starting a new paragraph and a single line
 * break kept as one. Refused while anything is missing.
 */
export function renderLetterHtml(template: string, context: ScriptContext): Rendered<string> {
  const text = writtenText(template, deriveFacts(context), 'letter');
  if (!text.ok) return text;
  const paragraphs = text.value
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`);
  return { ok: true, value: paragraphs.join('\n') };
}
