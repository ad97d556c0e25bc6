// Today's facts as stored beside the account digest for one office day: every account's facts
// and the promises that can ask for a call, packed like a digest shard (account-digest/pack-codec.ts).
// A window just opened reads this one record instead of every shard of the digest, and makes
// one small object per account instead of unpacking each account's due dates, promises and
// payments only to sum them again.
import type { PackedDigestEntries } from '../account-digest/pack-codec';
import { PackReader, PackWriter } from '../account-digest/pack-codec';
import { readAccountHead, writeAccountHead } from '../account-digest/packed-account';
import { isCalendarDate } from '../dates/calendar';
import type { CurrencyAmount } from '../money/currency-totals';
import type { PromiseMethod } from '../promises/schema';
import type { TodayAccountFacts, TodayAttempt, TodayPromise } from './facts';
import { isOrderOf, type TodayRanking } from './day-ranking';

/** What the queue ranks from, but the follow-ups (few, and read fresh every time). */
export interface TodayFactsBody {
  accounts: TodayAccountFacts[];
  promises: TodayPromise[];
  /** The accounts' ranking on the facts' office day (day-ranking.ts). */
  ranking: TodayRanking;
}

function writeAmounts(out: PackWriter, amounts: readonly CurrencyAmount[]): void {
  out.list(amounts, (amount) => {
    out.text(amount.currency);
    out.amount(amount.amountMinor);
  });
}

// Most accounts have no tags, nothing disputed and no call this week: they share one empty list,
// frozen (facts are never changed in place; their types say so too).
const none: readonly never[] = Object.freeze([]);

const negativeLength = "Today's stored facts hold a list of a negative length.";

function readAmounts(from: PackReader, count = from.int()): readonly CurrencyAmount[] {
  if (count < 0) throw new Error(negativeLength);
  if (count === 0) return none;
  const amounts: CurrencyAmount[] = [];
  for (let n = count; n > 0; n -= 1) amounts.push({ currency: from.text(), amountMinor: from.amount() });
  return amounts;
}

// The two lists of an account read by functions of their own, not by one taking a callback: a
// window just opened runs this code before the compiler has optimised it, and would make two
// closures per account.

/** An account's tags as PackWriter.list writes them; the shared empty list when it has none. */
function readTags(from: PackReader): readonly string[] {
  const count = from.int();
  if (count < 0) throw new Error(negativeLength);
  if (count === 0) return none;
  const tags: string[] = [];
  for (let n = count; n > 0; n -= 1) tags.push(from.text());
  return tags;
}

/** An account's recent attempts as writeAccount writes them; the shared empty list when it has none. */
function readAttempts(from: PackReader): readonly TodayAttempt[] {
  const count = from.int();
  if (count < 0) throw new Error(negativeLength);
  if (count === 0) return none;
  const attempts: TodayAttempt[] = [];
  for (let n = count; n > 0; n -= 1) attempts.push({ at: from.text(), reached: from.flag() });
  return attempts;
}

// Where an account's past-due amounts are its whole open balances (often), they are stored as
// such and read back as the same list.
const pastDueIsOpenBalances = -1;

function sameAmounts(a: readonly CurrencyAmount[], b: readonly CurrencyAmount[]): boolean {
  return a.length === b.length && a.every((amount, i) => amount.currency === b[i]?.currency && amount.amountMinor === b[i].amountMinor);
}

function writeAccount(out: PackWriter, account: TodayAccountFacts): void {
  writeAccountHead(out, account);
  out.list(account.tags ?? [], (tag) => out.text(tag));
  writeAmounts(out, account.openBalances);
  if (account.pastDue.length > 0 && sameAmounts(account.pastDue, account.openBalances)) out.int(pastDueIsOpenBalances);
  else writeAmounts(out, account.pastDue);
  writeAmounts(out, account.disputedPastDue);
  out.text(account.oldestPastDueDate);
  out.text(account.lastContactAt);
  out.list(account.recentAttempts, (attempt) => {
    out.text(attempt.at);
    out.flag(attempt.reached);
  });
  out.int(account.brokenPromises);
}

function readAccount(from: PackReader): TodayAccountFacts {
  const head = readAccountHead(from);
  const tags = readTags(from);
  const openBalances = readAmounts(from);
  const pastDueCount = from.int();
  const pastDue = pastDueCount === pastDueIsOpenBalances ? openBalances : readAmounts(from, pastDueCount);
  const disputedPastDue = readAmounts(from);
  const oldestPastDueDate = from.maybeText();
  const lastContactAt = from.maybeText();
  const recentAttempts = readAttempts(from);
  // Field by field rather than spread: the compiler can then leave the head object unmade, one
  // object fewer per account for a window just opened to collect.
  return {
    customerId: head.customerId,
    name: head.name,
    kind: head.kind,
    timeZone: head.timeZone,
    placedWith: head.placedWith,
    doNotCall: head.doNotCall,
    ceaseContact: head.ceaseContact,
    accountDisputeOpen: head.accountDisputeOpen,
    tags,
    openBalances,
    pastDue,
    disputedPastDue,
    oldestPastDueDate,
    lastContactAt,
    recentAttempts,
    brokenPromises: from.int(),
  };
}

function writePromise(out: PackWriter, promise: TodayPromise): void {
  out.text(promise.id);
  out.text(promise.customerId);
  out.text(promise.currency);
  out.text(promise.method);
  out.text(promise.status);
  out.text(promise.instalment.dueDate);
  out.amount(promise.instalment.amountMinor);
  out.int(promise.instalment.index);
  out.int(promise.instalment.count);
}

function readPromise(from: PackReader): TodayPromise {
  const id = from.text();
  const customerId = from.text();
  const currency = from.text();
  const method = from.text() as PromiseMethod;
  const status = from.text() as TodayPromise['status'];
  const dueDate = from.text();
  const amountMinor = from.amount();
  const index = from.int();
  return { id, customerId, currency, method, status, instalment: { dueDate, amountMinor, index, count: from.int() } };
}

/** The facts packed: the ranking's numbers apart, as one array (copied whole when stored and read). */
export interface PackedTodayFacts extends PackedDigestEntries {
  /** The ranking's chase order, its name order and the days past due, each one number per account. */
  ranking: Uint32Array;
}

function writeRanking(out: PackWriter, ranking: TodayRanking): Uint32Array {
  out.text(ranking.officeToday);
  out.text(ranking.officeTimeZone);
  out.text(ranking.collation);
  out.list(ranking.lastContactDays, (day) => out.text(day));
  const count = ranking.chase.length;
  const numbers = new Uint32Array(count * 3);
  numbers.set(ranking.chase);
  numbers.set(ranking.byName, count);
  numbers.set(ranking.daysPastDue, count * 2);
  return numbers;
}

function readRanking(from: PackReader, numbers: unknown, accounts: readonly TodayAccountFacts[]): TodayRanking {
  const count = accounts.length;
  const officeToday = from.text();
  const officeTimeZone = from.text();
  const collation = from.text();
  const lastContactDays = from.list(() => from.maybeText());
  if (!(numbers instanceof Uint32Array) || numbers.length !== count * 3 || lastContactDays.length !== count)
    throw new Error("Today's stored facts hold a ranking of another number of accounts.");
  // Each stored string is checked once: the accounts share a few hundred days between them.
  const days = new Set<string>();
  for (const day of lastContactDays) if (day !== null) days.add(day);
  for (const day of days) if (!isCalendarDate(day)) throw new Error("Today's stored facts hold a last call on a day that is not a date.");
  const chase = numbers.subarray(0, count);
  const byName = numbers.subarray(count, count * 2);
  if (!isOrderOf(chase, count) || !isOrderOf(byName, count))
    throw new Error("Today's stored facts hold an order that does not name each account once.");
  return { accounts, officeToday, officeTimeZone, collation, chase, byName, daysPastDue: numbers.subarray(count * 2), lastContactDays };
}

export function packTodayFacts(body: TodayFactsBody): PackedTodayFacts {
  const out = new PackWriter();
  out.list(body.accounts, (account) => writeAccount(out, account));
  out.list(body.promises, (promise) => writePromise(out, promise));
  const ranking = writeRanking(out, body.ranking);
  return { ...out.packed(), ranking };
}

/** The facts again, in the order they were packed. Throws on data that does not add up. */
export function unpackTodayFacts(packed: PackedTodayFacts): TodayFactsBody {
  const from = new PackReader(packed);
  const accounts = from.list(() => readAccount(from));
  const promises = from.list(() => readPromise(from));
  const ranking = readRanking(from, packed.ranking, accounts);
  if (!from.atEnd) throw new Error("Today's stored facts hold more than their accounts, promises and ranking.");
  return { accounts, promises, ranking };
}
