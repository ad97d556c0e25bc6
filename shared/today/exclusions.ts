// Why an account is not in today's queue. Some reasons keep an account out altogether (it is with
// an agency, the contact rules forbid a call now); others only keep it out of the chase list, so
// a callback the customer asked for still comes up on a day they were already called.
import type { CalendarDate } from '../dates/calendar';
import type { TodayAccountFacts, TodayPromise } from './facts';

/** A breach of the contact rules, as shared/contact-rules reports it. */
export interface TodayRuleBreach {
  rule: 'do-not-call' | 'cease-contact' | 'calling-hours' | 'seven-in-seven' | 'after-conversation';
  /** A plain sentence for the user. */
  message: string;
  /** The short form for lists, e.g. "call after 8:00 their time". */
  short: string;
  /** When the rule stops blocking (UTC ISO), where known. */
  until: string | null;
}

export type LeftOutReason =
  | { kind: 'placed'; agencyName: string }
  | { kind: 'dispute' }
  | { kind: 'nothing-past-due' }
  | { kind: 'promise-pending'; promise: TodayPromise }
  | { kind: 'contacted-today'; at: string }
  | { kind: 'contact-rule'; breach: TodayRuleBreach };

export type LeftOutKind = LeftOutReason['kind'];

/** What most accounts get from hardExclusions: one list for all. */
const noReasons: readonly LeftOutReason[] = Object.freeze([]);

/** Reasons that keep the account out whatever asks for a call: the agency, the contact rules. */
export function hardExclusions(account: TodayAccountFacts, breaches: readonly TodayRuleBreach[]): readonly LeftOutReason[] {
  if (account.placedWith === null && breaches.length === 0) return noReasons;
  const reasons: LeftOutReason[] = [];
  if (account.placedWith !== null) reasons.push({ kind: 'placed', agencyName: account.placedWith });
  for (const breach of orderBreaches(breaches)) reasons.push({ kind: 'contact-rule', breach });
  return reasons;
}

const ruleOrder: Record<TodayRuleBreach['rule'], number> = {
  'do-not-call': 0,
  'cease-contact': 1,
  'calling-hours': 2,
  'seven-in-seven': 3,
  'after-conversation': 4,
};

function orderBreaches(breaches: readonly TodayRuleBreach[]): readonly TodayRuleBreach[] {
  if (breaches.length < 2) return breaches;
  return [...breaches].sort((a, b) => ruleOrder[a.rule] - ruleOrder[b.rule]);
}

export interface ChaseContext {
  officeToday: CalendarDate;
  /** The office's calendar date of the last call, or null when never called. */
  lastContactDay: CalendarDate | null;
  /** The account's open promise whose next instalment is not yet due, if any. */
  pendingPromise: TodayPromise | null;
}

// Most accounts left out are so for one reason that names nothing of their own (nothing is past
// due, or a dispute holds it): they share one frozen reason and one list, not four objects each
// at every build.
const disputeReason: LeftOutReason = Object.freeze({ kind: 'dispute' });
const nothingPastDueReason: LeftOutReason = Object.freeze({ kind: 'nothing-past-due' });
const onlyDispute: readonly LeftOutReason[] = Object.freeze([disputeReason]);
const onlyNothingPastDue: readonly LeftOutReason[] = Object.freeze([nothingPastDueReason]);

/**
 * Reasons that keep a past-due account off the chase list: a dispute holds the whole debt,
 * nothing is past due, a promise has not come due yet, or it was already called today.
 */
export function chaseExclusions(
  account: TodayAccountFacts,
  { officeToday, lastContactDay, pendingPromise }: ChaseContext,
): readonly LeftOutReason[] {
  const disputed = account.accountDisputeOpen || (account.pastDue.length === 0 && account.disputedPastDue.length > 0);
  const owed = disputed ? onlyDispute : account.pastDue.length === 0 ? onlyNothingPastDue : noReasons;
  const { lastContactAt } = account;
  const contactedToday = lastContactAt !== null && lastContactDay === officeToday;
  if (!pendingPromise && !contactedToday) return owed;
  const reasons: LeftOutReason[] = [...owed];
  if (pendingPromise) reasons.push({ kind: 'promise-pending', promise: pendingPromise });
  if (contactedToday) reasons.push({ kind: 'contacted-today', at: lastContactAt });
  return reasons;
}

/** The order reasons are shown in: the one that settles the matter first. */
const reasonOrder: Record<LeftOutKind, number> = {
  placed: 0,
  'contact-rule': 1,
  dispute: 2,
  'nothing-past-due': 3,
  'promise-pending': 4,
  'contacted-today': 5,
};

export function orderLeftOutReasons(reasons: readonly LeftOutReason[]): readonly LeftOutReason[] {
  if (reasons.length < 2) return reasons;
  // Flags (do not call, cease contact) outrank everything but the agency; timing rules come after
  // the account's own state (nothing owed says more than "not at this hour").
  const rank = (r: LeftOutReason) =>
    r.kind === 'contact-rule' && (r.breach.rule === 'do-not-call' || r.breach.rule === 'cease-contact')
      ? reasonOrder['contact-rule']
      : r.kind === 'contact-rule'
        ? 5.5 + ruleOrder[r.breach.rule] / 10
        : reasonOrder[r.kind];
  return [...reasons].sort((a, b) => rank(a) - rank(b));
}
