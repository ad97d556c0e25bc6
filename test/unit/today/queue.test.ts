import { describe, expect, it } from 'vitest';
import { filterTodayQueue } from '../../../shared/today/filters';
import { buildTodayQueue } from '../../../shared/today/queue';
import { scoreParts } from '../../../shared/today/score';
import { leftOutText, reasonText, scorePartText } from '../../../shared/today/wording';
import { account, followUp, officeTimeZone, promise, queueInput, wednesday } from './today-fixtures';

const ctx = { office: { timeZone: officeTimeZone, locale: 'en-US' }, today: '2026-06-17' };

describe('Today queue', () => {
  it('puts due callbacks and tasks first, then promises, then accounts to chase by score', () => {
    const queue = buildTodayQueue(
      queueInput({
        accounts: [
          account({ customerId: 'chase-small', pastDue: [{ currency: 'USD', amountMinor: 5_000 }] }),
          account({ customerId: 'chase-big', pastDue: [{ currency: 'USD', amountMinor: 5_000_000 }] }),
          account({ customerId: 'broken', lastContactAt: '2026-06-05T15:00:00.000Z' }),
          account({ customerId: 'due-today' }),
          account({ customerId: 'callback-today' }),
          account({ customerId: 'task-overdue' }),
          account({ customerId: 'callback-later' }),
        ],
        followUps: [
          followUp({ customerId: 'callback-today', dueAt: '2026-06-17T15:00:00.000Z', note: 'Marcus asked for a call after 10.' }),
          followUp({ customerId: 'task-overdue', kind: 'task', dueAt: '2026-06-15T14:00:00.000Z' }),
          followUp({ customerId: 'callback-later', dueAt: '2026-06-17T20:00:00.000Z' }), // not due yet: chased like any other
        ],
        promises: [
          promise({ customerId: 'broken', dueDate: '2026-06-10', status: 'broken' }),
          promise({ customerId: 'due-today', dueDate: '2026-06-17' }),
        ],
      }),
    );
    expect(queue.rows.map((r) => [r.account.customerId, r.tier])).toEqual([
      ['task-overdue', 'follow-up'],
      ['callback-today', 'follow-up'],
      ['broken', 'promise'],
      ['due-today', 'promise'],
      ['chase-big', 'chase'],
      ['callback-later', 'chase'],
      ['chase-small', 'chase'],
    ]);
    expect(queue.rows.map((r) => reasonText(r.reason, ctx)).slice(0, 4)).toEqual([
      'Task, overdue since Jun 15, 2026, 9:00 AM',
      'Callback, due 10:00 AM: Marcus asked for a call after 10.',
      'Promise of $1,200.00 by card over the phone was due on Jun 10, 2026; nothing received',
      'Promise of $1,200.00 by card over the phone is due today',
    ]);
  });

  it('shows a broken promise only until the account is called after its date, and for 30 days at most', () => {
    const build = (lastContactAt: string | null, dueDate: string) =>
      buildTodayQueue(
        queueInput({
          accounts: [account({ customerId: 'a', lastContactAt })],
          promises: [promise({ customerId: 'a', dueDate, status: 'partially-kept' })],
        }),
      ).rows[0]?.tier;
    expect(build('2026-06-12T15:00:00.000Z', '2026-06-15')).toBe('promise');
    expect(build('2026-06-16T15:00:00.000Z', '2026-06-15')).toBe('chase');
    expect(build(null, '2026-05-10')).toBe('chase');
  });

  it('words a promise past its date in its grace days, and an instalment of a plan', () => {
    const late = promise({ customerId: 'a', dueDate: '2026-06-16' });
    const plan = promise({
      customerId: 'b',
      dueDate: '2026-06-17',
      instalment: { dueDate: '2026-06-17', amountMinor: 62_000, index: 1, count: 3 },
    });
    const queue = buildTodayQueue(
      queueInput({ accounts: [account({ customerId: 'a' }), account({ customerId: 'b' })], promises: [late, plan] }),
    );
    expect(queue.rows.map((r) => reasonText(r.reason, ctx))).toEqual([
      'Promise of $1,200.00 by card over the phone was due yesterday; not received yet',
      'Instalment 2 of 3 ($620.00 by card over the phone) is due today',
    ]);
  });

  it('keeps other reasons on the row and words the chase reason per currency', () => {
    const mixed = account({
      customerId: 'mixed',
      pastDue: [
        { currency: 'CAD', amountMinor: 30_000 },
        { currency: 'USD', amountMinor: 120_000 },
      ],
      oldestPastDueDate: '2026-05-08',
      lastContactAt: '2026-06-07T15:00:00.000Z',
    });
    const twoCallbacks = account({ customerId: 'two' });
    const queue = buildTodayQueue(
      queueInput({
        accounts: [mixed, twoCallbacks],
        followUps: [
          followUp({ customerId: 'two', dueAt: '2026-06-17T14:00:00.000Z' }),
          followUp({ customerId: 'two', dueAt: '2026-06-17T15:00:00.000Z' }),
        ],
      }),
    );
    expect(queue.rows[0]?.otherReasons).toHaveLength(1);
    expect(reasonText(queue.rows[1]!.reason, ctx)).toBe('$1,200.00 · CA$300.00 past due, oldest 40 days; last call 10 days ago');
    expect(scoreParts(queue.rows[1]!.score).map(scorePartText)).toEqual([
      'Largest past-due amount +30.8',
      'Only just past due +0',
      'Age of the oldest invoice +6',
      'Day of the week for this kind of account +3',
      'Time since the last call +5',
      'Broken promises +0',
    ]);
  });

  it('words each reason for leaving an account out', () => {
    const queue = buildTodayQueue(
      queueInput({
        accounts: [
          account({ customerId: 'a', placedWith: 'Northline Recovery' }),
          account({ customerId: 'b', accountDisputeOpen: true }),
          account({ customerId: 'c', pastDue: [], oldestPastDueDate: null }),
          account({ customerId: 'd' }),
          account({ customerId: 'e', lastContactAt: '2026-06-17T14:10:00.000Z' }),
          account({ customerId: 'f' }),
        ],
        promises: [promise({ customerId: 'd', dueDate: '2026-06-22' })],
        contactRuleBreaches: (a) =>
          a.customerId === 'f'
            ? [{ rule: 'calling-hours', message: 'Too early there.', short: 'call after 9:00 their time', until: null }]
            : [],
      }),
    );
    expect(queue.leftOut.map((r) => leftOutText(r.reasons[0]!, ctx))).toEqual([
      'Placed with Northline Recovery',
      'Dispute open: on hold until it is resolved',
      'Nothing past due',
      'Promise pending: $1,200.00 due on Jun 22, 2026',
      'Already called today at 9:10 AM',
      'Call after 9:00 their time',
    ]);
  });

  it('filters by kind and bucket without re-ranking', () => {
    const queue = buildTodayQueue(
      queueInput({
        now: wednesday,
        accounts: [
          account({ customerId: 'old-consumer', kind: 'consumer', oldestPastDueDate: '2026-02-01' }),
          account({ customerId: 'new-commercial', oldestPastDueDate: '2026-06-10' }),
          account({ customerId: 'current-commercial', pastDue: [], oldestPastDueDate: null }),
        ],
      }),
    );
    const ids = (q: typeof queue) => [q.rows.map((r) => r.account.customerId), q.leftOut.map((r) => r.account.customerId)];
    expect(ids(filterTodayQueue(queue, { kind: 'consumer', bucket: 'all', tag: 'all' }))).toEqual([['old-consumer'], []]);
    expect(ids(filterTodayQueue(queue, { kind: 'commercial', bucket: 'all', tag: 'all' }))).toEqual([
      ['new-commercial'],
      ['current-commercial'],
    ]);
    expect(ids(filterTodayQueue(queue, { kind: 'all', bucket: '90+', tag: 'all' }))).toEqual([['old-consumer'], []]);
    expect(ids(filterTodayQueue(queue, { kind: 'all', bucket: 'current', tag: 'all' }))).toEqual([[], ['current-commercial']]);
  });
});
