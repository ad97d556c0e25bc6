import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../../shared/scripts/placeholders';
import { filledTextToString } from '../../../shared/scripts/fill-script';
import { firstNameOf } from '../../../shared/templates/field-resolvers';
import {
  acceptedFieldNames,
  mergeFieldByName,
  mergeFieldGroups,
  mergeFields,
  mergeFieldToken,
} from '../../../shared/templates/merge-fields';
import { previewTemplate, renderPlainText, renderScriptText } from '../../../shared/templates/render';
import { brokenOutput, commercialContext, fullContext, sparseConsumerContext } from './template-fixtures';

const say = (template: string, ctx = fullContext()) => filledTextToString(renderScriptText(template, ctx), { prompts: false });

describe('the merge-field catalog', () => {
  it('has unique names, each with a label and a one-line description, listed once in the picker', () => {
    const names = acceptedFieldNames;
    expect(new Set(names).size).toBe(names.length);
    for (const field of mergeFields) {
      expect(field.name).toMatch(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/);
      expect(field.label.trim()).not.toBe('');
      expect(field.description.trim()).not.toBe('');
      expect(field.description).not.toContain('\n');
      expect(field.whenMissing).toMatch(/\.$/);
    }
    const listed = mergeFieldGroups.flatMap((group) => group.fields.map((field) => field.name));
    expect(listed.sort()).toEqual(mergeFields.map((field) => field.name).sort());
    expect(mergeFieldGroups.every((group) => group.label && group.fields.length > 0)).toBe(true);
  });

  it('offers the fields the issue names', () => {
    for (const name of ['contact.firstName', 'account.pastDue', 'invoices.oldest.number', 'promise.terms', 'company.howToPay', 'today']) {
      expect(mergeFieldByName(name)?.name).toBe(name);
    }
    expect(mergeFieldToken({ name: 'account.pastDue' })).toBe('{account.pastDue}');
  });

  it('accepts every call-script placeholder as an alias that fills exactly like its dotted name', () => {
    for (const alias of placeholderNames) {
      const field = mergeFieldByName(alias);
      expect(field, alias).toBeDefined();
      expect(field?.aliases).toContain(alias);
      for (const ctx of [fullContext(), sparseConsumerContext()]) {
        expect(renderScriptText(`{${alias}}`, ctx)).toEqual(renderScriptText(`{${field?.name}}`, ctx));
      }
    }
    expect(say('{pastDue}')).toBe('$1,650.00');
    expect(say('{account.pastDue}')).toBe('$1,650.00');
  });

  it.each(mergeFields.map((field) => [field.name]))('%s fills cleanly for a full account and a sparse one', (name) => {
    // The instalments print nothing for a single payment (by design): the full account pays in two.
    const plan = [
      { dueDate: '2026-11-24', amountMinor: 20_000 },
      { dueDate: '2026-12-08', amountMinor: 30_000 },
    ];
    const everything =
      name === 'promise.instalments' ? fullContext({ lastPromise: { ...fullContext().lastPromise!, instalments: plan } }) : fullContext();
    const full = previewTemplate(`{${name}}`, everything, 'letter');
    expect(full.missing).toEqual([]);
    expect(full.problems).toEqual([]);
    expect(full.segments.length).toBeGreaterThan(0);
    expect(full.segments.every((s) => s.kind !== 'prompt' && s.value !== '')).toBe(true);
    expect(filledTextToString(full.segments)).not.toMatch(brokenOutput);

    const sparse = previewTemplate(`{${name}}`, sparseConsumerContext(), 'script');
    expect(sparse.problems).toEqual([]);
    expect(sparse.segments.length).toBeGreaterThan(0);
    expect(filledTextToString(sparse.segments)).not.toMatch(brokenOutput);
    // Whatever the script falls back to, a written form either has the value or says it is missing.
    const written = renderPlainText(`{${name}}`, sparseConsumerContext());
    if (written.ok) expect(written.value).not.toMatch(brokenOutput);
    else expect(written.missing.map((m) => m.field)).toEqual([name]);
  });

  it('fills the new fields from the account', () => {
    expect(say('{contact.firstName}')).toBe('Marco');
    expect(say('{customer.legalName}')).toBe('Harbor Dental Group LLC');
    expect(say('{customer.name}')).toBe('Harbor Dental');
    expect(say('{today}')).toBe('Nov 17, 2026');
    expect(say('{promise.terms}')).toBe('$500.00 by Nov 24, 2026');
    expect(say('{promise.method}, {promise.invoices}, {promise.lastDate}')).toBe(
      'bank transfer, invoices INV-1042 and INV-1060, Nov 24, 2026',
    );
    expect(say('A{promise.instalments}B')).toBe('AB');
    const plan = [
      { dueDate: '2026-11-24', amountMinor: 20_000 },
      { dueDate: '2026-12-08', amountMinor: 30_000 },
    ];
    const planned = fullContext({ lastPromise: { ...fullContext().lastPromise!, instalments: plan, invoiceNumbers: ['INV-1042'] } });
    expect(say('{promise.lastDate} {promise.invoices}', planned)).toBe('Dec 8, 2026 invoice INV-1042');
    // In an e-mail each instalment keeps its own line.
    expect(renderPlainText('{promise.instalments}', planned)).toEqual({
      ok: true,
      value: 'Instalment 1 of 2: $200.00 on Nov 24, 2026\nInstalment 2 of 2: $300.00 on Dec 8, 2026',
    });
    expect(say('{company.howToPay}')).toBe('by bank transfer to Northwind Supplies, account 12345678');
    expect(say('{nextStep.action} after {nextStep.date}')).toBe('pass the account to Keystone Collections after Dec 1, 2026');
    // Never guessed: a script without the decision asks the caller for it.
    expect(renderScriptText('{nextStep.action}', commercialContext())).toEqual([
      { kind: 'prompt', value: 'the step your business has decided' },
    ]);
  });

  it('greets a sparse account without a name, and says which values it lacks', () => {
    expect(say('Hello {contact.firstName}', sparseConsumerContext())).toBe('Hello there');
    expect(say('{customer.legalName}', sparseConsumerContext())).toBe('Sam Rivera');
    const missing = previewTemplate(
      '{contact.firstName} {company.callbackNumber} {promise.date}',
      sparseConsumerContext(),
      'email',
    ).missing;
    expect(missing.map((m) => m.field)).toEqual(['contact.firstName', 'company.callbackNumber', 'promise.date']);
    expect(missing[1]?.whenMissing).toBe('Add your callback number in Settings.');
  });

  it('reports a value as missing once however many times, and by its dotted name when written as an alias', () => {
    const missing = previewTemplate('{callerName} {caller.name} {callerName}', sparseConsumerContext(), 'email').missing;
    expect(missing).toEqual([{ field: 'caller.name', label: 'Your name', whenMissing: 'Add your name in Settings.' }]);
  });

  it('treats a value the script could only prompt for as missing, even where the account has a figure', () => {
    const badCurrency = commercialContext({ totals: { ...commercialContext().totals, currency: 'dollars' } });
    const preview = previewTemplate('{account.totalDue}', { ...badCurrency, invoices: [] }, 'letter');
    expect(preview.segments.some((s) => s.kind === 'prompt')).toBe(true);
    expect(preview.missing.map((m) => m.field)).toEqual(['account.totalDue']);
  });
});

describe('first names', () => {
  it.each([
    ['Marco Diaz', 'Marco'],
    ['  marco   diaz ', 'marco'],
    ['Jean-Luc Martin', 'Jean-Luc'],
    ['Diaz, Marco', 'Marco'],
    ['Cher', 'Cher'],
    ['Dr. Lena Ortiz', 'Dr. Lena Ortiz'],
    ['Mrs Ortiz', 'Mrs Ortiz'],
    ['J. Diaz', 'J. Diaz'],
    ['Ortiz, Dr. Lena', 'Dr. Lena Ortiz'],
    ['Zoë Brontë', 'Zoë'],
  ])('%s is greeted as %s', (full, first) => {
    expect(firstNameOf(full)).toBe(first);
  });
});
