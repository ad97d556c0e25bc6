// One template filled for one account, as segments ('text' | 'figure' | 'prompt'), with what
// the account is missing and what is wrong with the template. Scripts, e-mails and letters are
// all written from this one result (./render), so they can never disagree about a value.
import type { AccountFacts } from '../scripts/account-facts';
import type { FilledText } from '../scripts/model';
import { compact, prompt, text } from '../scripts/wording';
import { problemsIn, type TemplateKind } from './check-template';
import { mergeFieldByName, type MergeField } from './merge-fields';
import { parseTemplate, type TemplateProblem } from './template-text';

/** A field the account has no value for, once per field however often the template uses it. */
export interface MissingValue {
  /** The dotted name, even when the template used an alias. */
  field: string;
  label: string;
  /** What the user can do about it, in a sentence. */
  whenMissing: string;
}

export interface ResolvedTemplate {
  /** The filled text: missing values and notes are 'prompt' segments (asides for the caller). */
  segments: FilledText;
  missing: MissingValue[];
  /** What is wrong with the template itself for this kind (see checkTemplate). */
  problems: TemplateProblem[];
}

/** Said in place of a field the template should not have: checked templates never show it. */
const unknownFieldPrompt = 'check the account';
const brokenTemplatePrompt = 'check the template here';

/** One field's value for an account, and what is missing when the account lacks it. */
export function resolveField(field: MergeField, facts: AccountFacts): { value: FilledText; missing: MissingValue | null } {
  const value = field.resolve(facts);
  // A value the script would stand in for with a prompt, or guess wording for, is missing.
  const lacking = !field.known(facts) || value.some((segment) => segment.kind === 'prompt');
  return { value, missing: lacking ? { field: field.name, label: field.label, whenMissing: field.whenMissing } : null };
}

export function resolveTemplate(template: string, facts: AccountFacts, kind: TemplateKind): ResolvedTemplate {
  const parsed = parseTemplate(template);
  const segments: FilledText = [];
  const missing = new Map<string, MissingValue>();
  for (const part of parsed.parts) {
    if (part.kind === 'text') segments.push(text(part.value));
    else if (part.kind === 'aside') segments.push(prompt(part.value));
    else if (part.kind === 'broken') segments.push(prompt(brokenTemplatePrompt));
    else {
      const field = mergeFieldByName(part.name);
      if (!field) {
        segments.push(prompt(unknownFieldPrompt));
        continue;
      }
      const { value, missing: lacking } = resolveField(field, facts);
      if (lacking) missing.set(field.name, lacking);
      segments.push(...value);
    }
  }
  return { segments: compact(segments), missing: [...missing.values()], problems: problemsIn(parsed, kind) };
}
