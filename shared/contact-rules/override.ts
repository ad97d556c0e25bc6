// A call made despite the contact rules is written on the account's timeline as a note of its
// own kind: the user's reason and the rules that call broke, so the file shows why.
import { z } from 'zod';
import { newId } from '../common/ids';
import { requiredText } from '../common/primitives';
import type { Note } from '../notes/schema';
import { contactRuleLabels, type ContactAttempt, type ContactRuleBreach, type ContactRuleName } from './check-contact-rules';

export const contactRuleNameSchema = z.enum(['do-not-call', 'cease-contact', 'calling-hours', 'seven-in-seven', 'after-conversation']);

export const contactRuleOverrideSchema = z.object({
  reason: requiredText(500, 'Reason for calling anyway'),
  rules: z.array(contactRuleNameSchema).min(1, 'Name at least one rule the call breaks.'),
});
export type ContactRuleOverride = z.infer<typeof contactRuleOverrideSchema>;

/** The rules as one line for the timeline and the agency packet: "Calling hours, Do not call". */
export function brokenRulesText(rules: readonly ContactRuleName[]): string {
  return rules.map((r) => contactRuleLabels[r]).join(', ');
}

/** The override from the breaches shown and the reason typed (a ZodError names a blank reason). */
export function overrideFor(breaches: readonly ContactRuleBreach[], reason: string): ContactRuleOverride {
  return contactRuleOverrideSchema.parse({ reason, rules: breaches.map((b) => b.rule) });
}

/** The timeline note recording an override. */
export function contactRuleOverrideNote(customerId: string, override: ContactRuleOverride, now: Date): Note {
  return {
    id: newId(),
    customerId,
    kind: 'contact-rule-override',
    text: override.reason,
    correctsCallId: null,
    rulesBroken: [...override.rules],
    createdAt: now.toISOString(),
  };
}

/** The account's calls as the rules count them: when each started and whether someone was reached. */
export function attemptsOf<Result extends string>(
  calls: readonly { startedAt: string; result: Result | null }[],
  reachedResults: ReadonlySet<Result>,
): ContactAttempt[] {
  return calls.map((c) => ({ at: c.startedAt, reached: c.result !== null && reachedResults.has(c.result) }));
}
