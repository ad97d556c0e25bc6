// Small builders for the Today queue's inputs: an account owing $1,000 for 20 days, never called.
import type { TodayAccountFacts, TodayFollowUp, TodayPromise } from '../../../shared/today/facts';
import type { TodayQueueInput } from '../../../shared/today/queue';

/** A Wednesday, 11:00 in the Chicago office. */
export const wednesday = new Date('2026-06-17T16:00:00.000Z');
export const officeTimeZone = 'America/Chicago';

export function account(overrides: Partial<TodayAccountFacts> & { customerId: string }): TodayAccountFacts {
  return {
    name: overrides.customerId,
    kind: 'commercial',
    timeZone: 'America/Chicago',
    placedWith: null,
    openBalances: [{ currency: 'USD', amountMinor: 100_000 }],
    pastDue: [{ currency: 'USD', amountMinor: 100_000 }],
    disputedPastDue: [],
    accountDisputeOpen: false,
    oldestPastDueDate: '2026-05-28',
    lastContactAt: null,
    recentAttempts: [],
    brokenPromises: 0,
    ...overrides,
  };
}

export function followUp(overrides: Partial<TodayFollowUp> & { customerId: string; dueAt: string }): TodayFollowUp {
  return { id: `${overrides.customerId}-fu-${overrides.dueAt}`, kind: 'callback', note: '', ...overrides };
}

export function promise(overrides: Partial<TodayPromise> & { customerId: string; dueDate: string }): TodayPromise {
  const { dueDate, ...rest } = overrides;
  return {
    id: `${overrides.customerId}-p-${dueDate}`,
    currency: 'USD',
    method: 'card-by-phone',
    status: 'open',
    instalment: { dueDate, amountMinor: 120_000, index: 0, count: 1 },
    ...rest,
  };
}

export function queueInput(overrides: Partial<TodayQueueInput>): TodayQueueInput {
  return {
    accounts: [],
    followUps: [],
    promises: [],
    now: wednesday,
    officeTimeZone,
    contactRuleBreaches: () => [],
    ...overrides,
  };
}
