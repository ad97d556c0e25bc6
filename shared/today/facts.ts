// What the Today queue knows about each account: small, already-summarised facts, so ranking
// 10,000 accounts is one pass over 10,000 small objects and never reads an invoice or a call.
// The renderer gathers them (renderer/today/today-facts.ts); everything here is pure.
import type { CustomerKind } from '../customers/schema';
import type { CalendarDate } from '../dates/calendar';
import type { FollowUpKind } from '../follow-ups/schema';
import type { CurrencyAmount } from '../money/currency-totals';
import type { PromiseMethod } from '../promises/schema';

/** One past call attempt: when it started (UTC ISO) and whether someone was reached. */
export interface TodayAttempt {
  at: string;
  reached: boolean;
}

export interface TodayAccountFacts {
  customerId: string;
  name: string;
  kind: CustomerKind;
  /** The customer's IANA time zone (their local time and calling hours). */
  timeZone: string;
  /** The agency the account is placed with, or null when it is not placed. */
  placedWith: string | null;
  doNotCall?: boolean;
  ceaseContact?: boolean;
  /** The office's labels for the account (see customerTagSchema); absent meaning none. */
  tags?: readonly string[];
  /** What open invoices still owe, one total per currency, largest first. */
  openBalances: readonly CurrencyAmount[];
  /** What is past due and not under an open dispute, one total per currency, largest first. */
  pastDue: readonly CurrencyAmount[];
  /** What is past due on invoices under an open dispute, one total per currency. */
  disputedPastDue: readonly CurrencyAmount[];
  /** An open dispute about the account as a whole (no invoice named). */
  accountDisputeOpen: boolean;
  /** The earliest due date among past-due invoices not under dispute; null when there is none. */
  oldestPastDueDate: CalendarDate | null;
  /** Start of the most recent closed call (UTC ISO), or null when never called. */
  lastContactAt: string | null;
  /** Closed calls of the last seven days (what the contact rules count); older ones may be left out. */
  recentAttempts: readonly TodayAttempt[];
  /** Promises on the account that were broken or only partly kept, ever. */
  brokenPromises: number;
}

/** An open follow-up (callback, promise check or task). */
export interface TodayFollowUp {
  id: string;
  customerId: string;
  kind: FollowUpKind;
  dueAt: string;
  note: string;
}

/**
 * A promise as the queue needs it: its state (from the promise lifecycle, with payments already
 * counted) and the instalment that matters now.
 */
export interface TodayPromise {
  id: string;
  customerId: string;
  currency: string;
  method: PromiseMethod;
  /** open: not broken yet; broken / partially-kept: a deadline was missed. */
  status: 'open' | 'broken' | 'partially-kept';
  /**
   * For an open promise, the first instalment not yet paid in full; for a broken or partly kept
   * one, the instalment whose deadline was missed. A single payment is a one-instalment plan.
   */
  instalment: { dueDate: CalendarDate; amountMinor: number; index: number; count: number };
}
