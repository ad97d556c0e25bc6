// The reminder schedule the renderer hands to main (IPC 'reminders:sync'). Main keeps it on disk
// and fires OS notifications from it, even with the window closed. Each entry says *when* in
// wall-clock terms (a date and time in a named zone) or as an exact instant, so main resolves
// daylight-saving changes itself at the moment it schedules.
import { z } from 'zod';
import { calendarDateSchema, currencySchema, instantSchema, minorUnitsSchema, timeZoneSchema } from '../common/primitives';
import { promiseMethodSchema } from '../promises/schema';

export const reminderKindSchema = z.enum(['promise-due', 'promise-day-before', 'callback', 'follow-up']);
export type ReminderKind = z.infer<typeof reminderKindSchema>;

export const reminderFireAtSchema = z.discriminatedUnion('kind', [
  /** A callback agreed for an exact time. */
  z.object({ kind: z.literal('instant'), at: instantSchema }),
  /** "9:00 office time on the promise date": resolved in that zone, DST included. */
  z.object({
    kind: z.literal('local'),
    date: calendarDateSchema,
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00.'),
    timeZone: timeZoneSchema,
  }),
]);
export type ReminderFireAt = z.infer<typeof reminderFireAtSchema>;

export const reminderEntrySchema = z
  .object({
    /**
     * Stable across syncs while the thing it reminds of is unchanged (e.g.
     * "promise:<id>:due:2026-11-23"), so main can tell what already fired.
     */
    id: z.string().min(1).max(200),
    kind: reminderKindSchema,
    customerId: z.string().min(1).max(100),
    customerName: z.string().min(1).max(200),
    fireAt: reminderFireAtSchema,
    /** One line for the notification, e.g. "$1,200.00 by bank transfer". */
    detail: z.string().max(300),
    amountMinor: minorUnitsSchema.nullable(),
    currency: currencySchema.nullable(),
    method: promiseMethodSchema.nullable(),
  })
  .strict();
export type ReminderEntry = z.infer<typeof reminderEntrySchema>;

const uniqueIds = (ids: readonly string[]) => new Set(ids).size === ids.length;
const reminderIdSchema = z.string().min(1).max(200);

/** The whole schedule: main drops what it kept and keeps this instead. */
export const reminderReplaceSchema = z
  .object({
    mode: z.literal('replace'),
    entries: z.array(reminderEntrySchema).max(200_000),
  })
  .strict()
  .refine((s) => uniqueIds(s.entries.map((e) => e.id)), {
    message: 'Every reminder needs its own id.',
    path: ['entries'],
  });
export type ReminderReplace = z.infer<typeof reminderReplaceSchema>;

/**
 * What changed since the schedule main acknowledged as `baseRevision`: entries added or changed
 * (by id) and ids no longer scheduled. Main refuses it (`needsFullSync`) when its revision is
 * another one, and the renderer then sends a replace.
 */
export const reminderPatchSchema = z
  .object({
    mode: z.literal('patch'),
    baseRevision: z.number().int().nonnegative(),
    upsert: z.array(reminderEntrySchema).max(200_000),
    remove: z.array(reminderIdSchema).max(200_000),
  })
  .strict()
  .refine((s) => uniqueIds(s.upsert.map((e) => e.id)), {
    message: 'Every reminder needs its own id.',
    path: ['upsert'],
  })
  .refine((s) => uniqueIds(s.remove), {
    message: 'A reminder can be removed only once.',
    path: ['remove'],
  })
  .refine(
    (s) => {
      const upserted = new Set(s.upsert.map((e) => e.id));
      return !s.remove.some((id) => upserted.has(id));
    },
    { message: 'A reminder cannot be both changed and removed.', path: ['remove'] },
  );
export type ReminderPatch = z.infer<typeof reminderPatchSchema>;

/** The input of 'reminders:sync': a whole schedule, or a patch of the last one acknowledged. */
export const reminderSyncSchema = z.discriminatedUnion('mode', [reminderReplaceSchema, reminderPatchSchema]);
export type ReminderSync = z.infer<typeof reminderSyncSchema>;
