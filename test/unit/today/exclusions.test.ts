// Each reason an account is left out of Today, one at a time, through the queue itself.
import { describe, expect, it } from 'vitest';
import type { TodayRuleBreach } from '../../../shared/today/exclusions';
import { buildTodayQueue } from '../../../shared/today/queue';
import { account, followUp, promise, queueInput } from './today-fixtures';

function leftOutKinds(input: Parameters<typeof queueInput>[0]) {
  const queue = buildTodayQueue(queueInput(input));
  return { queued: queue.rows.map((r) => r.account.customerId), leftOut: queue.leftOut.map((r) => [r.account.customerId, r.reasons.map((x) => x.kind)]) };
}

const hours: TodayRuleBreach = { rule: 'calling-hours', message: 'It is 7:40 in the customer’s time zone.', short: 'call after 8:00 their time', until: '2026-06-17T13:00:00.000Z' };
const dnc: TodayRuleBreach = { rule: 'do-not-call', message: 'The account is marked do not call.', short: 'do not call', until: null };

describe('Today leaves out', () => {
  it('nothing for a plain past-due account', () => {
    expect(leftOutKinds({ accounts: [account({ customerId: 'a' })] })).toEqual({ queued: ['a'], leftOut: [] });
  });

  it('an account placed with an agency, even with a callback due', () => {
    const a = account({ customerId: 'a', placedWith: 'Northline Recovery' });
    const result = buildTodayQueue(queueInput({ accounts: [a], followUps: [followUp({ customerId: 'a', dueAt: '2026-06-17T15:00:00.000Z' })] }));
    expect(result.rows).toEqual([]);
    expect(result.leftOut[0]?.reasons).toEqual([{ kind: 'placed', agencyName: 'Northline Recovery' }]);
  });

  it('an account whose past-due debt is all under an open dispute, or disputed as a whole', () => {
    const held = account({ customerId: 'held', pastDue: [], disputedPastDue: [{ currency: 'USD', amountMinor: 50_000 }], oldestPastDueDate: null });
    const whole = account({ customerId: 'whole', accountDisputeOpen: true });
    const partly = account({ customerId: 'partly', disputedPastDue: [{ currency: 'USD', amountMinor: 50_000 }] });
    expect(leftOutKinds({ accounts: [held, whole, partly] })).toEqual({ queued: ['partly'], leftOut: [['held', ['dispute']], ['whole', ['dispute']]] });
  });

  it('an account with nothing past due', () => {
    const current = account({ customerId: 'current', pastDue: [], oldestPastDueDate: null });
    expect(leftOutKinds({ accounts: [current] })).toEqual({ queued: [], leftOut: [['current', ['nothing-past-due']]] });
  });

  it('an account with a promise not yet due, but not one whose promise is due today', () => {
    const waiting = account({ customerId: 'waiting' });
    const due = account({ customerId: 'due' });
    const result = leftOutKinds({
      accounts: [waiting, due],
      promises: [promise({ customerId: 'waiting', dueDate: '2026-06-22' }), promise({ customerId: 'due', dueDate: '2026-06-17' })],
    });
    expect(result).toEqual({ queued: ['due'], leftOut: [['waiting', ['promise-pending']]] });
  });

  it('an account already called today (office day), unless a callback is due', () => {
    const calledToday = account({ customerId: 'called', lastContactAt: '2026-06-17T14:10:00.000Z' });
    const calledYesterdayLate = account({ customerId: 'late', lastContactAt: '2026-06-17T04:30:00.000Z' }); // 23:30 the day before in Chicago
    const callbackToo = account({ customerId: 'callback', lastContactAt: '2026-06-17T14:10:00.000Z' });
    const result = leftOutKinds({
      accounts: [calledToday, calledYesterdayLate, callbackToo],
      followUps: [followUp({ customerId: 'callback', dueAt: '2026-06-17T15:30:00.000Z' })],
    });
    expect(result.queued).toEqual(['callback', 'late']);
    expect(result.leftOut).toEqual([['called', ['contacted-today']]]);
  });

  it('a "do not call" account and one outside its calling hours, with the rule’s own words', () => {
    const flagged = account({ customerId: 'flagged' });
    const asleep = account({ customerId: 'asleep', timeZone: 'Pacific/Honolulu' });
    const queue = buildTodayQueue(
      queueInput({
        accounts: [flagged, asleep],
        contactRuleBreaches: (a) => (a.customerId === 'flagged' ? [dnc] : a.customerId === 'asleep' ? [hours] : []),
      }),
    );
    expect(queue.rows).toEqual([]);
    expect(queue.leftOut.map((r) => [r.account.customerId, r.reasons])).toEqual([
      ['asleep', [{ kind: 'contact-rule', breach: hours }]],
      ['flagged', [{ kind: 'contact-rule', breach: dnc }]],
    ]);
  });

  it('lists every reason that applies, the deciding one first', () => {
    const a = account({ customerId: 'a', pastDue: [], oldestPastDueDate: null, lastContactAt: '2026-06-17T14:10:00.000Z' });
    const queue = buildTodayQueue(queueInput({ accounts: [a], contactRuleBreaches: () => [hours, dnc] }));
    expect(queue.leftOut[0]?.reasons.map((r) => (r.kind === 'contact-rule' ? r.breach.rule : r.kind))).toEqual([
      'do-not-call',
      'nothing-past-due',
      'contacted-today',
      'calling-hours',
    ]);
  });
});
