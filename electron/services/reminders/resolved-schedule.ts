// A synced schedule made ready for the clock: every entry's instant resolved once, sorted,
// and split into what has fired and what is still to come. Pure; the held schedule keeps the
// result and only ever looks at the front of `pending`.
import type { ReminderEntry } from '../../../shared/reminders/schema';
import type { FireInstantResolver } from './fire-instant';
import type { FiredMarks } from './reminder-store';

/** A schedule entry with the instant it fires at, resolved once per sync. */
export interface DueReminder {
  entry: ReminderEntry;
  /** UTC ms. */
  atMs: number;
}

export interface ResolvedSchedule {
  /** Every entry, soonest first (ties by id, so the order never depends on the input's). */
  all: DueReminder[];
  /** The entries not yet fired for their current instant, same order. */
  pending: DueReminder[];
  /** The fired marks that still belong to an entry of this schedule. */
  fired: Map<string, number>;
  /** True when marks of reminders no longer scheduled were dropped (the file needs a rewrite). */
  pruned: boolean;
}

/** The schedule's order: soonest first, ties by id. */
export const byInstantThenId = (a: DueReminder, b: DueReminder): number =>
  a.atMs - b.atMs || (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);

export function resolveSchedule(
  entries: readonly ReminderEntry[],
  previouslyFired: FiredMarks,
  resolveInstant: FireInstantResolver,
): ResolvedSchedule {
  const all = entries.map((entry) => ({ entry, atMs: resolveInstant(entry.fireAt) }));
  all.sort(byInstantThenId);
  const fired = new Map<string, number>();
  const pending: DueReminder[] = [];
  for (const reminder of all) {
    // A mark counts only for the instant it fired at: an entry whose time moved fires again.
    const firedAt = previouslyFired.get(reminder.entry.id);
    if (firedAt !== undefined) fired.set(reminder.entry.id, firedAt);
    if (firedAt !== reminder.atMs) pending.push(reminder);
  }
  return { all, pending, fired, pruned: fired.size !== previouslyFired.size };
}
