import { describe, expect, it } from 'vitest';
import {
  callingSessionSchema,
  currentCustomerId,
  endSession,
  moveOn,
  startSession,
  summarizeSession,
} from '../../../shared/today/calling-session';

const t = (minute: number) => new Date(Date.UTC(2026, 5, 17, 15, minute));

describe('calling session', () => {
  it('walks the queue with Next and Skip, keeps skip reasons and ends after the last account', () => {
    let session = startSession('s1', ['a', 'b', 'c'], t(0));
    expect(currentCustomerId(session)).toBe('a');
    session = moveOn(session, t(5));
    expect(currentCustomerId(session)).toBe('b');
    expect(session.positionStartedAt).toBe(t(5).toISOString());
    expect(() => moveOn(session, t(6), '   ')).toThrow('Say briefly why this account is skipped.');
    session = moveOn(session, t(6), 'Owner away until Monday');
    expect(session.skipped).toEqual([{ customerId: 'b', reason: 'Owner away until Monday' }]);
    session = moveOn(session, t(9));
    expect(session.endedAt).toBe(t(9).toISOString());
    expect(currentCustomerId(session)).toBeNull();
    expect(() => moveOn(session, t(10))).toThrow('This calling session has ended.');
    // What is stored reads back the same after a restart.
    expect(callingSessionSchema.parse(JSON.parse(JSON.stringify(session)))).toEqual(session);
  });

  it('cannot start on an empty queue; End stops it where it is', () => {
    expect(() => startSession('s', [], t(0))).toThrow('There is nobody to call in the queue.');
    const ended = endSession(startSession('s', ['a', 'b'], t(0)), t(3));
    expect(ended.endedAt).toBe(t(3).toISOString());
    expect(endSession(ended, t(9)).endedAt).toBe(t(3).toISOString());
  });

  it('sums what the session recorded: calls, reached, promised per currency, disputes, callbacks set', () => {
    const session = { ...startSession('s', ['a', 'b'], t(0)), endedAt: t(30).toISOString() };
    const call = (
      customerId: string,
      minute: number,
      result: string,
      links: Partial<Record<'promiseId' | 'disputeId' | 'followUpId', string>> = {},
    ) => ({
      customerId,
      startedAt: t(minute).toISOString(),
      status: 'closed' as const,
      result: result as never,
      promiseId: links.promiseId ?? null,
      disputeId: links.disputeId ?? null,
      followUpId: links.followUpId ?? null,
    });
    const summary = summarizeSession(
      session,
      [
        call('a', 2, 'no-answer', { followUpId: 'f-retry' }),
        call('a', 4, 'promise-to-pay', { promiseId: 'p1' }),
        call('b', 10, 'callback-requested', { followUpId: 'f-cb' }),
        call('b', 12, 'dispute', { disputeId: 'd1' }),
        call('b', 40, 'promise-to-pay', { promiseId: 'p2' }), // after the session ended
        call('z', 5, 'promise-to-pay', { promiseId: 'p3' }), // not a session account
        { ...call('a', 6, 'reached-no-promise'), status: 'open' as const, result: null },
      ],
      [
        { id: 'p1', amountMinor: 120_000, currency: 'USD' },
        { id: 'p2', amountMinor: 50_000, currency: 'USD' },
        { id: 'p3', amountMinor: 70_000, currency: 'USD' },
      ],
      [
        { id: 'f-retry', kind: 'callback' },
        { id: 'f-cb', kind: 'callback' },
      ],
    );
    expect(summary).toEqual({
      calls: 4,
      reached: 3,
      promised: [{ currency: 'USD', amountMinor: 120_000 }],
      disputes: 1,
      callbacks: 2,
      skipped: 0,
    });
  });
});
