// Each reason an account is left out of Today, one at a time, through the queue itself.
import { describe, expect, it } from 'vitest';
import type { TodayRuleBreach } from '../../../shared/today/exclusions';
import { buildTodayQueue } from '../../../shared/today/queue';
import { todayRuleBreaches } from '../../../shared/today/today-rules';
import { leftOutText } from '../../../shared/today/wording';
import { account, followUp, officeTimeZone, promise, queueInput, wednesday } from './today-fixtures';

const ctx = { office: { timeZone: officeTimeZone, locale: 'en-US' }, today: '2026-06-17' };

function leftOutKinds(input: Parameters<typeof queueInput>[0]) {
  const queue = buildTodayQueue(queueInput(input));
  return {
    queued: queue.rows.map((r) => r.account.customerId),
    leftOut: queue.leftOut.map((r) => [r.account.customerId, r.reasons.map((x) => x.kind)]),
  };
}

const hours: TodayRuleBreach = {
  rule: 'calling-hours',
  message: 'It is 7:40 in the customer’s time zone.',
  short: 'call after 8:00 their time',
  until: '2026-06-17T13:00:00.000Z',
};
const dnc: TodayRuleBreach = { rule: 'do-not-call', message: 'The account is marked do not call.', short: 'do not call', until: null };

describe('Today leaves out', () => {
  it('nothing for a plain past-due account', () => {
    expect(leftOutKinds({ accounts: [account({ customerId: 'a' })] })).toEqual({ queued: ['a'], leftOut: [] });
  });

  it('an account placed with an agency, even with a callback due', () => {
    const a = account({ customerId: 'a', placedWith: 'Northline Recovery' });
    const result = buildTodayQueue(
      queueInput({ accounts: [a], followUps: [followUp({ customerId: 'a', dueAt: '2026-06-17T15:00:00.000Z' })] }),
    );
    expect(result.rows).toEqual([]);
    expect(result.leftOut[0]?.reasons).toEqual([{ kind: 'placed', agencyName: 'Northline Recovery' }]);
  });

  it('an account whose past-due debt is all under an open dispute, or disputed as a whole', () => {
    const held = account({
      customerId: 'held',
      pastDue: [],
      disputedPastDue: [{ currency: 'USD', amountMinor: 50_000 }],
      oldestPastDueDate: null,
    });
    const whole = account({ customerId: 'whole', accountDisputeOpen: true });
    const partly = account({ customerId: 'partly', disputedPastDue: [{ currency: 'USD', amountMinor: 50_000 }] });
    expect(leftOutKinds({ accounts: [held, whole, partly] })).toEqual({
      queued: ['partly'],
      leftOut: [
        ['held', ['dispute']],
        ['whole', ['dispute']],
      ],
    });
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

describe('Today with the contact rules', () => {
  const settings = { consumer: true, commercial: false, callingHoursStart: '09:00', callingHoursEnd: '21:00' };
  // 16:00 UTC is 6:00 in Honolulu and 11:00 in Chicago.
  const build = (a: ReturnType<typeof account>) =>
    buildTodayQueue(queueInput({ accounts: [a], contactRuleBreaches: (x) => todayRuleBreaches(x, wednesday, settings) }));

  it('keeps an account out before its calling hours, whatever its kind, with when to call', () => {
    for (const kind of ['consumer', 'commercial'] as const) {
      const queue = build(account({ customerId: kind, kind, timeZone: 'Pacific/Honolulu' }));
      expect(queue.rows).toEqual([]);
      expect(leftOutText(queue.leftOut[0]!.reasons[0]!, ctx)).toBe('Call after 9:00 their time');
    }
    expect(build(account({ customerId: 'chicago', kind: 'consumer' })).rows).toHaveLength(1);
  });

  it('keeps out a do-not-call account and a consumer spoken to in the last seven days', () => {
    const flagged = build(account({ customerId: 'flagged', kind: 'commercial', doNotCall: true }));
    expect(leftOutText(flagged.leftOut[0]!.reasons[0]!, ctx)).toBe('Do not call');
    const spoken = build(
      account({
        customerId: 'spoken',
        kind: 'consumer',
        lastContactAt: '2026-06-14T15:00:00.000Z',
        recentAttempts: [{ at: '2026-06-14T15:00:00.000Z', reached: true }],
      }),
    );
    expect(spoken.leftOut[0]!.reasons.map((r) => (r.kind === 'contact-rule' ? r.breach.rule : r.kind))).toEqual(['after-conversation']);
    // A commercial account is not under the attempt rules unless they are switched on for it.
    const business = build(
      account({
        customerId: 'business',
        kind: 'commercial',
        lastContactAt: '2026-06-14T15:00:00.000Z',
        recentAttempts: [{ at: '2026-06-14T15:00:00.000Z', reached: true }],
      }),
    );
    expect(business.rows).toHaveLength(1);
  });
});
