// The account digest: for every customer, the few facts the Today queue and the dashboard rank and
// total by, kept beside the data so a 10,000-account book is read as a few dozen records instead
// of 100,000 invoices. Each entry is a pure function of one customer's own records (the customer
// row, its open invoices, open disputes and recent closed calls), so a write to those records
// only has to mark that customer for a refresh (renderer/data/digest-tracking.ts).
//
// Nothing here depends on today's date: past-due amounts are worked out when the digest is read
// (facts-at.ts), from each account's open balances grouped by due date.
import type { CallResult } from '../calls/schema';
import type { CustomerKind } from '../customers/schema';
import type { CalendarDate } from '../dates/calendar';
import type { CurrencyAmount } from '../money/currency-totals';
import type { Payment } from '../payments/schema';
import type { PaymentPromise } from '../promises/schema';
import type { PackedDigestEntries } from './pack-codec';

/** What an account's open invoices owe, summed by due date, currency and dispute. */
export interface DigestDue {
  dueDate: CalendarDate;
  currency: string;
  amountMinor: number;
  invoiceCount: number;
  /** The invoices are under an open dispute. */
  disputed: boolean;
}

/**
 * A live promise (open, broken or partly kept) as the digest points at it: enough to decide
 * whether today's queue needs the promise itself, which is then read by its id.
 */
export interface DigestPromiseRef {
  id: string;
  open: boolean;
  /** The last date of its plan (the promised date of a single payment). */
  lastStepDate: CalendarDate;
  /** The first date of its plan. */
  firstStepDate: CalendarDate;
}

/** A closed call: when it started (UTC ISO), its outcome, and whether someone was reached. */
export interface DigestAttempt {
  at: string;
  result: CallResult | null;
  reached: boolean;
}

export interface AccountDigestEntry {
  customerId: string;
  name: string;
  kind: CustomerKind;
  timeZone: string;
  placedWith: string | null;
  doNotCall: boolean;
  ceaseContact: boolean;
  tags: string[];
  openBalances: CurrencyAmount[];
  dues: DigestDue[];
  accountDisputeOpen: boolean;
  lastContactAt: string | null;
  /** Promises on the account that were broken or only partly kept, ever. */
  brokenPromises: number;
  livePromises: DigestPromiseRef[];
  /**
   * Closed calls that started within `recentCallDays` before `computedAt`, oldest first: every
   * call the contact rules (7 days) and the dashboard's calls per day (two weeks) can count at
   * any later moment (older ones have left both windows for good).
   */
  attempts: DigestAttempt[];
  /**
   * The account's promises and payments that Today and the dashboard can still ask for, each row
   * as stored (kept-rows.ts says which; packed-rows.ts how they are stored).
   */
  promises: PaymentPromise[];
  payments: Payment[];
  /** When the entry was worked out (UTC ISO): it holds for any moment from then on. */
  computedAt: string;
}

/** The contact rules' longest window, in days: the attempts Today's facts count. */
export const attemptDays = 7;

/**
 * How far back an entry keeps closed calls, in days: the dashboard's two weeks of calls per
 * office day, and a day to spare for the office's zone.
 */
export const recentCallDays = 15;

/**
 * The digest is stored in shards, so a refresh after one call rewrites an eighth of the entries
 * rather than all 10,000. Few shards, because a window just opened reads them all: IndexedDB keeps
 * a large record apart from its index and pays a fixed cost to fetch each one, so at 10,000
 * accounts 32 shards took about 60 ms to read and 8 took about 25 ms on a two-core machine.
 */
export const digestShardCount = 8;

/**
 * The entries' shape: a shard of another format is rebuilt, so a change to what an entry holds
 * needs no schema upgrade (raise this number with it).
 */
export const digestFormat = 9;

export interface AccountDigestShard extends PackedDigestEntries {
  key: string;
  shard: number;
  format: number;
  /** The latest computedAt among the entries: a clock set back before it means a rebuild. */
  latestComputedAt: string;
}

/**
 * What each shard was last written as: a new id with every write of it, stored in the same
 * transaction. A reader that unpacked a shard before can keep using that copy while the id is
 * the same, and reads only the shards that changed (renderer/account-digest/digest-memory.ts).
 */
export interface DigestRevisions {
  key: string;
  /** By shard number. */
  revisions: string[];
}

export const digestRevisionsKey = 'account-digest:revisions';

/** Which shard an account lives in (a stable hash of its id). */
export function digestShardOf(customerId: string): number {
  let hash = 0;
  for (let i = 0; i < customerId.length; i += 1) hash = (hash * 31 + customerId.charCodeAt(i)) >>> 0;
  return hash % digestShardCount;
}

export function digestShardKey(shard: number): string {
  return `account-digest:${shard}`;
}

/**
 * The accounts whose entries are out of date: every write to a customer's records adds its id
 * here in the same transaction; `all` when a write could not say whose records it touched (a
 * table cleared, a very large batch).
 */
export interface DigestDirtyList {
  key: string;
  all: boolean;
  customerIds: string[];
}

export const digestDirtyKey = 'account-digest:dirty';

/** Beyond this many marked accounts a full rebuild is cheaper than refreshing them one by one. */
export const digestDirtyLimit = 1_500;
