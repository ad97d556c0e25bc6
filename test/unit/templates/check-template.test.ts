import { describe, expect, it } from 'vitest';
import { scripts } from '../../../shared/scripts/default-script';
import type { ScriptTemplate } from '../../../shared/scripts/model';
import { checkScriptTemplate } from '../../../shared/templates/check-script';
import { checkTemplate, suggestField } from '../../../shared/templates/check-template';
import { parseTemplate } from '../../../shared/templates/template-text';

const codes = (template: string, kind: 'script' | 'email' | 'letter' = 'script') => checkTemplate(template, kind).map((p) => p.code);

describe('parsing a template', () => {
  it('splits text, fields and notes, with each piece where it was typed', () => {
    const template = 'Hi {contact.firstName},\n[smile] you owe { pastDue }.';
    const { parts, problems } = parseTemplate(template);
    expect(problems).toEqual([]);
    expect(parts.map((p) => [p.kind, p.kind === 'field' ? p.name : p.value, p.line, p.column])).toEqual([
      ['text', 'Hi ', 1, 1],
      ['field', 'contact.firstName', 1, 4],
      ['text', ',\n', 1, 23],
      ['aside', 'smile', 2, 1],
      ['text', ' you owe ', 2, 8],
      ['field', 'pastDue', 2, 17],
      ['text', '.', 2, 28],
    ]);
    // The pieces cover the template exactly, in order.
    expect(parts.map((p) => template.slice(p.start, p.end)).join('')).toBe(template);
  });

  it('reads a template with no braces as one piece of text', () => {
    expect(parseTemplate('Thank you.').parts).toMatchObject([{ kind: 'text', value: 'Thank you.', start: 0, end: 10 }]);
    expect(parseTemplate('').parts).toEqual([]);
  });
});

describe('checking a template before it is saved', () => {
  it('accepts every field from the catalog and every old placeholder name', () => {
    expect(checkTemplate('Dear {contact.firstName}, {account.pastDue} ({pastDue}) is due. {invoices.oldest.number}', 'letter')).toEqual([]);
  });

  it('finds an unknown field with its place and a sentence for the user', () => {
    const [problem, ...rest] = checkTemplate('Hello\nDear {contact.nickname},', 'email');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'unknown-field', start: 11, end: 29, line: 2, column: 6 });
    expect(problem?.message).toBe('{contact.nickname} is not a merge field. Pick one from the list.');
  });

  it('suggests the field a typo or the wrong case most likely meant', () => {
    const [problem] = checkTemplate('{acount.pastdue}', 'script');
    expect(problem?.suggestion).toBe('account.pastDue');
    expect(problem?.message).toBe('{acount.pastdue} is not a merge field. Pick one from the list. Did you mean {account.pastDue}?');
    expect(suggestField('PASTDUE')).toBe('account.pastDue');
    expect(suggestField('weather.today')).toBeUndefined();
  });

  it('finds braces that are not a field, each where it is', () => {
    const template = 'Pay {account.pastDue by } today { {} }}';
    const problems = checkTemplate(template, 'script');
    expect(problems.map((p) => [p.code, p.start, template.slice(p.start, p.end)])).toEqual([
      ['unknown-field', 4, '{account.pastDue by }'],
      ['unclosed-brace', 32, '{'],
      ['empty-field', 34, '{}'],
      ['stray-closing-brace', 37, '}'],
      ['stray-closing-brace', 38, '}'],
    ]);
    const unclosed = checkTemplate('Dear {contact.name', 'letter');
    expect(unclosed).toMatchObject([{ code: 'unclosed-brace', start: 5, line: 1, column: 6 }]);
    expect(unclosed[0]?.message).toMatch(/^A \{ is not closed\./);
  });

  it('tells someone used to double braces to use one pair', () => {
    const [problem] = checkTemplate('Hi {{contact.firstName}}!', 'email');
    expect(problem).toMatchObject({ code: 'double-braces', start: 3, end: 24 });
    expect(problem?.message).toContain('write {contact.firstName}');
  });

  it('finds square brackets that are not a note, and a field inside a note', () => {
    expect(codes('[ask who [pays]')).toEqual(['unclosed-bracket']);
    expect(codes('done] now')).toEqual(['stray-closing-bracket']);
    expect(codes('[ask {contact.name} to pay]')).toEqual(['field-in-aside']);
  });

  it('lets a script hold notes for the caller, but not an e-mail or a letter', () => {
    expect(codes('Can you pay by [the last date you accept]?', 'script')).toEqual([]);
    const [problem] = checkTemplate('Can you pay by [the last date you accept]?', 'letter');
    expect(problem).toMatchObject({ code: 'aside-in-writing', start: 15, end: 41 });
    expect(problem?.message).toContain('a letter is sent as written');
    expect(codes('[note]', 'email')).toEqual(['aside-in-writing']);
  });

  it('reads a long broken template in one pass', () => {
    const template = '{'.repeat(50_000) + '}'.repeat(50_000);
    const problems = checkTemplate(template, 'letter');
    expect(problems.length).toBeGreaterThan(50_000);
    expect(problems.at(-1)).toMatchObject({ line: 1, column: 100_000 });
  });
});

describe('checking a whole script', () => {
  it.each(scripts.map((s) => [s.id, s] as const))('finds nothing wrong in the built-in %s', (_id, script) => {
    expect(checkScriptTemplate(script)).toEqual([]);
  });

  it('says which step, path and line each problem is in', () => {
    const base = scripts[0] as ScriptTemplate;
    const [first, ...steps] = base.steps;
    const branch = base.branches[0]!;
    const edited: ScriptTemplate = {
      ...base,
      steps: [{ ...first!, lines: [...first!.lines, { text: 'Hi {contact.nickname}' }] }, ...steps],
      branches: [
        { ...branch, steps: [{ ...branch.steps[0]!, checklist: [{ id: 'x', label: 'Pay {pastDue' }] }] },
        ...base.branches.slice(1),
      ],
    };
    const problems = checkScriptTemplate(edited);
    expect(problems.map((p) => [p.code, p.branchId, p.stepId, p.part, p.index])).toEqual([
      ['unknown-field', undefined, first!.id, 'line', first!.lines.length],
      ['unclosed-brace', branch.id, branch.steps[0]!.id, 'checklist', 0],
    ]);
  });
});
