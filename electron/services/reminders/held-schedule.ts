// The schedule main holds in memory: every entry with its instant resolved once, soonest first;
// the part not fired yet, in the same order; and the fired marks. A sync replaces it whole. A
// patch looks the entries it names up by id, then rebuilds both lists in one merge, rather than
// splicing each entry into the arrays: a patch of k entries on a schedule of n costs about
// n + k log k, where one splice per entry cost k × n.
import { sameJson } from '../../../shared/common/same-json';
import type { ReminderEntry } from '../../../shared/reminders/schema';
import type { FireInstantResolver } from './fire-instant';
import type { FiredMarks } from './reminder-store';
import { byInstantThenId, resolveSchedule, type DueReminder } from './resolved-schedule';

/** What a patch really changed. */
export interface PatchApplied {
  /** The entries added or changed (one named again unchanged is left out). */
  upserted: ReminderEntry[];
  /** The ids removed that were scheduled. */
  removed: string[];
  /** True when fired marks went with removed entries (the saved marks are out of date). */
  marksDropped: boolean;
}

export interface HeldSchedule {
  /** Every entry, soonest first (ties by id). */
  readonly all: readonly DueReminder[];
  /** The entries not fired yet for their current instant, same order. */
  readonly pending: readonly DueReminder[];
  readonly fired: FiredMarks;
  readonly size: number;
  /**
   * Replaces the schedule, keeping the marks that still belong to one of its entries. Returns
   * true when marks were dropped (the saved marks are out of date).
   */
  replace(entries: readonly ReminderEntry[], previouslyFired: FiredMarks): boolean;
  /**
   * Removes the ids in `remove`, then adds or replaces the entries in `upsert` (a later one
   * of the same id wins): the same as a replace with the schedule so changed.
   */
  patch(upsert: readonly ReminderEntry[], remove: readonly string[]): PatchApplied;
  /** Takes the pending reminders due at or before `nowMs`, soonest first, and marks them fired. */
  takeDue(nowMs: number): DueReminder[];
  /** Counts every reminder due at or before `throughMs` as fired (their marks were lost). */
  markFiredThrough(throughMs: number): void;
  /** The entries, soonest first. */
  entries(): ReminderEntry[];
}

/** Two lists sorted by instant then id, as one. */
function merge(left: readonly DueReminder[], right: readonly DueReminder[]): DueReminder[] {
  if (right.length === 0) return left.slice();
  if (left.length === 0) return right.slice();
  const merged: DueReminder[] = new Array<DueReminder>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) merged[k++] = byInstantThenId(left[i]!, right[j]!) <= 0 ? left[i++]! : right[j++]!;
  while (i < left.length) merged[k++] = left[i++]!;
  while (j < right.length) merged[k++] = right[j++]!;
  return merged;
}

export function createHeldSchedule(resolveInstant: FireInstantResolver): HeldSchedule {
  let all: DueReminder[] = [];
  let pending: DueReminder[] = [];
  let fired = new Map<string, number>();
  let byId = new Map<string, DueReminder>();

  return {
    get all() {
      return all;
    },
    get pending() {
      return pending;
    },
    get fired() {
      return fired;
    },
    get size() {
      return byId.size;
    },

    replace(entries, previouslyFired) {
      const resolved = resolveSchedule(entries, previouslyFired, resolveInstant);
      all = resolved.all;
      pending = resolved.pending;
      fired = resolved.fired;
      byId = new Map(all.map((reminder) => [reminder.entry.id, reminder]));
      return resolved.pruned;
    },

    patch(upsert, remove) {
      // id → what it becomes (null: removed). Looked up first, so a patch naming an id twice
      // sees its own earlier change, exactly as one patch after another would.
      const changed = new Map<string, DueReminder | null>();
      const current = (id: string) => (changed.has(id) ? changed.get(id) : byId.get(id));
      const applied: PatchApplied = { upserted: [], removed: [], marksDropped: false };
      for (const id of remove) {
        if (!current(id)) continue;
        changed.set(id, null);
        applied.removed.push(id);
        // The same pruning a replace does: a mark of a reminder no longer scheduled goes.
        if (fired.delete(id)) applied.marksDropped = true;
      }
      for (const entry of upsert) {
        const old = current(entry.id);
        if (old && sameJson(old.entry, entry)) continue;
        changed.set(entry.id, { entry, atMs: resolveInstant(entry.fireAt) });
        applied.upserted.push(entry);
      }
      if (changed.size === 0) return applied;

      const added: DueReminder[] = [];
      for (const [id, reminder] of changed) {
        if (reminder) {
          byId.set(id, reminder);
          added.push(reminder);
        } else byId.delete(id);
      }
      added.sort(byInstantThenId);
      const kept = (reminder: DueReminder) => !changed.has(reminder.entry.id);
      all = merge(all.filter(kept), added);
      // As in a replace: a mark counts only for the instant it fired at.
      pending = merge(
        pending.filter(kept),
        added.filter((reminder) => fired.get(reminder.entry.id) !== reminder.atMs),
      );
      return applied;
    },

    takeDue(nowMs) {
      let count = 0;
      while (count < pending.length && pending[count]!.atMs <= nowMs) count++;
      if (count === 0) return [];
      const due = pending.slice(0, count);
      pending = pending.slice(count);
      for (const reminder of due) fired.set(reminder.entry.id, reminder.atMs);
      return due;
    },

    markFiredThrough(throughMs) {
      for (const reminder of all) if (reminder.atMs <= throughMs) fired.set(reminder.entry.id, reminder.atMs);
      pending = pending.filter((reminder) => reminder.atMs > throughMs);
    },

    entries: () => all.map((reminder) => reminder.entry),
  };
}
