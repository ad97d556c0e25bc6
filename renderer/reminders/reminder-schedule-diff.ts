// What changed between the schedule main acknowledged and the one just rebuilt, as the patch
// 'reminders:sync' takes: entries new or different (by id, deep equality) and ids gone. Pure.
import { sameJson } from '../../shared/common/same-json';
import type { ReminderEntry } from '../../shared/reminders/schema';

export interface ScheduleDiff {
  upsert: ReminderEntry[];
  remove: string[];
}

/** The schedule main holds, as the renderer last saw it acknowledged. */
export interface AcknowledgedSchedule {
  revision: number;
  byId: ReadonlyMap<string, ReminderEntry>;
}

export function acknowledged(revision: number, entries: readonly ReminderEntry[]): AcknowledgedSchedule {
  return { revision, byId: new Map(entries.map((entry) => [entry.id, entry])) };
}

export function diffSchedule(base: ReadonlyMap<string, ReminderEntry>, next: readonly ReminderEntry[]): ScheduleDiff {
  const upsert: ReminderEntry[] = [];
  const kept = new Set<string>();
  for (const entry of next) {
    kept.add(entry.id);
    const old = base.get(entry.id);
    // React Query keeps unchanged entries as the same objects, so this is mostly `===`.
    if (!old || !sameJson(old, entry)) upsert.push(entry);
  }
  const remove = [...base.keys()].filter((id) => !kept.has(id));
  return { upsert, remove };
}

export const isEmptyDiff = (diff: ScheduleDiff) => diff.upsert.length === 0 && diff.remove.length === 0;
