// The call scripts are filled by the template engine: a script written with the dotted merge-field
// names reads exactly as the built-in one written with the old placeholder names.
import { describe, expect, it } from 'vitest';
import { scripts } from '../../../shared/scripts/default-script';
import { fillScript, filledTextToString } from '../../../shared/scripts/fill-script';
import type { ScriptStepTemplate, ScriptTemplate } from '../../../shared/scripts/model';
import { mergeFieldByName } from '../../../shared/templates/merge-fields';
import { fullContext, sparseConsumerContext } from './template-fixtures';

const dotted = (text: string) =>
  text.replace(/\{([A-Za-z]+)\}/g, (whole, name: string) => `{${mergeFieldByName(name)?.name ?? `?${name}`}}`);

function withDottedNames(script: ScriptTemplate): ScriptTemplate {
  const step = (s: ScriptStepTemplate): ScriptStepTemplate => ({
    ...s,
    lines: s.lines.map((line) => ({ ...line, text: dotted(line.text) })),
    guidance: s.guidance.map((line) => ({ ...line, text: dotted(line.text) })),
    checklist: s.checklist?.map((item) => ({ ...item, label: dotted(item.label) })),
  });
  return { ...script, steps: script.steps.map(step), branches: script.branches.map((b) => ({ ...b, steps: b.steps.map(step) })) };
}

describe('call scripts through the template engine', () => {
  it.each(scripts.map((s) => [s.id, s] as const))('%s reads the same with dotted names as with the old names', (_id, script) => {
    const rewritten = withDottedNames(script);
    expect(JSON.stringify(rewritten)).not.toContain('{?');
    expect(JSON.stringify(rewritten)).not.toMatch(/\{(pastDue|contactName|oldestInvoiceNumber)\}/);
    for (const ctx of [fullContext(), sparseConsumerContext()]) expect(fillScript(rewritten, ctx)).toEqual(fillScript(script, ctx));
  });

  it('can greet the contact by first name in an edited script', () => {
    const base = scripts[0]!;
    const edited = { ...base, steps: [{ ...base.steps[1]!, lines: [{ text: 'Hi {contact.firstName}, it is {caller.name}.' }] }] };
    const line = fillScript(edited, fullContext()).steps[0]?.lines[0] ?? [];
    expect(filledTextToString(line)).toBe('Hi Marco, it is Priya Shah.');
  });
});
