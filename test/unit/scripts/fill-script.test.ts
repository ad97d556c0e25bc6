import { describe, expect, it } from 'vitest';
import { defaultScript } from '../../../shared/scripts/default-script';
import { fillScript, fillTemplate, filledTextToString } from '../../../shared/scripts/fill-script';
import type { FilledScript, FilledStep, FilledText, ScriptContext } from '../../../shared/scripts/model';
import { commercialContext, sparseConsumerContext } from './script-context.fixture';

function stepTexts(step: FilledStep): FilledText[] {
  return [...step.lines, ...step.guidance, ...step.checklist.map((item) => item.label)];
}

function allTexts(script: FilledScript): FilledText[] {
  return [...script.steps.flatMap(stepTexts), ...script.branches.flatMap((b) => b.steps.flatMap(stepTexts))];
}

const words = (script: FilledScript) =>
  allTexts(script)
    .map((t) => filledTextToString(t))
    .join('\n');
const figures = (script: FilledScript) => allTexts(script).flatMap((t) => t.filter((s) => s.kind === 'figure').map((s) => s.value));
const step = (script: FilledScript, id: string) => {
  const found = script.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
};
const spoken = (s: FilledStep) => s.lines.map((t) => filledTextToString(t, { prompts: false })).join(' ');

function expectClean(script: FilledScript) {
  const all = words(script);
  expect(all).not.toMatch(/[{}]/);
  expect(all).not.toMatch(/undefined|NaN|null|\[object/);
  for (const text of allTexts(script)) {
    for (const segment of text) expect(segment.value.length).toBeGreaterThan(0);
  }
}

describe('fillScript with a realistic commercial account', () => {
  const filled = fillScript(defaultScript, commercialContext());

  it('keeps the script identity and every step and branch id', () => {
    expect(filled.id).toBe(defaultScript.id);
    expect(filled.version).toBe(defaultScript.version);
    expect(filled.customerKind).toBe('commercial');
    expect(filled.steps.map((s) => s.id)).toEqual(defaultScript.steps.map((s) => s.id));
    expect(filled.branches.map((b) => b.id)).toEqual(defaultScript.branches.map((b) => b.id));
    expect(filled.branches.find((b) => b.id === 'wrong-person')?.suggestedOutcomeLabel).toBe('Callback requested');
  });

  it('leaves no placeholder, undefined or NaN behind', () => {
    expectClean(filled);
  });

  it('marks the account figures as figures', () => {
    const found = figures(filled);
    for (const expected of [
      'INV-1042',
      'INV-1060',
      'INV-1077',
      '$1,250.00',
      '$2,130.00',
      '$1,650.00',
      '45 days',
      'Marco Diaz',
      'Lena Ortiz',
      '45 days past due',
    ]) {
      expect(found).toContain(expected);
    }
    expect(found).toContain('Oct 3, 2026');
    expect(found).toContain('(555) 010-2200');
  });

  it('reads the invoice list oldest first with amounts, due dates and lateness', () => {
    const line = filledTextToString(step(filled, 'remind-terms').lines[0] ?? []);
    expect(line).toBe(
      'Our records show invoice INV-1042 for $1,250.00, due Oct 3, 2026 (45 days past due); ' +
        'invoice INV-1060 for $400.00 still open of $900.00, due Oct 31, 2026 (17 days past due); ' +
        'and invoice INV-1077 for $480.00, due Nov 19, 2026 (due in 2 days).',
    );
  });

  it('greets the contact by name and says who is calling and what was supplied', () => {
    const identify = spoken(step(filled, 'identify'));
    expect(identify).toContain('Hello Marco Diaz, this is Priya Shah from Northwind Supplies.');
    // Delivered items are listed once even when two invoices spell them differently.
    expect(identify).toContain('We supplied 12 cases of nitrile gloves and a dental chair service visit, and');
  });

  it('says when the oldest invoice was sent and offers every way to pay', () => {
    expect(spoken(step(filled, 'confirm-receipt'))).toContain('We sent invoice INV-1042 on Sep 3, 2026.');
    const ask = spoken(step(filled, 'ask-payment'));
    expect(ask).toContain('$1,650.00');
    expect(ask).toMatch(/card.*bank transfer.*online payment portal.*cheque/);
  });

  it('includes commercial-only lines and leaves consumer-only ones out', () => {
    const prepare = step(filled, 'prepare');
    expect(prepare.checklist.map((i) => i.id)).toContain('vendor-setup');
    expect(prepare.checklist.map((i) => i.id)).not.toContain('calling-hours');
    expect(words(filled)).toContain('We have PO-5480 and PO-5531.');
  });

  it('mentions a missed promise only when there was one', () => {
    expect(words(filled)).not.toContain('When we last spoke');
    const missed = fillScript(
      defaultScript,
      commercialContext({ lastPromise: { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'open' } }),
    );
    expect(spoken(step(missed, 'remind-terms'))).toContain('When we last spoke, $500.00 was to be paid by Nov 10, 2026');
    const pending = fillScript(
      defaultScript,
      commercialContext({ lastPromise: { amountMinor: 50_000, promisedDate: '2026-11-20', status: 'open' } }),
    );
    expect(spoken(step(pending, 'remind-terms'))).not.toContain('When we last spoke');
    expect(words(pending)).toContain('Last promise: $500.00 by Nov 20, 2026.');
  });

  it('describes a running instalment plan by its next instalment, and not as missed once the first date passed', () => {
    const instalments = [
      { dueDate: '2026-11-10', amountMinor: 30_000 },
      { dueDate: '2026-11-24', amountMinor: 30_000 },
      { dueDate: '2026-12-08', amountMinor: 30_000 },
    ];
    const running = fillScript(
      defaultScript,
      commercialContext({ lastPromise: { amountMinor: 90_000, promisedDate: '2026-11-10', status: 'open', currency: 'USD', instalments } }),
    );
    expect(words(running)).toContain('Last promise: $900.00 in 3 instalments, next $300.00 on Nov 24, 2026.');
    expect(words(running)).not.toContain('That promise was missed');
    const broken = fillScript(
      defaultScript,
      commercialContext({
        lastPromise: { amountMinor: 90_000, promisedDate: '2026-11-10', status: 'broken', currency: 'USD', instalments },
      }),
    );
    expect(words(broken)).toContain('That promise was missed');
  });

  it('treats a single payment that was only partly kept as missed', () => {
    const partly = fillScript(
      defaultScript,
      commercialContext({ lastPromise: { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'partially-kept' } }),
    );
    expect(spoken(step(partly, 'remind-terms'))).toContain('When we last spoke, $500.00 was to be paid by Nov 10, 2026');
    const kept = fillScript(
      defaultScript,
      commercialContext({ lastPromise: { amountMinor: 50_000, promisedDate: '2026-11-10', status: 'kept' } }),
    );
    expect(spoken(step(kept, 'remind-terms'))).not.toContain('When we last spoke');
  });

  it('names the remainder when there are more invoices than the list reads out', () => {
    const base = commercialContext().invoices[1]!;
    const many = Array.from({ length: 6 }, (_, i) => ({ ...base, number: `INV-${2000 + i}`, balanceMinor: 10_000 }));
    const list = filledTextToString(fillTemplate('{invoiceList}', commercialContext({ invoices: many })));
    expect(list).toContain('INV-2003');
    expect(list).not.toContain('INV-2004');
    expect(list).toMatch(/; and 2 more invoices totalling \$200\.00$/);
  });
});

describe('fillScript with missing details', () => {
  const filled = fillScript(defaultScript, sparseConsumerContext());

  it('still reads cleanly', () => {
    expectClean(filled);
  });

  it('asks for the person instead of greeting a contact by name', () => {
    const identify = spoken(step(filled, 'identify'));
    const hello = filledTextToString(step(filled, 'identify').lines[0] ?? []);
    expect(hello).toBe('Hello, this is [say your name] from [say your company name].');
    expect(identify).toContain('May I speak with Sam Rivera, please?');
    expect(identify).not.toContain('Hello there');
    expect(spoken(step(filled, 'close-summarise'))).toContain('Thank you for your time.');
  });

  it('prompts the caller to find out who authorises payment at a business', () => {
    const business = fillScript(defaultScript, commercialContext({ contact: null, authoriser: null }));
    expectClean(business);
    const prepare = step(business, 'prepare')
      .guidance.map((t) => filledTextToString(t))
      .join(' ');
    expect(prepare).toContain('Nobody on file approves payment');
    expect(spoken(step(business, 'identify'))).toContain('Could I speak to whoever looks after supplier payments for Harbor Dental?');
    expect(spoken(step(business, 'confirm-details'))).toContain('Who approves supplier payments on your side');
    // A consumer pays their own bills: no authoriser talk at all.
    expect(words(filled)).not.toContain('Nobody on file approves payment');
    const authoriser = fillTemplate('{authoriserName}', sparseConsumerContext());
    expect(authoriser.some((s) => s.kind === 'prompt' && /who/.test(s.value))).toBe(true);
  });

  it('falls back to sayable wording or prompts for missing address, email and delivery', () => {
    const details = spoken(step(filled, 'confirm-details'));
    expect(details).toContain('What is the best postal address for your invoices?');
    expect(details).toContain('Which email address should I send the confirmation to?');
    const address = fillTemplate('{billingAddress}', sparseConsumerContext());
    expect(address.some((s) => s.kind === 'prompt' && /billing address/.test(s.value))).toBe(true);
    expect(spoken(step(filled, 'identify'))).toContain('We supplied the goods and services on our invoices');
    expect(spoken(step(filled, 'confirm-receipt'))).toContain('And did our invoice C-300 reach you?');
  });

  it('adds consumer care rules', () => {
    expect(step(filled, 'prepare').checklist.map((i) => i.id)).toContain('calling-hours');
    expect(words(filled)).toMatch(/reasonable hour/);
    expect(words(filled)).not.toContain('supplier payments for');
  });

  it('copes with no open invoices, nothing past due, a bad currency and a bad locale', () => {
    const odd: ScriptContext = sparseConsumerContext({
      invoices: [],
      totals: { totalDueMinor: 0, pastDueMinor: 0, oldestDaysPastDue: Number.NaN, currency: 'dollars' },
      locale: 'not a locale!!',
    });
    const result = fillScript(defaultScript, odd);
    expectClean(result);
    expect(words(result)).toContain('no open invoices on file');
    expect(spoken(step(result, 'remind-terms'))).toContain('Nothing is late yet');
  });

  it('turns an unknown placeholder into an aside rather than raw braces', () => {
    const text = fillTemplate('Hi {nobodyKnowsThis} [say hello]', commercialContext());
    expect(text.map((s) => s.kind)).toEqual(['text', 'prompt', 'text', 'prompt']);
    expect(filledTextToString(text, { prompts: false })).toBe('Hi');
  });
});

describe('an account in two currencies', () => {
  const base = commercialContext();
  const cad = { ...base.invoices[1]!, number: 'CA-7', currency: 'CAD', balanceMinor: 30_000, amountMinor: 30_000, dueDate: '2026-09-01' };
  const mixed = commercialContext({ invoices: [...base.invoices, cad] });
  const say = (template: string, ctx: ScriptContext = mixed) => filledTextToString(fillTemplate(template, ctx), { prompts: false });

  it('reads what is owed and what is past due one amount per currency, never a sum', () => {
    expect(say('{totalDue}')).toBe('$2,130.00 and CA$300.00');
    // INV-1077 is not yet due; the rest are.
    expect(say('{pastDue}')).toBe('$1,650.00 and CA$300.00');
    expect(say('{totalDue}')).not.toContain('2,430');
  });

  it('reads the last promise in its own currency', () => {
    const promised = commercialContext({
      lastPromise: { amountMinor: 25_000, promisedDate: '2026-11-10', status: 'open', currency: 'CAD' },
    });
    expect(say('{lastPromiseAmount}', promised)).toBe('CA$250.00');
  });

  it('keeps the one-currency wording for an account in one currency', () => {
    expect(say('{totalDue}', base)).toBe('$2,130.00');
  });
});
