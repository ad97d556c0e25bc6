// The durable copy of the reminder schedule, in the data folder, so main knows what is due
// with no window open. Three files, each replaced atomically by the JsonFileStore: the schedule
// (large, written on a whole-schedule sync), the changes made to it since by patches (small,
// rewritten on each patch, so moving one promise does not rewrite ten thousand entries) and the
// fired marks (small, written each time something fires). Every schedule file gets a new
// generation; the changes file names the generation it applies to, so changes written against
// an older schedule are ignored rather than replayed onto a newer one.
import { z } from 'zod';
import { instantSchema } from '../../../shared/common/primitives';
import { reminderEntrySchema, type ReminderEntry } from '../../../shared/reminders/schema';
import type { JsonFileStore } from '../json-file-store';
import { errorMessage } from '../../../shared/common/error-message';

export const reminderFileName = 'reminders.json';
export const firedFileName = 'reminders-fired.json';
export const changesFileName = 'reminders-changes.json';

/**
 * Reminder id → the instant (UTC ms) it fired for. Keyed by instant as well as id, so an entry
 * whose time moved fires again while an unchanged one never fires twice.
 */
export type FiredMarks = ReadonlyMap<string, number>;

export interface SavedSchedule {
  /** The schedule with the saved changes applied. */
  entries: readonly ReminderEntry[];
  fired: FiredMarks;
  /** True when later changes can be saved with saveChanges (none are pending on top of the file). */
  changesStartClean: boolean;
}

/** The net changes to the last saved schedule file: entries added or replaced, ids removed. */
export interface ScheduleChanges {
  upsert: readonly ReminderEntry[];
  remove: readonly string[];
}

export interface ReminderStore {
  /** The saved schedule; undefined when none was ever saved. Throws when a file is damaged. */
  load(): Promise<SavedSchedule | undefined>;
  /** Writes the whole schedule as a new generation; any saved changes no longer apply. */
  saveSchedule(entries: readonly ReminderEntry[]): Promise<void>;
  /**
   * Records every change since the last saveSchedule (replacing those recorded before). Throws
   * when no schedule was saved or loaded clean by this store.
   */
  saveChanges(changes: ScheduleChanges): Promise<void>;
  saveFired(fired: FiredMarks): Promise<void>;
}

const scheduleFileSchema = z.object({
  format: z.literal(1),
  entries: z.array(reminderEntrySchema),
  /** Absent in files written before patches existed: no changes file applies to those. */
  generation: z.string().min(1).optional(),
});
const changesFileSchema = z.object({
  format: z.literal(1),
  base: z.string().min(1),
  upsert: z.array(reminderEntrySchema),
  remove: z.array(z.string().min(1)),
});
const firedFileSchema = z.object({
  format: z.literal(1),
  fired: z.array(z.object({ id: z.string().min(1), at: instantSchema })),
});

function parseOrThrow<T>(schema: z.ZodType<T>, raw: unknown, fileName: string): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first ? ` (${first.path.join('.') || 'top level'}: ${first.message})` : '';
  throw new Error(`${fileName} does not hold what Call Desk saved${where}.`);
}

function newGeneration(): string {
  return `${Date.now().toString(36)}-${crypto.randomUUID()}`;
}

export function createReminderStore(files: JsonFileStore): ReminderStore {
  // The generation of the schedule file this store last read or wrote (null: none known).
  let generation: string | null = null;

  /** A file's document, checked; a damaged one is moved aside (kept for support) and reported. */
  async function readChecked<T>(fileName: string, schema: z.ZodType<T>): Promise<T | undefined> {
    try {
      const raw = await files.read(fileName);
      return raw === undefined ? undefined : parseOrThrow(schema, raw, fileName);
    } catch (error) {
      const aside = await files.keepAside(fileName).catch(() => null);
      if (aside === null) throw error;
      throw new Error(`${errorMessage(error)} It was kept as ${aside}.`, { cause: error });
    }
  }

  return {
    async load() {
      generation = null;
      const schedule = await readChecked(reminderFileName, scheduleFileSchema);
      if (schedule === undefined) return undefined;
      let entries: readonly ReminderEntry[] = schedule.entries;
      let changesStartClean = schedule.generation !== undefined;
      // Damaged changes are as bad as a damaged schedule: the file alone is out of date.
      const changes = schedule.generation === undefined ? undefined : await readChecked(changesFileName, changesFileSchema);
      if (changes !== undefined) {
        if (changes.base === schedule.generation && (changes.upsert.length > 0 || changes.remove.length > 0)) {
          const byId = new Map(entries.map((entry) => [entry.id, entry] as const));
          for (const id of changes.remove) byId.delete(id);
          for (const entry of changes.upsert) byId.set(entry.id, entry);
          entries = [...byId.values()];
          changesStartClean = false;
        }
      }
      // A damaged fired file is as bad as a damaged schedule: trusting the schedule alone would
      // fire every past reminder again (the service then marks everything past as fired).
      const fired = (await readChecked(firedFileName, firedFileSchema))?.fired ?? [];
      if (changesStartClean) generation = schedule.generation ?? null;
      return { entries, fired: new Map(fired.map((mark) => [mark.id, Date.parse(mark.at)] as const)), changesStartClean };
    },

    async saveSchedule(entries) {
      const next = newGeneration();
      generation = null;
      await files.write(reminderFileName, { format: 1, generation: next, entries });
      generation = next;
    },

    async saveChanges({ upsert, remove }) {
      if (generation === null) throw new Error('No saved schedule to record changes against.');
      await files.write(changesFileName, { format: 1, base: generation, upsert, remove });
    },

    saveFired: (fired) =>
      files.write(firedFileName, {
        format: 1,
        fired: [...fired].map(([id, at]) => ({ id, at: new Date(at).toISOString() })),
      }),
  };
}
