// Which built-in script to propose for an account, and why, in a sentence the call screen shows
// ("Proposed: Second call — we spoke with them 9 days ago and the account is still past due").
// The caller can always pick another; this only saves them thinking about it on every call.
//
// The rules, first match wins:
//   1. consumer              a private person → Consumer call (its disclosures are required;
//                            its lines cover a missed or kept promise too)
//   2. placement-decided     the office has decided the account goes to an agency → Final call
//   3. very-late             oldest invoice more than `finalAfterDays` (90) days past due → Final call
//   4. promise-missed        last promise broken, partly kept, or open past its date → Promise follow-up
//   5. promise-kept          last promise kept, and no call since its date → Promise follow-up
//   6. promise-pending       last promise open, its date not yet passed → Promise follow-up
//   7. spoken-this-episode   someone was reached on a call since the oldest invoice fell due → Second call
//   8. late-past-first-month oldest invoice more than `firmAfterDays` (30) days past due → Second call
//   9. first-reminder        everything else (just past due, or nothing past due yet) → First reminder
// The general 'collection-call' script is never proposed; it stays in the picker for any stage.
import { addDays, daysBetween, isCalendarDate, type CalendarDate } from '../dates/calendar';
import type { CustomerKind } from '../customers/schema';
import type { PromiseStatus } from '../promises/schema';
import { plural } from '../wording/plural';
import { scriptById } from './default-script';

/**
 * What the proposal needs to know about an account. Every field is something the customer file
 * or the account digest already holds (see the notes on each).
 */
export interface ScriptSelectionFacts {
  kind: CustomerKind;
  /** The office's today ('YYYY-MM-DD'). */
  today: CalendarDate;
  /**
   * Days the oldest past-due invoice is late: ScriptContext.totals.oldestDaysPastDue, or
   * daysPastDue(TodayAccountFacts.oldestPastDueDate, today). 0 or less: nothing is past due.
   */
  oldestDaysPastDue: number;
  /**
   * The most recent closed call on the account (the digest's lastContactAt, as an office date),
   * and whether someone was reached on it (reachedResults.has(call.result)); null: never called.
   */
  lastCall: { on: CalendarDate; reached: boolean } | null;
  /**
   * The account's latest promise with its status from the promise lifecycle (payments counted),
   * and the date that matters now: the missed instalment's date for a broken or partly kept plan,
   * the next unpaid one for an open plan (TodayPromise.instalment.dueDate), the promised date for a
   * single payment. null when none was ever made.
   */
  lastPromise: { status: PromiseStatus; dueDate: CalendarDate } | null;
  /**
   * The office has decided to place the account with an agency (a placement is being prepared).
   * Nothing in the data says so yet: the caller or a future placement step sets it.
   */
  placementDecided: boolean;
}

export const selectionThresholds = {
  /** Past this many days late, a first reminder is no longer the right tone. */
  firmAfterDays: 30,
  /** Past this many days late (the 90+ aging bucket), the next call is the last before an agency. */
  finalAfterDays: 90,
};
export type SelectionThresholds = typeof selectionThresholds;

export type SelectionRuleId =
  | 'consumer'
  | 'placement-decided'
  | 'very-late'
  | 'promise-missed'
  | 'promise-kept'
  | 'promise-pending'
  | 'spoken-this-episode'
  | 'late-past-first-month'
  | 'first-reminder';

export interface ScriptProposal {
  scriptId: string;
  rule: SelectionRuleId;
  /** Why, as a clause: "the oldest invoice is 95 days past due". */
  reason: string;
  /** The line for the call screen: "Proposed: Final call before agency — the oldest invoice is …". */
  sentence: string;
}

/** The facts the rules read, worked out once. */
interface Situation {
  facts: ScriptSelectionFacts;
  daysLate: number;
  limits: SelectionThresholds;
  promise: 'missed' | 'kept' | 'pending' | 'none';
  /** The last call was made on or after the day the oldest past-due invoice fell due. */
  callThisEpisode: boolean;
}

interface SelectionRule {
  id: SelectionRuleId;
  scriptId: string;
  applies(s: Situation): boolean;
  reason(s: Situation): string;
}

const daysLateText = (days: number) => `${plural(days, 'day', 'days')} past due`;

/** "today", "yesterday", "9 days ago"; "in 3 days", "tomorrow" for a later date. */
function relativeDay(date: CalendarDate, today: CalendarDate): string {
  if (!isCalendarDate(date) || !isCalendarDate(today)) return 'on a date to check on the account';
  const ago = daysBetween(date, today);
  if (ago === 0) return 'today';
  if (ago === 1) return 'yesterday';
  if (ago === -1) return 'tomorrow';
  return ago > 0 ? `${plural(ago, 'day', 'days')} ago` : `in ${plural(-ago, 'day', 'days')}`;
}

function promiseState(facts: ScriptSelectionFacts): Situation['promise'] {
  const last = facts.lastPromise;
  if (!last || last.status === 'cancelled') return 'none';
  if (last.status === 'kept') return 'kept';
  if (last.status === 'broken' || last.status === 'partially-kept') return 'missed';
  return last.dueDate < facts.today ? 'missed' : 'pending';
}

function promiseMissedReason({ facts }: Situation): string {
  const last = facts.lastPromise;
  if (!last) return 'the last promise was missed';
  const when = relativeDay(last.dueDate, facts.today);
  if (last.status === 'partially-kept') return `the last promise, due ${when}, was only partly kept`;
  if (last.status === 'open') return `the last promise was due ${when} and has not been paid`;
  return `the last promise, due ${when}, was not kept`;
}

function firstReminderReason({ facts, daysLate, callThisEpisode }: Situation): string {
  if (daysLate <= 0) return 'nothing is past due yet, so a friendly call ahead of the due date';
  const late = `the oldest invoice is ${daysLateText(daysLate)}`;
  if (callThisEpisode && facts.lastCall) return `${late} and the last call, ${relativeDay(facts.lastCall.on, facts.today)}, reached nobody`;
  return `${late} and nobody has been called about it yet`;
}

const fallbackRule: SelectionRule = { id: 'first-reminder', scriptId: 'first-reminder', applies: () => true, reason: firstReminderReason };

/** The rules in the order they are tried; the last always applies. */
export const selectionRules: readonly SelectionRule[] = [
  {
    id: 'consumer',
    scriptId: 'consumer-call',
    applies: (s) => s.facts.kind === 'consumer',
    reason: () => 'a private person always gets the plain-language call with the required disclosures',
  },
  {
    id: 'placement-decided',
    scriptId: 'final-call',
    applies: (s) => s.facts.placementDecided,
    reason: () => 'placing the account with an agency has been decided, so this is the last call before it',
  },
  {
    id: 'very-late',
    scriptId: 'final-call',
    applies: (s) => s.daysLate > s.limits.finalAfterDays,
    reason: (s) => `the oldest invoice is ${daysLateText(s.daysLate)}, more than ${s.limits.finalAfterDays} days`,
  },
  { id: 'promise-missed', scriptId: 'promise-follow-up', applies: (s) => s.promise === 'missed', reason: promiseMissedReason },
  {
    id: 'promise-kept',
    scriptId: 'promise-follow-up',
    // A kept promise is thanked for once: a call after its date has done that already.
    applies: (s) => s.promise === 'kept' && (!s.facts.lastCall || s.facts.lastCall.on <= (s.facts.lastPromise?.dueDate ?? '')),
    reason: (s) => `the last promise, due ${relativeDay(s.facts.lastPromise?.dueDate ?? s.facts.today, s.facts.today)}, was kept`,
  },
  {
    id: 'promise-pending',
    scriptId: 'promise-follow-up',
    applies: (s) => s.promise === 'pending',
    reason: (s) => `a promise is open, due ${relativeDay(s.facts.lastPromise?.dueDate ?? s.facts.today, s.facts.today)}`,
  },
  {
    id: 'spoken-this-episode',
    scriptId: 'second-call',
    applies: (s) => s.daysLate > 0 && s.callThisEpisode && !!s.facts.lastCall?.reached,
    reason: (s) =>
      `we spoke with them ${relativeDay(s.facts.lastCall?.on ?? s.facts.today, s.facts.today)} and the account is still past due`,
  },
  {
    id: 'late-past-first-month',
    scriptId: 'second-call',
    applies: (s) => s.daysLate > s.limits.firmAfterDays,
    reason: (s) => `the oldest invoice is ${daysLateText(s.daysLate)}, more than ${s.limits.firmAfterDays} days`,
  },
  fallbackRule,
];

export function proposeScript(facts: ScriptSelectionFacts, limits: SelectionThresholds = selectionThresholds): ScriptProposal {
  const daysLate = Number.isFinite(facts.oldestDaysPastDue) ? Math.max(0, Math.round(facts.oldestDaysPastDue)) : 0;
  // The episode began the day the oldest past-due invoice fell due; calls before it were about other money.
  const episodeStart = isCalendarDate(facts.today) ? addDays(facts.today, -daysLate) : null;
  const situation: Situation = {
    facts,
    daysLate,
    limits,
    promise: promiseState(facts),
    callThisEpisode: daysLate > 0 && episodeStart !== null && !!facts.lastCall && facts.lastCall.on >= episodeStart,
  };
  const rule = selectionRules.find((r) => r.applies(situation)) ?? fallbackRule;
  const reason = rule.reason(situation);
  const title = scriptById(rule.scriptId)?.title ?? rule.scriptId;
  return { scriptId: rule.scriptId, rule: rule.id, reason, sentence: `Proposed: ${title} — ${reason}.` };
}
