// The durable copy of the reminder schedule, in the data folder, so main knows what is due
// with no window open. Two files, each replaced atomically by the JsonFileStore: the schedule
// (large, written on sync) and the fired marks (small, written each time something fires), so
// firing one reminder does not rewrite ten thousand.
import { z } from 'zod';
import { instantSchema } from '../../../shared/common/primitives';
import { reminderEntrySchema, type ReminderEntry } from '../../../shared/reminders/schema';
import type { JsonFileStore } from '../json-file-store';

export const reminderFileName = 'reminders.json';
export const firedFileName = 'reminders-fired.json';

/**
 * Reminder id → the instant (UTC ms) it fired for. Keyed by instant as well as id, so an entry
 * whose time moved fires again while an unchanged one never fires twice.
 */
export type FiredMarks = ReadonlyMap<string, number>;

export interface SavedSchedule {
  entries: readonly ReminderEntry[];
  fired: FiredMarks;
}

export interface ReminderStore {
  /** The saved schedule; undefined when none was ever saved. Throws when a file is damaged. */
  load(): Promise<SavedSchedule | undefined>;
  saveSchedule(entries: readonly ReminderEntry[]): Promise<void>;
  saveFired(fired: FiredMarks): Promise<void>;
}

const scheduleFileSchema = z.object({ format: z.literal(1), entries: z.array(reminderEntrySchema) });
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

export function createReminderStore(files: JsonFileStore): ReminderStore {
  return {
    async load() {
      const rawSchedule = await files.read(reminderFileName);
      if (rawSchedule === undefined) return undefined;
      const { entries } = parseOrThrow(scheduleFileSchema, rawSchedule, reminderFileName);
      // A damaged fired file is as bad as a damaged schedule: trusting the schedule alone would
      // fire every past reminder again.
      const rawFired = await files.read(firedFileName);
      const fired = rawFired === undefined ? [] : parseOrThrow(firedFileSchema, rawFired, firedFileName).fired;
      return { entries, fired: new Map(fired.map((mark) => [mark.id, Date.parse(mark.at)] as const)) };
    },

    saveSchedule: (entries) => files.write(reminderFileName, { format: 1, entries }),

    saveFired: (fired) =>
      files.write(firedFileName, {
        format: 1,
        fired: [...fired].map(([id, at]) => ({ id, at: new Date(at).toISOString() })),
      }),
  };
}
