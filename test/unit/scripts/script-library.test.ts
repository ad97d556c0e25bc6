import { describe, expect, it } from 'vitest';
import { callResultSchema } from '../../../shared/calls/schema';
import { defaultScript, scriptById, scripts, scriptsFor } from '../../../shared/scripts/default-script';
import { fillScript, filledTextToString } from '../../../shared/scripts/fill-script';
import type {
  FilledScript,
  FilledStep,
  FilledText,
  ScriptContext,
  ScriptStepTemplate,
  ScriptTemplate,
} from '../../../shared/scripts/model';
import { isPlaceholderName, placeholdersIn } from '../../../shared/scripts/placeholders';
import { scriptTones } from '../../../shared/scripts/tones';
import { commercialContext, sparseConsumerContext } from './script-context.fixture';

const templatesOf = (step: ScriptStepTemplate): string[] => [
  step.title,
  ...step.lines.map((line) => line.text),
  ...step.guidance.map((line) => line.text),
  ...(step.checklist ?? []).map((item) => item.label),
];
const allTemplates = (script: ScriptTemplate): string[] => [
  ...script.steps.flatMap(templatesOf),
  ...script.branches.flatMap((branch) => branch.steps.flatMap(templatesOf)),
];

const stepTexts = (step: FilledStep): FilledText[] => [...step.lines, ...step.guidance, ...step.checklist.map((item) => item.label)];
const allTexts = (script: FilledScript): FilledText[] => [
  ...script.steps.flatMap(stepTexts),
  ...script.branches.flatMap((b) => b.steps.flatMap(stepTexts)),
];
const words = (script: FilledScript) =>
  allTexts(script)
    .map((t) => filledTextToString(t))
    .join('\n');
/** What the caller reads aloud in the main steps, asides left out. */
const spokenLines = (script: FilledScript) => script.steps.flatMap((s) => s.lines.map((t) => filledTextToString(t, { prompts: false })));
const spokenIn = (script: FilledScript, stepId: string) => {
  const step = script.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId} in ${script.id}`);
  return step.lines.map((t) => filledTextToString(t, { prompts: false })).join(' ');
};
const script = (id: string): ScriptTemplate => {
  const found = scriptById(id);
  if (!found) throw new Error(`no script ${id}`);
  return found;
};

const disclosures = [
  /sure I am speaking with the right person/,
  /this call is about collecting a debt, and anything you tell me will be used for that purpose/,
  /right to dispute/,
];

const accounts: [string, ScriptContext][] = [
  ['a commercial account', commercialContext()],
  [
    'a commercial account with a missed promise',
    commercialContext({ lastPromise: { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'broken' } }),
  ],
  ['a sparse consumer account', sparseConsumerContext()],
  [
    'a consumer account with a kept promise',
    sparseConsumerContext({ lastPromise: { amountMinor: 5_000, promisedDate: '2026-11-01', status: 'kept' } }),
  ],
  [
    'an account with nothing open, a bad currency and a bad locale',
    sparseConsumerContext({
      invoices: [],
      totals: { totalDueMinor: 0, pastDueMinor: 0, oldestDaysPastDue: Number.NaN, currency: 'dollars' },
      locale: 'not a locale!!',
    }),
  ],
];

describe('the built-in script library', () => {
  it('ships these ids and versions, so calls recorded with them always find their script', () => {
    expect(scripts.map((s) => `${s.id}@${s.version}`)).toEqual([
      'collection-call@1',
      'first-reminder@1',
      'second-call@1',
      'final-call@1',
      'promise-follow-up@1',
      'consumer-call@1',
    ]);
    expect(new Set(scripts.map((s) => s.id)).size).toBe(scripts.length);
    expect(new Set(scripts.map((s) => s.title)).size).toBe(scripts.length);
  });

  it('finds every script by its id', () => {
    for (const s of scripts) expect(scriptById(s.id)).toBe(s);
    expect(scriptById('collection-call')).toBe(defaultScript);
  });

  it('keeps the original script as the general one', () => {
    expect(defaultScript).toMatchObject({ id: 'collection-call', version: 1, title: 'Past-due account call', tone: 'general' });
  });

  it('gives each script a known tone, a distinct one per script, and a one-line description for the picker', () => {
    for (const s of scripts) {
      expect(scriptTones).toContain(s.tone);
      expect(s.description.length, s.id).toBeGreaterThan(20);
      expect(s.description.length, s.id).toBeLessThanOrEqual(120);
      expect(s.description, s.id).not.toMatch(/\n/);
    }
    expect(new Set(scripts.map((s) => s.tone)).size).toBe(scripts.length);
    expect(Object.fromEntries(scripts.map((s) => [s.id, s.tone]))).toMatchObject({
      'first-reminder': 'friendly',
      'second-call': 'firm',
      'final-call': 'final',
      'promise-follow-up': 'follow-up',
      'consumer-call': 'consumer',
    });
  });

  it('offers the consumer call only for consumer accounts, and every other script for both', () => {
    expect(scriptsFor('commercial').map((s) => s.id)).not.toContain('consumer-call');
    expect(scriptsFor('commercial')).toHaveLength(scripts.length - 1);
    expect(scriptsFor('consumer').map((s) => s.id)).toEqual(scripts.map((s) => s.id));
  });

  it.each(scripts.map((s) => [s.id, s] as const))('%s uses only known placeholders, with balanced braces', (_id, s) => {
    const templates = allTemplates(s);
    expect(templates.flatMap(placeholdersIn).filter((name) => !isPlaceholderName(name))).toEqual([]);
    for (const template of templates) {
      const stripped = template.replace(/\{[A-Za-z]+\}/g, '').replace(/\[[^[\]]*\]/g, '');
      expect(stripped, template).not.toMatch(/[{}[\]]/);
    }
  });

  it.each(scripts.map((s) => [s.id, s] as const))('%s has unique ids free of progress-key separators', (_id, s) => {
    const scopes = [s.steps, ...s.branches.map((b) => b.steps)];
    for (const steps of scopes) {
      expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
      for (const step of steps) {
        const items = (step.checklist ?? []).map((item) => item.id);
        expect(new Set(items).size).toBe(items.length);
        for (const id of [step.id, ...items]) expect(id).toMatch(/^[a-z][a-z-]*$/);
      }
    }
    expect(new Set(s.branches.map((b) => b.id)).size).toBe(s.branches.length);
    for (const branch of s.branches) expect(callResultSchema.safeParse(branch.suggestedOutcome).success).toBe(true);
    expect(s.steps[0]?.id).toBe('prepare');
  });

  for (const s of scripts) {
    it.each(accounts)(`${s.id} fills cleanly for %s`, (_name, ctx) => {
      const filled = fillScript(s, ctx);
      expect(filled.id).toBe(s.id);
      expect(filled.version).toBe(s.version);
      const all = words(filled);
      expect(all).not.toMatch(/[{}]/);
      expect(all).not.toMatch(/undefined|NaN|null|\[object/);
      for (const text of allTexts(filled)) for (const segment of text) expect(segment.value.length).toBeGreaterThan(0);
      // Every step has something to say or do for the accounts the script is written for.
      if (s.forKind && s.forKind !== ctx.customer.kind) return;
      for (const step of filled.steps) expect(stepTexts(step).length, `${s.id}/${step.id}`).toBeGreaterThan(0);
    });
  }
});

describe('consumer disclosures', () => {
  const consumer = fillScript(script('consumer-call'), sparseConsumerContext());

  it('the consumer call checks identity, then says it is collecting a debt and that they may dispute it', () => {
    const spoken = spokenLines(consumer);
    const at = disclosures.map((pattern) => spoken.findIndex((line) => pattern.test(line)));
    for (const index of at) expect(index).toBeGreaterThanOrEqual(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // No amount is said before all three.
    const firstMoney = spoken.findIndex((line) => /\$\d/.test(line));
    expect(firstMoney).toBeGreaterThan(Math.max(...at));
  });

  it('names who is calling and the business in the disclosure', () => {
    const filled = fillScript(
      script('consumer-call'),
      sparseConsumerContext({ callerName: 'Priya Shah', companyName: 'Northwind Supplies' }),
    );
    expect(spokenIn(filled, 'reach-person')).toContain('My name is Priya Shah, and I am calling from Northwind Supplies.');
    expect(spokenIn(filled, 'disclosures')).toContain('I am Priya Shah from Northwind Supplies.');
  });

  it('warns against discussing the debt with anyone but the account holder', () => {
    expect(words(consumer)).toMatch(/only your name, company and number/);
    expect(words(consumer)).toMatch(/Say nothing about the debt/);
  });

  it.each(scripts.filter((s) => s !== defaultScript).map((s) => [s.id, s] as const))(
    '%s carries the disclosures for a consumer and leaves them out for a business',
    (_id, s) => {
      const forConsumer = spokenLines(fillScript(s, sparseConsumerContext()));
      for (const pattern of disclosures)
        expect(
          forConsumer.some((line) => pattern.test(line)),
          `${pattern}`,
        ).toBe(true);
      const forBusiness = spokenLines(fillScript(s, commercialContext()));
      for (const pattern of disclosures)
        expect(
          forBusiness.some((line) => pattern.test(line)),
          `${pattern}`,
        ).toBe(false);
    },
  );
});

describe('tone of the stage scripts', () => {
  const threats = /\b(sue|suing|lawsuit|court|arrest|jail|police|legal action|credit (score|report|rating)|ruin)\b/i;

  it.each(scripts.map((s) => [s.id, s] as const))('%s threatens nothing in its own steps', (_id, s) => {
    expect(s.steps.flatMap(templatesOf).join(' ')).not.toMatch(threats);
  });

  it('the final call names the next step only as the caller fills it in: what was decided', () => {
    const filled = fillScript(script('final-call'), commercialContext());
    const nextStep = filled.steps.find((s) => s.id === 'next-step');
    const said = nextStep?.lines.map((t) => filledTextToString(t, { prompts: false })).join(' ') ?? '';
    expect(said).not.toMatch(/agency/i);
    expect(nextStep?.lines[0]?.some((segment) => segment.kind === 'prompt' && /decided step/.test(segment.value))).toBe(true);
    expect(words(filled)).toMatch(/Name only the step and the date that were decided/);
    expect(filled.steps.find((s) => s.id === 'final-check')?.checklist.map((i) => i.id)).toContain('decided');
  });

  it('the first reminder checks receipt and approval; the second call names the missed date and asks for the approver', () => {
    const first = fillScript(script('first-reminder'), commercialContext());
    expect(spokenIn(first, 'check-received')).toContain('Invoice INV-1042 for $1,250.00 was due on Oct 3, 2026');
    expect(spokenIn(first, 'check-received')).toContain('Has it been approved for payment');
    const second = fillScript(script('second-call'), commercialContext());
    expect(spokenIn(second, 'missed-date')).toContain('was due on Oct 3, 2026; it is now 45 days late.');
    expect(spokenIn(second, 'firm-ask')).toContain('I need a date and an amount from you today.');
    expect(spokenIn(second, 'escalate')).toContain('I would like to speak with Lena Ortiz today.');
    const notYetDue = commercialContext({ totals: { totalDueMinor: 213_000, pastDueMinor: 0, oldestDaysPastDue: 0, currency: 'USD' } });
    expect(spokenIn(fillScript(script('first-reminder'), notYetDue), 'check-received')).toContain('falls due on Oct 3, 2026');
    expect(spokenIn(fillScript(script('first-reminder'), notYetDue), 'check-received')).not.toContain('have not seen the payment');
    const unknownApprover = fillScript(script('second-call'), commercialContext({ authoriser: null }));
    expect(spokenIn(unknownApprover, 'escalate')).toContain('who can?');
  });
});

describe('the promise follow-up', () => {
  const followUp = (lastPromise: ScriptContext['lastPromise'], overrides: Partial<ScriptContext> = {}) =>
    fillScript(script('promise-follow-up'), commercialContext({ lastPromise, ...overrides }));
  const outcome = (filled: FilledScript) => spokenIn(filled, 'promise-outcome');

  it('thanks them for a kept promise and asks about what is still overdue', () => {
    const kept = followUp({ amountMinor: 50_000, promisedDate: '2026-11-10', status: 'kept' });
    expect(outcome(kept)).toBe('Thank you: your payment of $500.00 came in as agreed, and I appreciate it.');
    expect(spokenIn(kept, 'next-payment')).toContain('Can we agree a date for the $1,650.00 that is still overdue?');
    expect(spokenIn(kept, 'follow-up-close')).toContain('Thank you again for keeping to what we agreed.');
    expect(words(kept)).not.toContain('What happened?');
  });

  it('does not ask about an overdue remainder when a kept promise cleared the account', () => {
    const cleared = followUp(
      { amountMinor: 213_000, promisedDate: '2026-11-10', status: 'kept' },
      { invoices: [], totals: { totalDueMinor: 0, pastDueMinor: 0, oldestDaysPastDue: 0, currency: 'USD' } },
    );
    expect(spokenIn(cleared, 'remainder')).toBe('With that, nothing is left to pay on the account.');
    expect(spokenIn(cleared, 'next-payment')).not.toContain('still overdue');
  });

  it.each([
    ['broken', { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'broken' }],
    ['open past its date', { amountMinor: 50_000, promisedDate: '2026-11-16', status: 'open' }],
    ['partly kept', { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'partially-kept' }],
  ] as const)('asks what happened and for a new firm commitment when the promise was %s', (_name, promise) => {
    const missed = followUp(promise);
    expect(outcome(missed)).toContain('We agreed $500.00 by');
    expect(outcome(missed)).toContain('What happened?');
    expect(spokenIn(missed, 'next-payment')).toContain('I need a new commitment I can rely on');
    expect(words(missed)).not.toContain('came in as agreed');
  });

  it('checks a promise whose date has not come yet is on track, including one due today', () => {
    for (const promisedDate of ['2026-11-17', '2026-11-20']) {
      const pending = followUp({ amountMinor: 50_000, promisedDate, status: 'open' });
      expect(outcome(pending)).toContain('I am checking it is still on track.');
      expect(outcome(pending)).not.toContain('What happened?');
    }
  });

  it('reads without a promise on file, pointing the caller to a stage script', () => {
    const none = followUp(null);
    expect(outcome(none)).toBe('');
    expect(words(none)).toContain('No promise on file');
    expect(spokenIn(none, 'next-payment')).toContain('When will the $1,650.00 be paid, and how?');
  });
});
