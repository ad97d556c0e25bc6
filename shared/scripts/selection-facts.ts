// The facts a script proposal needs (script-selection.ts), from what a call screen already has:
// the account's script context (its figures and latest promise) and its calls.
import { reachedResults, type Call } from '../calls/schema';
import { todayIn } from '../dates/calendar';
import type { PromiseStatus } from '../promises/schema';
import type { ScriptContext } from './model';
import type { ScriptSelectionFacts } from './script-selection';

/** The date that matters for a promise now: the first instalment not yet behind us for a plan, else its promised date. */
function promiseDueDate(promise: NonNullable<ScriptContext['lastPromise']>, today: string): string {
  const instalments = promise.instalments ?? [];
  if (instalments.length <= 1) return promise.promisedDate;
  const missedOrNext = promise.status === 'open' ? instalments.find((i) => i.dueDate >= today) : instalments.find((i) => i.dueDate < today);
  return missedOrNext?.dueDate ?? instalments.at(-1)!.dueDate;
}

/**
 * `calls`: the account's calls; only closed ones count (the call being made is not "the last
 * call"). `timeZone`: the office's, whose calendar the call dates are read on.
 */
export function selectionFactsFor(
  context: ScriptContext,
  calls: readonly Pick<Call, 'status' | 'startedAt' | 'result'>[],
  timeZone: string,
): ScriptSelectionFacts {
  const last = calls.filter((call) => call.status === 'closed').sort((a, b) => b.startedAt.localeCompare(a.startedAt))[0];
  const promise = context.lastPromise;
  return {
    kind: context.customer.kind,
    today: context.today,
    oldestDaysPastDue: context.totals.oldestDaysPastDue,
    lastCall: last
      ? { on: todayIn(timeZone, new Date(last.startedAt)), reached: last.result !== null && reachedResults.has(last.result) }
      : null,
    lastPromise: promise ? { status: promise.status as PromiseStatus, dueDate: promiseDueDate(promise, context.today) } : null,
    // Nothing records a decision to place an account before it is placed, and a placed account takes no calls.
    placementDecided: false,
  };
}
