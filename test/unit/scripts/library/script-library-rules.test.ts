import { describe, expect, it } from 'vitest';
import { scripts as builtIns, scriptById } from '../../../../shared/scripts';
import { duplicateScript, officeScriptId } from '../../../../shared/scripts/library/duplicate-script';
import {
  currentScript,
  freeTitle,
  libraryScripts,
  pickerScripts,
  scriptAsUsed,
  withOfficeScripts,
} from '../../../../shared/scripts/library/script-library';
import { scriptSaveProblems } from '../../../../shared/scripts/library/script-save-check';
import {
  scriptTemplateSchema,
  scriptVersionKey,
  storedScriptSchema,
  type StoredScript,
} from '../../../../shared/scripts/library/script-schema';
import type { ScriptProposal, ScriptTemplate } from '../../../../shared/scripts';

const second = scriptById('second-call')!;

function row(template: ScriptTemplate, extra: Partial<StoredScript> = {}): StoredScript {
  return storedScriptSchema.parse({
    id: scriptVersionKey(template.id, template.version),
    scriptId: template.id,
    version: template.version,
    origin: 'custom',
    template,
    basedOn: null,
    proposedInstead: null,
    archived: false,
    savedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  });
}

function withFirstLine(template: ScriptTemplate, text: string, version: number): ScriptTemplate {
  const copy = structuredClone(template);
  copy.version = version;
  copy.steps[1]!.lines[0]!.text = text;
  return copy;
}

describe('the script library', () => {
  it('accepts every built-in script as a stored template', () => {
    for (const script of builtIns) expect(scriptTemplateSchema.safeParse(script).success, script.id).toBe(true);
  });

  it('duplicates with a new id, version 1, a free title and the same step ids', () => {
    const copy = duplicateScript(second, officeScriptId('AB-12'), ['Second call (our wording)']);
    expect(copy).toMatchObject({ id: 'custom-ab12', version: 1, title: 'Second call (our wording 2)' });
    expect(copy.steps.map((s) => s.id)).toEqual(second.steps.map((s) => s.id));
    copy.steps[0]!.title = 'changed';
    expect(second.steps[0]!.title).not.toBe('changed'); // a deep copy
    expect(freeTitle('X', [])).toBe('X (our wording)');
  });

  it('shows a call exactly the version it used, after later edits', () => {
    const v1 = duplicateScript(second, 'custom-a', []);
    const v2 = withFirstLine(v1, 'New wording for {contact.firstName}.', 2);
    const rows = [row(v1), row(v2)];
    expect(scriptAsUsed(rows, 'custom-a', 1)!.steps[1]!.lines[0]!.text).toBe(second.steps[1]!.lines[0]!.text);
    expect(scriptAsUsed(rows, 'custom-a', 2)!.steps[1]!.lines[0]!.text).toBe('New wording for {contact.firstName}.');
    expect(currentScript(rows, 'custom-a')!.version).toBe(2);
  });

  it("keeps a built-in's stored wording over the code's when a call used it", () => {
    const old = withFirstLine(second, 'The old built-in wording.', 1);
    const rows = [row(old, { origin: 'built-in' })];
    expect(scriptAsUsed(rows, 'second-call', 1)!.steps[1]!.lines[0]!.text).toBe('The old built-in wording.');
    expect(scriptAsUsed([], 'second-call', undefined)).toBe(second);
    expect(scriptAsUsed([], 'nothing-like-it', 1)).toBeUndefined();
  });

  it('offers office scripts for their kind of account, and not archived ones', () => {
    const mine = { ...duplicateScript(second, 'custom-b', []), forKind: 'commercial' as const };
    const gone = row(duplicateScript(second, 'custom-c', ['Second call (our wording)']), { archived: true });
    const rows = [row(mine), gone];
    expect(pickerScripts(rows, 'commercial').map((s) => s.id)).toContain('custom-b');
    expect(pickerScripts(rows, 'consumer').map((s) => s.id)).not.toContain('custom-b');
    expect(pickerScripts(rows, 'commercial').map((s) => s.id)).not.toContain('custom-c');
    expect(libraryScripts(rows).map((s) => s.template.id)).toContain('custom-c');
  });

  it('proposes the office wording in place of the built-in it stands in for', () => {
    const proposal: ScriptProposal = {
      scriptId: 'second-call',
      rule: 'late-past-first-month',
      reason: 'the oldest invoice is 40 days past due',
      sentence: 'Proposed: Second call — the oldest invoice is 40 days past due.',
    };
    const mine = duplicateScript(second, 'custom-d', []);
    expect(withOfficeScripts(proposal, [row(mine, { proposedInstead: 'second-call' })], 'commercial')).toMatchObject({
      scriptId: 'custom-d',
      sentence: 'Proposed: Second call (our wording) — the oldest invoice is 40 days past due.',
    });
    expect(withOfficeScripts(proposal, [row(mine, { proposedInstead: null })], 'commercial')).toBe(proposal);
    expect(withOfficeScripts(proposal, [row(mine, { proposedInstead: 'second-call', archived: true })], 'commercial')).toBe(proposal);
  });
});

describe('saving a script', () => {
  it('refuses an unknown merge field, saying where it is', () => {
    const edited = withFirstLine(duplicateScript(second, 'custom-e', []), 'Hello {contact.frstName}.', 1);
    const problems = scriptSaveProblems(edited);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe(`Step 2, ${second.steps[1]!.title}, line 1`);
    expect(problems[0]!.message).toMatch(/contact\.frstName/);
    expect(problems[0]!.fieldPath).toBe('steps.1.lines.0.text');
  });

  it('places a problem in a problem path by its path and step', () => {
    const edited = structuredClone(duplicateScript(second, 'custom-f', []));
    edited.branches[1]!.steps[0]!.guidance = [{ text: 'Ask about {invoice.nope}' }];
    const [problem] = scriptSaveProblems(edited);
    expect(problem!.where).toMatch(new RegExp(`^Problem path ${edited.branches[1]!.title}, step 1`));
    expect(problem!.fieldPath).toBe('branches.1.steps.0.guidance.0.text');
  });

  it('refuses empty parts and a script without steps', () => {
    const edited = duplicateScript(second, 'custom-g', []);
    expect(scriptSaveProblems({ ...edited, title: '  ' })[0]).toMatchObject({ fieldPath: 'title' });
    expect(scriptSaveProblems({ ...edited, steps: [] })[0]!.message).toMatch(/at least one step/);
    expect(scriptSaveProblems(edited)).toEqual([]);
  });
});
