import { describe, expect, it } from 'vitest';
import { emptyOutcomeForm, makeOutcomeSchema, type OutcomeContext, type OutcomeFormValues } from '../../../shared/calls/outcome-form';
import { addDays } from '../../../shared/dates/calendar';
import { checkPromise, suggestInstalments } from '../../../shared/promises/promise-rules';

const today = '2026-11-22';
const limits = { today, maxAmountMinor: 100_000, currency: 'USD' };

describe('promise rules', () => {
  it('accepts a promise within the balance on a future date', () => {
    expect(checkPromise({ amountMinor: 50_000, promisedDate: '2026-11-30', instalments: [] }, limits)).toEqual([]);
    expect(checkPromise({ amountMinor: 100_000, promisedDate: today, instalments: [] }, limits)).toEqual([]);
  });

  it('refuses a past date and an amount above the balance, on their fields', () => {
    const issues = checkPromise({ amountMinor: 100_001, promisedDate: '2026-11-21', instalments: [] }, limits);
    expect(issues.map((i) => i.path.join('.'))).toEqual(['amountMinor', 'promisedDate']);
    expect(issues[0]!.message).toContain('$1,000.01');
    expect(issues[0]!.message).toContain('$1,000.00');
  });

  it('checks that instalments add up, are in order and not in the past', () => {
    const issues = checkPromise(
      {
        amountMinor: 60_000,
        promisedDate: '2026-12-01',
        instalments: [
          { dueDate: '2026-12-01', amountMinor: 30_000 },
          { dueDate: '2026-11-30', amountMinor: 20_000 },
        ],
      },
      limits,
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['instalments.1.dueDate', 'instalments']);
    expect(issues[1]!.message).toBe('The instalments add up to $500.00, not the promised $600.00.');
  });

  it('suggests instalments that add up exactly', () => {
    const plan = suggestInstalments(100_001, 3, '2026-12-01', addDays);
    expect(plan.map((p) => p.amountMinor)).toEqual([33_333, 33_333, 33_335]);
    expect(plan.map((p) => p.dueDate)).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });
});

describe('outcome form', () => {
  const ctx: OutcomeContext = {
    today,
    now: new Date('2026-11-22T15:00:00Z'),
    currency: 'USD',
    locale: 'en-US',
    openInvoices: [
      { id: 'a', balanceMinor: 40_000 },
      { id: 'b', balanceMinor: 60_000 },
    ],
    timeZone: 'UTC',
    toInstant: (date, time) => new Date(`${date}T${time}:00Z`).toISOString(),
  };
  const schema = makeOutcomeSchema(ctx);
  const form = (patch: (v: OutcomeFormValues) => void): OutcomeFormValues => {
    const v = structuredClone(emptyOutcomeForm(today));
    patch(v);
    return v;
  };
  const paths = (values: OutcomeFormValues) => {
    const r = schema.safeParse(values);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('requires a result', () => {
    expect(paths(form(() => undefined))).toEqual(['result']);
  });

  it('turns a two-instalment promise into minor units', () => {
    const r = schema.parse(
      form((v) => {
        v.result = 'promise-to-pay';
        v.promise.amount = '1,000.00';
        v.promise.usePlan = true;
        v.promise.instalments = [
          { dueDate: '2026-11-28', amount: '400' },
          { dueDate: '2026-12-12', amount: '600.00' },
        ];
      }),
    );
    expect(r.promise).toEqual({
      amountMinor: 100_000,
      currency: 'USD',
      promisedDate: '2026-11-28',
      method: 'bank-transfer',
      invoiceIds: [],
      instalments: [
        { dueDate: '2026-11-28', amountMinor: 40_000 },
        { dueDate: '2026-12-12', amountMinor: 60_000 },
      ],
    });
  });

  it('limits the promise to the chosen invoices', () => {
    const values = form((v) => {
      v.result = 'promise-to-pay';
      v.promise.amount = '500';
      v.promise.invoiceIds = ['a'];
    });
    expect(paths(values)).toEqual(['promise.amount']);
  });

  it('puts every promise problem on its own field', () => {
    const values = form((v) => {
      v.result = 'promise-to-pay';
      v.promise.amount = '2000';
      v.promise.date = '2026-11-01';
    });
    expect(paths(values)).toEqual(['promise.amount', 'promise.date']);
    const plan = form((v) => {
      v.result = 'promise-to-pay';
      v.promise.amount = '900';
      v.promise.usePlan = true;
      v.promise.instalments = [
        { dueDate: '2026-11-25', amount: '400' },
        { dueDate: '2026-12-25', amount: 'abc' },
      ];
    });
    expect(paths(plan)).toContain('promise.instalments.1.amount');
  });

  it('needs a reason and details for a dispute, and a time for a requested callback', () => {
    expect(paths(form((v) => (v.result = 'dispute')))).toEqual(['dispute.reason', 'dispute.details']);
    expect(paths(form((v) => (v.result = 'callback-requested')))).toEqual(['followUp.wanted']);
    const past = form((v) => {
      v.result = 'callback-requested';
      v.followUp.wanted = true;
      v.followUp.date = '2026-11-21';
    });
    expect(paths(past)).toEqual(['followUp.date']);
  });

  it('accepts a callback in the future', () => {
    const r = schema.parse(
      form((v) => {
        v.result = 'callback-requested';
        v.followUp = { wanted: true, kind: 'callback', date: '2026-11-23', time: '14:30', note: 'Ask for Marcus' };
      }),
    );
    expect(r.followUp).toEqual({ kind: 'callback', dueAt: '2026-11-23T14:30:00.000Z', note: 'Ask for Marcus' });
    expect(r.promise).toBeNull();
  });
});
