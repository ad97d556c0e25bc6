// The facts a script proposal is made from, taken from a call screen's script context and calls.
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../shared/calls/schema';
import { proposeScript, selectionFactsFor } from '../../../shared/scripts';
import { commercialContext } from './script-context.fixture';

const call = (startedAt: string, status: Call['status'], result: Call['result']) => ({ startedAt, status, result });

describe('the facts a script proposal is made from', () => {
  it('counts only closed calls, the latest first, and whether someone was reached on it', () => {
    const context = commercialContext({ today: '2026-12-03' });
    const calls = [
      call('2026-11-20T15:00:00.000Z', 'closed', 'promise-to-pay'),
      call('2026-11-28T15:00:00.000Z', 'closed', 'no-answer'),
      // The call being made now is not "the last call".
      call('2026-12-03T15:00:00.000Z', 'open', null),
    ];
    const facts = selectionFactsFor(context, calls, 'America/Los_Angeles');
    expect(facts.lastCall).toEqual({ on: '2026-11-28', reached: false });
    expect(facts.kind).toBe('commercial');
    expect(facts.today).toBe('2026-12-03');
    expect(facts.oldestDaysPastDue).toBe(context.totals.oldestDaysPastDue);
    expect(selectionFactsFor(context, [], 'America/Los_Angeles').lastCall).toBeNull();
  });

  it("reads a call's date on the office's calendar", () => {
    // 02:30 UTC on the 29th is still the 28th in Los Angeles.
    const facts = selectionFactsFor(
      commercialContext(),
      [call('2026-11-29T02:30:00.000Z', 'closed', 'promise-to-pay')],
      'America/Los_Angeles',
    );
    expect(facts.lastCall).toEqual({ on: '2026-11-28', reached: true });
  });

  it('dates a plan by its next instalment while it runs, and by the missed one once it broke', () => {
    const instalments = [
      { dueDate: '2026-11-25', amountMinor: 10_000 },
      { dueDate: '2026-12-10', amountMinor: 10_000 },
    ];
    const plan = { amountMinor: 20_000, promisedDate: '2026-11-25', instalments };
    const running = commercialContext({ today: '2026-12-03', lastPromise: { ...plan, status: 'open' } });
    expect(selectionFactsFor(running, [], 'UTC').lastPromise).toEqual({ status: 'open', dueDate: '2026-12-10' });
    const broken = commercialContext({ today: '2026-12-03', lastPromise: { ...plan, status: 'broken' } });
    expect(selectionFactsFor(broken, [], 'UTC').lastPromise).toEqual({ status: 'broken', dueDate: '2026-11-25' });
    // A broken promise calls for the follow-up script.
    expect(proposeScript(selectionFactsFor(broken, [], 'UTC')).scriptId).toBe('promise-follow-up');
  });
});
