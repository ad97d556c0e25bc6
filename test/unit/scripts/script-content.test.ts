import { describe, expect, it } from 'vitest';
import { callResultSchema } from '../../../shared/calls/schema';
import { defaultScript, scriptById, scripts } from '../../../shared/scripts/default-script';
import type { ScriptStepTemplate, ScriptTemplate } from '../../../shared/scripts/model';
import { isPlaceholderName, placeholderNames, placeholdersIn } from '../../../shared/scripts/placeholders';

function templatesOf(step: ScriptStepTemplate): string[] {
  return [
    step.title,
    ...step.lines.map((line) => line.text),
    ...step.guidance.map((line) => line.text),
    ...(step.checklist ?? []).map((item) => item.label),
  ];
}

function allTemplates(script: ScriptTemplate): string[] {
  return [...script.steps.flatMap(templatesOf), ...script.branches.flatMap((branch) => branch.steps.flatMap(templatesOf))];
}

describe('default script content', () => {
  it('uses only known placeholders, in every template of every script', () => {
    for (const script of scripts) {
      const unknown = allTemplates(script)
        .flatMap(placeholdersIn)
        .filter((name) => !isPlaceholderName(name));
      expect(unknown, `unknown placeholders in ${script.id}`).toEqual([]);
    }
  });

  it('has balanced braces, so no placeholder is half-written', () => {
    for (const template of allTemplates(defaultScript)) {
      const stripped = template.replace(/\{[A-Za-z]+\}/g, '').replace(/\[[^[\]]*\]/g, '');
      expect(stripped, template).not.toMatch(/[{}[\]]/);
    }
  });

  it('uses every placeholder it knows at least once', () => {
    const used = new Set(allTemplates(defaultScript).flatMap(placeholdersIn));
    expect(placeholderNames.filter((name) => !used.has(name))).toEqual([]);
  });

  it('walks the call in the agreed order', () => {
    expect(defaultScript.steps.map((step) => step.id)).toEqual([
      'prepare',
      'identify',
      'confirm-receipt',
      'remind-terms',
      'ask-listen',
      'ask-payment',
      'secure-promise',
      'confirm-details',
      'close-summarise',
    ]);
    expect(defaultScript.steps[0]?.checklist?.length).toBeGreaterThan(4);
  });

  it('offers the seven problem paths with unique ids and a valid suggested outcome', () => {
    const ids = defaultScript.branches.map((branch) => branch.id);
    expect(ids).toEqual(['wrong-person', 'our-failure', 'missing-records', 'invoice-problem', 'no-cash', 'dispute', 'refusal']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(defaultScript.branches.map((b) => b.title)).size).toBe(ids.length);
    for (const branch of defaultScript.branches) {
      expect(callResultSchema.safeParse(branch.suggestedOutcome).success).toBe(true);
      expect(branch.steps.length).toBeGreaterThan(0);
    }
    expect(defaultScript.branches.find((b) => b.id === 'wrong-person')?.suggestedOutcome).toBe('callback-requested');
  });

  it('keeps ids unique within their scope and free of the separators used in progress keys', () => {
    const scopes = [defaultScript.steps, ...defaultScript.branches.map((b) => b.steps)];
    for (const steps of scopes) {
      const ids = steps.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const step of steps) {
        const checklistIds = (step.checklist ?? []).map((item) => item.id);
        expect(new Set(checklistIds).size).toBe(checklistIds.length);
      }
    }
    const allIds = [
      ...defaultScript.branches.map((b) => b.id),
      ...scopes.flat().flatMap((s) => [s.id, ...(s.checklist ?? []).map((i) => i.id)]),
    ];
    for (const id of allIds) expect(id).toMatch(/^[a-z][a-z-]*$/);
  });

  it('never threatens: the refusal path names only a step the caller will really take', () => {
    const refusal = defaultScript.branches.find((b) => b.id === 'refusal');
    const words = refusal?.steps.flatMap(templatesOf).join(' ').toLowerCase() ?? '';
    expect(words).toContain('no threats');
    expect(words).not.toMatch(/\b(sue|lawsuit|arrest|jail|credit score)\b/);
  });

  it('finds scripts by id', () => {
    expect(scriptById(defaultScript.id)).toBe(defaultScript);
    expect(scriptById('no-such-script')).toBeUndefined();
  });
});
