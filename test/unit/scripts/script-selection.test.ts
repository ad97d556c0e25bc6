import { describe, expect, it } from 'vitest';
import { scriptById } from '../../../shared/scripts/default-script';
import { proposeScript, selectionRules, selectionThresholds, type ScriptSelectionFacts } from '../../../shared/scripts/script-selection';

const today = '2026-11-17';

/** A business whose oldest invoice is 12 days late, never called, no promise. */
function account(overrides: Partial<ScriptSelectionFacts> = {}): ScriptSelectionFacts {
  return { kind: 'commercial', today, oldestDaysPastDue: 12, lastCall: null, lastPromise: null, placementDecided: false, ...overrides };
}

const propose = (overrides: Partial<ScriptSelectionFacts> = {}) => proposeScript(account(overrides));

describe('proposeScript', () => {
  it('proposes a script that exists for every rule', () => {
    for (const rule of selectionRules) expect(scriptById(rule.scriptId), rule.id).toBeDefined();
    expect(new Set(selectionRules.map((r) => r.id)).size).toBe(selectionRules.length);
    expect(selectionRules.at(-1)?.id).toBe('first-reminder');
  });

  it('starts a fresh overdue account with the friendly first reminder', () => {
    const proposal = propose();
    expect(proposal).toMatchObject({ scriptId: 'first-reminder', rule: 'first-reminder' });
    expect(proposal.sentence).toBe(
      'Proposed: First reminder — the oldest invoice is 12 days past due and nobody has been called about it yet.',
    );
  });

  it('calls ahead of the due date with the first reminder when nothing is late', () => {
    for (const days of [0, -5, Number.NaN]) {
      const proposal = propose({ oldestDaysPastDue: days });
      expect(proposal.scriptId).toBe('first-reminder');
      expect(proposal.reason).toMatch(/^nothing is past due yet/);
    }
  });

  it('moves to the firm second call after someone was reached about this overdue money', () => {
    const proposal = propose({ lastCall: { on: '2026-11-08', reached: true } });
    expect(proposal).toMatchObject({ scriptId: 'second-call', rule: 'spoken-this-episode' });
    expect(proposal.sentence).toBe('Proposed: Second call — we spoke with them 9 days ago and the account is still past due.');
    expect(propose({ lastCall: { on: '2026-11-16', reached: true } }).reason).toContain('yesterday');
    expect(propose({ lastCall: { on: today, reached: true } }).reason).toContain('today');
  });

  it('counts a call from the day the oldest invoice fell due, not one before it', () => {
    // 12 days late: it fell due on Nov 5.
    expect(propose({ lastCall: { on: '2026-11-05', reached: true } }).scriptId).toBe('second-call');
    const earlier = propose({ lastCall: { on: '2026-11-04', reached: true } });
    expect(earlier.scriptId).toBe('first-reminder');
    expect(earlier.reason).toContain('nobody has been called about it yet');
  });

  it('keeps the first reminder while calls have reached nobody, and says so', () => {
    const proposal = propose({ lastCall: { on: '2026-11-14', reached: false } });
    expect(proposal.scriptId).toBe('first-reminder');
    expect(proposal.reason).toBe('the oldest invoice is 12 days past due and the last call, 3 days ago, reached nobody');
  });

  it('turns firm past the first month, at 31 days and not at 30', () => {
    const limit = selectionThresholds.firmAfterDays;
    expect(propose({ oldestDaysPastDue: limit }).scriptId).toBe('first-reminder');
    const proposal = propose({ oldestDaysPastDue: limit + 1 });
    expect(proposal).toMatchObject({ scriptId: 'second-call', rule: 'late-past-first-month' });
    expect(proposal.reason).toBe('the oldest invoice is 31 days past due, more than 30 days');
  });

  it('proposes the final call past 90 days, at 91 and not at 90', () => {
    const limit = selectionThresholds.finalAfterDays;
    expect(propose({ oldestDaysPastDue: limit }).scriptId).toBe('second-call');
    const proposal = propose({ oldestDaysPastDue: limit + 1 });
    expect(proposal).toMatchObject({ scriptId: 'final-call', rule: 'very-late' });
    expect(proposal.sentence).toBe('Proposed: Final call before agency — the oldest invoice is 91 days past due, more than 90 days.');
  });

  it('proposes the final call whenever a placement has been decided, however late', () => {
    const proposal = propose({ placementDecided: true, oldestDaysPastDue: 20, lastPromise: { status: 'broken', dueDate: '2026-11-10' } });
    expect(proposal).toMatchObject({ scriptId: 'final-call', rule: 'placement-decided' });
    expect(proposal.reason).toContain('agency has been decided');
  });

  it('takes thresholds from the caller, e.g. office settings', () => {
    const strict = { firmAfterDays: 10, finalAfterDays: 60 };
    expect(proposeScript(account({ oldestDaysPastDue: 11 }), strict).scriptId).toBe('second-call');
    expect(proposeScript(account({ oldestDaysPastDue: 61 }), strict).scriptId).toBe('final-call');
  });

  describe('after a promise', () => {
    it('follows up a broken or partly kept promise', () => {
      const broken = propose({ lastPromise: { status: 'broken', dueDate: '2026-11-10' }, lastCall: { on: '2026-11-03', reached: true } });
      expect(broken).toMatchObject({ scriptId: 'promise-follow-up', rule: 'promise-missed' });
      expect(broken.sentence).toBe('Proposed: Promise follow-up — the last promise, due 7 days ago, was not kept.');
      const partly = propose({ lastPromise: { status: 'partially-kept', dueDate: '2026-11-10' } });
      expect(partly.reason).toBe('the last promise, due 7 days ago, was only partly kept');
    });

    it('treats an open promise as missed from the day after its date', () => {
      const overdue = propose({ lastPromise: { status: 'open', dueDate: '2026-11-16' } });
      expect(overdue).toMatchObject({ scriptId: 'promise-follow-up', rule: 'promise-missed' });
      expect(overdue.reason).toBe('the last promise was due yesterday and has not been paid');
      const dueToday = propose({ lastPromise: { status: 'open', dueDate: today } });
      expect(dueToday).toMatchObject({ scriptId: 'promise-follow-up', rule: 'promise-pending' });
      expect(dueToday.reason).toBe('a promise is open, due today');
      expect(propose({ lastPromise: { status: 'open', dueDate: '2026-11-20' } }).reason).toBe('a promise is open, due in 3 days');
    });

    it('thanks for a kept promise once: not after a later call', () => {
      const kept = propose({ lastPromise: { status: 'kept', dueDate: '2026-11-12' }, lastCall: { on: '2026-11-02', reached: true } });
      expect(kept).toMatchObject({ scriptId: 'promise-follow-up', rule: 'promise-kept' });
      expect(kept.reason).toBe('the last promise, due 5 days ago, was kept');
      expect(propose({ lastPromise: { status: 'kept', dueDate: '2026-11-12' }, lastCall: { on: '2026-11-12', reached: true } }).rule).toBe(
        'promise-kept',
      );
      expect(propose({ lastPromise: { status: 'kept', dueDate: '2026-11-12' } }).rule).toBe('promise-kept');
      const thanked = propose({ lastPromise: { status: 'kept', dueDate: '2026-11-12' }, lastCall: { on: '2026-11-13', reached: true } });
      expect(thanked).toMatchObject({ scriptId: 'second-call', rule: 'spoken-this-episode' });
    });

    it('ignores a cancelled promise', () => {
      expect(propose({ lastPromise: { status: 'cancelled', dueDate: '2026-11-10' } }).rule).toBe('first-reminder');
    });

    it('puts a decided placement and a very late account before any promise', () => {
      const promise = { status: 'broken', dueDate: '2026-11-10' } as const;
      expect(propose({ lastPromise: promise, oldestDaysPastDue: 120 }).rule).toBe('very-late');
      expect(propose({ lastPromise: promise, oldestDaysPastDue: 90 }).rule).toBe('promise-missed');
    });
  });

  describe('consumer accounts', () => {
    it.each([
      ['fresh', {}],
      ['very late', { oldestDaysPastDue: 200 }],
      ['a placement decided', { placementDecided: true }],
      ['a broken promise', { lastPromise: { status: 'broken', dueDate: '2026-11-10' } }],
      ['spoken to before', { lastCall: { on: '2026-11-10', reached: true } }],
    ] as const)('always get the consumer call (%s)', (_name, overrides) => {
      const proposal = propose({ kind: 'consumer', ...overrides });
      expect(proposal).toMatchObject({ scriptId: 'consumer-call', rule: 'consumer' });
      expect(proposal.sentence).toMatch(/^Proposed: Consumer call — .*required disclosures\.$/);
    });
  });

  it('never writes NaN or undefined into the reason, even from odd dates', () => {
    const odd = propose({ lastPromise: { status: 'open', dueDate: 'soon' }, oldestDaysPastDue: Number.POSITIVE_INFINITY });
    expect(odd.sentence).not.toMatch(/NaN|undefined|Infinity/);
    expect(odd.reason).toBe('a promise is open, due on a date to check on the account');
    const noToday = proposeScript(account({ today: '', lastCall: { on: '2026-11-10', reached: true } }));
    expect(noToday.scriptId).toBe('first-reminder');
    expect(noToday.sentence).not.toMatch(/NaN|undefined/);
  });
});
