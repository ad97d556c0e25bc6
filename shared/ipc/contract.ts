// The one IPC contract between renderer and main: every channel's input and output as a zod
// schema. Main parses every input with these before acting; the renderer parses every output.
import { z } from 'zod';
import { instantSchema, timeZoneSchema } from '../common/primitives';
import { reminderSyncSchema } from '../reminders/schema';
import { backupOpenInputSchema, backupStatusSchema } from './backup-contract';
import {
  backupReadChunkInputSchema,
  backupReadChunkResultSchema,
  backupReadCloseInputSchema,
  backupReadCloseResultSchema,
  backupReadOpenResultSchema,
  backupWriteAbortResultSchema,
  backupWriteBeginInputSchema,
  backupWriteBeginResultSchema,
  backupWriteChunkInputSchema,
  backupWriteChunkResultSchema,
  backupWriteFinishResultSchema,
  backupWriteFinishInputSchema,
  backupWriteIdInputSchema,
} from './backup-transfer-contract';
import {
  chosenFolderSchema,
  exportPdfInputSchema,
  exportPdfResultSchema,
  exportTextFileInputSchema,
  exportProgressSchema,
  exportTextFileResultSchema,
  folderPurposeSchema,
} from './files-contract';
import { importOpenFileResultSchema } from './import-contract';
import {
  recordingBeginInputSchema,
  recordingBeginResultSchema,
  recordingEndInputSchema,
  recordingEndResultSchema,
} from './recording-contract';
import type { EventChannel, InvokeChannel } from './channels';

export const externalUrlSchema = z
  .string()
  .trim()
  .max(2048)
  .refine((url) => /^tel:[+0-9()\-. ,;#*pw]{3,}$/i.test(url) || /^mailto:[^\s]+$/i.test(url), {
    message: 'Only tel: and mailto: links can be opened.',
  });

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  dataDirectory: z.string(),
  /** Electron's version, or null when the renderer runs in a plain browser (test host, browser mode). */
  electronVersion: z.string().nullable(),
  /**
   * Set when `npm start` runs Call Desk in a web browser because the Electron binary is missing:
   * the window says so, saved files go to `exportsFolder` (and are downloaded), there is no tray.
   * Null in the desktop app and in the e2e test host, which plays it.
   */
  browserMode: z.object({ exportsFolder: z.string() }).strict().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const menuCommandSchema = z.enum([
  'go-today',
  'go-customers',
  'go-dashboard',
  'find-customer',
  'new-customer',
  'log-call',
  'open-settings',
  'show-shortcuts',
  'import-file',
  'check-for-updates',
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** What main knows about the reminder schedule after a sync (and at any time, via status). */
export const reminderScheduleStateSchema = z
  .object({
    /** Reminders that have not fired yet. */
    pending: z.number().int().nonnegative(),
    /** When the next one fires (UTC), or null when none is waiting. */
    nextFireAt: instantSchema.nullable(),
    /**
     * The schedule main holds, counted up by every sync that changes it and kept in memory only:
     * a patch must name it as its base. 0 means no sync since main started.
     */
    revision: z.number().int().nonnegative(),
  })
  .strict();
export type ReminderScheduleState = z.infer<typeof reminderScheduleStateSchema>;

/** A patch main refused because it holds another revision: the renderer sends a replace. */
export const reminderNeedsFullSyncSchema = z.object({ needsFullSync: z.literal(true), revision: z.number().int().nonnegative() }).strict();
export type ReminderNeedsFullSync = z.infer<typeof reminderNeedsFullSyncSchema>;

export const reminderSyncResultSchema = z.union([reminderScheduleStateSchema, reminderNeedsFullSyncSchema]);
export type ReminderSyncResult = z.infer<typeof reminderSyncResultSchema>;

export const reminderStatusSchema = reminderScheduleStateSchema.extend({
  /** The saved schedule could not be read at start; cleared by the next sync. */
  damaged: z.boolean(),
});
export type ReminderStatus = z.infer<typeof reminderStatusSchema>;

/** Sent when the user clicks a reminder notification: open this customer, or the list (null). */
export const reminderActivatedSchema = z.object({ customerId: z.string().min(1).nullable() });
export type ReminderActivated = z.infer<typeof reminderActivatedSchema>;

/**
 * Preferences main owns because they act while no window exists (the renderer's settings live
 * in its database). Kept in the data folder.
 */
export const mainPreferencesSchema = z.object({
  /** Closing the window keeps Call Desk running in the tray, so reminders still fire. */
  closeToTray: z.boolean(),
  startAtLogin: z.boolean(),
  /**
   * The office clock from the renderer's settings, so main's "due today", notification times
   * and backup dates read the same clock as the screens, window open or not. Null until the
   * renderer has said (main then uses the machine's zone).
   */
  office: z
    .object({ timeZone: timeZoneSchema, locale: z.string().min(2).max(35) })
    .strict()
    .nullable(),
});
export type MainPreferences = z.infer<typeof mainPreferencesSchema>;
export const defaultMainPreferences: MainPreferences = { closeToTray: true, startAtLogin: false, office: null };

export const ipcContract = {
  'app:get-info': {
    input: z.undefined(),
    output: appInfoSchema,
  },
  'shell:open-external': {
    input: z.object({ url: externalUrlSchema }).strict(),
    output: z.object({ opened: z.literal(true) }),
  },
  'reminders:sync': {
    input: reminderSyncSchema,
    output: reminderSyncResultSchema,
  },
  'reminders:status': {
    input: z.undefined(),
    output: reminderStatusSchema,
  },
  'preferences:get': {
    input: z.undefined(),
    output: mainPreferencesSchema,
  },
  'preferences:set': {
    /** Only the fields being changed; the reply is the whole set as saved. */
    input: mainPreferencesSchema.partial().strict(),
    output: mainPreferencesSchema,
  },
  'files:choose-folder': {
    /** Asks the user for a folder; null when they cancel. */
    input: z.object({ purpose: folderPurposeSchema }).strict(),
    output: z.object({ folder: chosenFolderSchema.nullable() }).strict(),
  },
  'files:show-in-folder': {
    /** Only a file main itself saved for the user this session. */
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: z.object({ shown: z.boolean() }).strict(),
  },
  'export:pdf': {
    input: exportPdfInputSchema,
    output: exportPdfResultSchema,
  },
  'export:text-file': {
    input: exportTextFileInputSchema,
    output: exportTextFileResultSchema,
  },
  'backup:status': {
    input: z.undefined(),
    output: backupStatusSchema,
  },
  // A backup file crosses in pieces (backup-transfer-contract.ts).
  'backup:write-begin': {
    /** Where the file goes; "Back up now" asks with a save dialog here. */
    input: backupWriteBeginInputSchema,
    output: backupWriteBeginResultSchema,
  },
  'backup:write-chunk': {
    /** The next piece, in order. */
    input: backupWriteChunkInputSchema,
    output: backupWriteChunkResultSchema,
  },
  'backup:write-finish': {
    /** Checks that the `size` bytes sent arrived, flushes and reads back the whole file, then names it. */
    input: backupWriteFinishInputSchema,
    output: backupWriteFinishResultSchema,
  },
  'backup:write-abort': {
    input: backupWriteIdInputSchema,
    output: backupWriteAbortResultSchema,
  },
  'backup:read-open': {
    /** A file to restore from: its size and first and last bytes are checked before anything else is read. */
    input: backupOpenInputSchema,
    output: backupReadOpenResultSchema,
  },
  'backup:read-chunk': {
    input: backupReadChunkInputSchema,
    output: backupReadChunkResultSchema,
  },
  'backup:read-close': {
    input: backupReadCloseInputSchema,
    output: backupReadCloseResultSchema,
  },
  'import:open-file': {
    /** Asks the user for a file to import with an open dialog; the bytes unless cancelled or too large. */
    input: z.undefined(),
    output: importOpenFileResultSchema,
  },
  'recording:begin': {
    /** Opens this window's permission to use the microphone (and the computer's sound), before it asks for it. */
    input: recordingBeginInputSchema,
    output: recordingBeginResultSchema,
  },
  'recording:end': {
    /** The recording stopped: the permission closes. */
    input: recordingEndInputSchema,
    output: recordingEndResultSchema,
  },
} as const satisfies Record<InvokeChannel, { input: z.ZodType; output: z.ZodType }>;

export const ipcEvents = {
  'menu:command': menuCommandSchema,
  'reminder:activated': reminderActivatedSchema,
  /** Sent only to the window that asked for the export. */
  'export:progress': exportProgressSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type IpcInput<C extends InvokeChannel> = z.input<(typeof ipcContract)[C]['input']>;
export type IpcOutput<C extends InvokeChannel> = z.output<(typeof ipcContract)[C]['output']>;
export type IpcEventPayload<E extends EventChannel> = z.output<(typeof ipcEvents)[E]>;

/**
 * What crosses the wire for every invoke. Errors travel as data so the renderer shows main's
 * own sentence instead of Electron's "Error invoking remote method ..." wrapper.
 */
export const ipcErrorSchema = z.object({
  code: z.enum(['invalid-input', 'unknown-channel', 'failed']),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export const ipcResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ipcErrorSchema }),
]);
export type IpcResult = z.infer<typeof ipcResultSchema>;

/** The shape the preload (or the test host) puts on window[bridgeGlobalName]. */
export interface CallDeskBridge {
  invoke(channel: string, input?: unknown): Promise<IpcResult>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
