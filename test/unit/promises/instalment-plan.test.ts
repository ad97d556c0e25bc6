import { describe, expect, it } from 'vitest';
import { instalmentLines, planSummary, promiseTermsText, upcomingInstalmentIndex } from '../../../shared/promises/plan-wording';
import { fillTheRest, splitEvenly } from '../../../shared/promises/promise-rules';

const plan = {
  amountMinor: 900_00,
  currency: 'USD',
  promisedDate: '2026-12-12',
  instalments: [
    { dueDate: '2026-12-12', amountMinor: 300_00 },
    { dueDate: '2026-12-26', amountMinor: 300_00 },
    { dueDate: '2027-01-09', amountMinor: 300_00 },
  ],
};

describe('splitting a promise evenly', () => {
  it('divides in whole cents, the odd cents on the last instalment, adding up exactly', () => {
    expect(splitEvenly(1_000_00, 3)).toEqual([333_33, 333_33, 333_34]);
    expect(splitEvenly(900_00, 3)).toEqual([300_00, 300_00, 300_00]);
    expect(splitEvenly(5, 4)).toEqual([1, 1, 1, 2]);
    for (const [total, count] of [
      [1_234_57, 7],
      [1, 2],
      [99_99, 5],
    ] as const) {
      const parts = splitEvenly(total, count);
      expect(parts).toHaveLength(count);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    }
    expect(splitEvenly(100, 0)).toEqual([]);
  });
});

describe('filling the rest of a plan', () => {
  it('puts what is missing into the last empty instalment', () => {
    expect(fillTheRest(1_000_00, [400_00, null, null])).toEqual({ index: 2, amountMinor: 600_00 });
    expect(fillTheRest(1_000_00, [null, 250_00, 250_00])).toEqual({ index: 0, amountMinor: 500_00 });
  });

  it('otherwise corrects the last instalment so the plan adds up', () => {
    expect(fillTheRest(1_000_00, [400_00, 400_00, 100_00])).toEqual({ index: 2, amountMinor: 200_00 });
  });

  it('says there is nothing to fill when the others already reach the total', () => {
    expect(fillTheRest(1_000_00, [600_00, 400_00, null])).toBeNull();
    expect(fillTheRest(1_000_00, [])).toBeNull();
  });
});

describe('how a plan reads', () => {
  it('lists each instalment where there is room, in the context’s date style', () => {
    expect(instalmentLines(plan, { locale: 'en-US' })).toEqual([
      'Instalment 1 of 3: $300.00 on Dec 12, 2026',
      'Instalment 2 of 3: $300.00 on Dec 26, 2026',
      'Instalment 3 of 3: $300.00 on Jan 9, 2027',
    ]);
    expect(instalmentLines(plan, { locale: 'en-GB', dateStyle: 'long' })[0]).toBe('Instalment 1 of 3: US$300.00 on 12 December 2026');
    expect(instalmentLines({ currency: 'USD', instalments: [] }, { locale: 'en-US' })).toEqual([]);
  });

  it('says a plan in one line by its next instalment, or its last when none is to come', () => {
    expect(planSummary(plan, 1, { locale: 'en-US' })).toBe('3 instalments, next $300.00 on Dec 26, 2026');
    expect(planSummary(plan, null, { locale: 'en-US' })).toBe('3 instalments, the last $300.00 on Jan 9, 2027');
    expect(upcomingInstalmentIndex(plan.instalments, '2026-12-13')).toBe(1);
    expect(upcomingInstalmentIndex(plan.instalments, '2026-12-12')).toBe(0);
    expect(upcomingInstalmentIndex(plan.instalments, '2027-02-01')).toBeNull();
  });

  it('says the whole promise the same way for a plan and for a single payment', () => {
    expect(promiseTermsText(plan, 0, { locale: 'en-US' })).toBe('$900.00 in 3 instalments, next $300.00 on Dec 12, 2026');
    expect(promiseTermsText({ ...plan, instalments: [] }, null, { locale: 'en-US' })).toBe('$900.00 by Dec 12, 2026');
  });
});
