// A digest entry as the Today queue sees it at one moment: what is past due on the office's date,
// and the attempts still inside the contact rules' window.
import type { CalendarDate } from '../dates/calendar';
import type { CurrencyAmount } from '../money/currency-totals';
import { compareCurrencyAmounts } from '../money/currency-totals';
import type { TodayAccountFacts, TodayAttempt } from '../today/facts';
import { attemptsFrom } from './build-entry';
import type { AccountDigestEntry, DigestAttempt, DigestDue } from './model';

function add(totals: CurrencyAmount[], due: DigestDue): void {
  const found = totals.find((t) => t.currency === due.currency);
  if (found) found.amountMinor += due.amountMinor;
  else totals.push({ currency: due.currency, amountMinor: due.amountMinor });
}

// Most accounts had no call this week: they share one list (facts are never changed in place).
const noAttempts: readonly TodayAttempt[] = Object.freeze([]);

/** The calls since `from`, as Today's facts hold them (stored facts keep no more). */
function recentOf(attempts: readonly DigestAttempt[], from: string): TodayAttempt[] {
  const recent: TodayAttempt[] = [];
  for (const attempt of attempts) if (attempt.at > from) recent.push({ at: attempt.at, reached: attempt.reached });
  return recent;
}

/** The Today facts of one account on `today` (the office's date) at `now`. */
export function todayFactsAt(entry: AccountDigestEntry, today: CalendarDate, now: Date): TodayAccountFacts {
  return todayFactsReader(today, now)(entry);
}

/** todayFactsAt for many entries at the same moment (the attempts' window worked out once). */
export function todayFactsReader(today: CalendarDate, now: Date): (entry: AccountDigestEntry) => TodayAccountFacts {
  const from = attemptsFrom(now);
  return (entry) => factsOf(entry, today, from);
}

function factsOf(entry: AccountDigestEntry, today: CalendarDate, from: string): TodayAccountFacts {
  const pastDue: CurrencyAmount[] = [];
  const disputedPastDue: CurrencyAmount[] = [];
  let oldestPastDueDate: CalendarDate | null = null;
  // Dues are sorted by date: the first undisputed one past due is the oldest.
  for (const due of entry.dues) {
    if (due.dueDate >= today) break;
    if (due.disputed) add(disputedPastDue, due);
    else {
      add(pastDue, due);
      oldestPastDueDate ??= due.dueDate;
    }
  }
  return {
    customerId: entry.customerId,
    name: entry.name,
    kind: entry.kind,
    timeZone: entry.timeZone,
    placedWith: entry.placedWith,
    doNotCall: entry.doNotCall,
    ceaseContact: entry.ceaseContact,
    tags: entry.tags,
    openBalances: entry.openBalances,
    pastDue: pastDue.sort(compareCurrencyAmounts),
    disputedPastDue: disputedPastDue.sort(compareCurrencyAmounts),
    accountDisputeOpen: entry.accountDisputeOpen,
    oldestPastDueDate,
    lastContactAt: entry.lastContactAt,
    recentAttempts: entry.attempts.length === 0 ? noAttempts : recentOf(entry.attempts, from),
    brokenPromises: entry.brokenPromises,
  };
}
