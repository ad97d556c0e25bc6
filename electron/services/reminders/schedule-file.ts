// What the reminder files hold, compared with the schedule main holds, so each change writes
// only what it must: a sync that changes nothing writes nothing, a patch is recorded as changes
// on top of the schedule file while they stay few (else the whole schedule is written again),
// and the fired marks are written when they changed. Every flag stays pessimistic until its
// write has finished, so a failed write is made good by the next change.
import { sameJson } from '../../../shared/common/same-json';
import type { ReminderEntry } from '../../../shared/reminders/schema';
import type { FiredMarks, ReminderStore, SavedSchedule } from './reminder-store';

/** The schedule held in memory, as far as the file needs it. */
export interface ScheduleSource {
  readonly size: number;
  entries(): readonly ReminderEntry[];
}

/** What a patch changed: entries added or replaced, ids removed. */
export interface ScheduleChange {
  upserted: readonly ReminderEntry[];
  removed: readonly string[];
}

export interface ScheduleFile {
  /**
   * Reads the saved schedule (undefined: none was saved). Throws when a file is damaged; the
   * marks are then taken as unsaved, so the next change writes them.
   */
  load(): Promise<SavedSchedule | undefined>;
  /** A sync replaced the schedule: written whole, unless the files hold exactly this one. */
  replace(entries: readonly ReminderEntry[]): Promise<void>;
  /**
   * A patch changed `schedule`: saved as changes to the schedule file while those stay few,
   * else the whole schedule is written. Writes nothing when nothing changed and the files
   * already hold the schedule.
   */
  patch(change: ScheduleChange, schedule: ScheduleSource): Promise<void>;
  /** The marks held no longer match the saved ones (marks pruned, or lost with a damaged file). */
  firedChanged(): void;
  /** Writes the marks if they changed since they were last written. */
  saveFiredIfChanged(fired: FiredMarks): Promise<void>;
  /** Writes the marks now (something just fired). */
  saveFired(fired: FiredMarks): Promise<void>;
}

/** The net changes saved on top of the schedule file: entries upserted (by id) and ids removed. */
interface Journal {
  upsert: Map<string, ReminderEntry>;
  remove: Set<string>;
}
const emptyJournal = (): Journal => ({ upsert: new Map(), remove: new Set() });

/** Past this many saved changes a patch writes the whole schedule again (and starts afresh). */
export const journalLimit = (scheduleSize: number) => Math.max(200, Math.floor(scheduleSize / 20));

export function createScheduleFile(store: ReminderStore): ScheduleFile {
  // The schedule file's entries, so a sync that changes nothing writes nothing (null: unknown).
  let savedEntries: readonly ReminderEntry[] | null = null;
  // True when the files hold the schedule kept in memory.
  let inSync = false;
  // The changes saved on top of the schedule file (null: the next patch writes it whole).
  let journal: Journal | null = null;
  let firedUnsaved = false;

  async function writeWhole(entries: readonly ReminderEntry[]): Promise<void> {
    savedEntries = null;
    inSync = false;
    journal = null;
    await store.saveSchedule(entries);
    savedEntries = entries;
    inSync = true;
    journal = emptyJournal();
  }

  async function saveFired(fired: FiredMarks): Promise<void> {
    await store.saveFired(fired);
    firedUnsaved = false;
  }

  return {
    async load() {
      savedEntries = null;
      inSync = false;
      journal = null;
      let saved: SavedSchedule | undefined;
      try {
        saved = await store.load();
      } catch (error) {
        firedUnsaved = true;
        throw error;
      }
      savedEntries = saved?.entries ?? null;
      inSync = saved !== undefined;
      journal = saved?.changesStartClean ? emptyJournal() : null;
      firedUnsaved = false;
      return saved;
    },

    async replace(entries) {
      if (savedEntries !== null && sameJson(savedEntries, entries)) {
        inSync = true;
        return;
      }
      await writeWhole(entries);
    },

    async patch({ upserted, removed }, schedule) {
      if (upserted.length === 0 && removed.length === 0 && inSync) return;
      const base = journal;
      if (!base || base.upsert.size + base.remove.size + upserted.length + removed.length > journalLimit(schedule.size)) {
        await writeWhole(schedule.entries());
        return;
      }
      journal = null;
      savedEntries = null; // the next sync writes the file rather than compare with it
      inSync = false;
      for (const id of removed) {
        base.upsert.delete(id);
        base.remove.add(id);
      }
      for (const entry of upserted) {
        base.remove.delete(entry.id);
        base.upsert.set(entry.id, entry);
      }
      await store.saveChanges({ upsert: [...base.upsert.values()], remove: [...base.remove] });
      journal = base;
      inSync = true;
    },

    firedChanged() {
      firedUnsaved = true;
    },

    async saveFiredIfChanged(fired) {
      if (firedUnsaved) await saveFired(fired);
    },

    saveFired,
  };
}
