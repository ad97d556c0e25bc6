// The reminder scheduler: keeps the schedule the renderer syncs, fires OS notifications when
// reminders fall due (window open or not), and never fires one twice. One timer is armed, for
// the next due reminder; everything due when it rings fires together as one notice.
import type { ReminderStatus, ReminderSyncResult } from '../../../shared/ipc/contract';
import type { ReminderEntry } from '../../../shared/reminders/schema';
import { createFireInstantResolver } from './fire-instant';
import { damagedScheduleNotice, reminderNotice } from './notice-text';
import type { Clock, Notifier } from './ports';
import type { FiredMarks, ReminderStore } from './reminder-store';
import { resolveSchedule, type DueReminder } from './resolved-schedule';
import { sameJson } from './same-json';
import { remindersOnDay, summarise, type ReminderSummaryItem } from './schedule-summary';

export interface ReminderServiceDeps {
  clock: Clock;
  notifier: Notifier;
  store: ReminderStore;
  /** A notification was clicked: bring the app forward on this customer (null: the list). */
  activate: (customerId: string | null) => void;
  /** Whose calendar day "due today" means; the machine's zone by default. */
  timeZone?: string;
  warn?: (message: string) => void;
}

export interface ReminderService {
  /** Loads the saved schedule and fires what was missed while the app was not running. */
  start(): Promise<void>;
  /** Replaces the schedule with the renderer's, saves it and re-arms the timer. */
  sync(entries: readonly ReminderEntry[]): Promise<ReminderSyncResult>;
  /** After sleep or unlock: fires what fell due meanwhile, once, and re-arms. */
  resume(): Promise<void>;
  status(): ReminderStatus;
  /** Reminders due today (fired or not), soonest first: the tray's "Due today". */
  dueToday(): ReminderSummaryItem[];
  /** The next reminders still to fire, soonest first. */
  upcoming(limit?: number): ReminderSummaryItem[];
  /** Called after anything that can change the summaries. Returns the unsubscribe function. */
  onChange(listener: () => void): () => void;
  /** Resolves when the work started so far (firing, saving) has finished. */
  idle(): Promise<void>;
  /** Cancels the timer (app quitting, test host stopping). */
  stop(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const { clock, notifier, store, activate, warn = () => {} } = deps;
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const resolveInstant = createFireInstantResolver();
  const listeners = new Set<() => void>();

  /** Every entry, sorted by instant; `pending` is the not-yet-fired part, same order. */
  let all: DueReminder[] = [];
  let pending: DueReminder[] = [];
  let fired = new Map<string, number>();
  let damaged = false;
  let loaded = false;
  // What the files hold, so a sync that changes nothing writes nothing (null: unknown/damaged).
  let savedEntries: readonly ReminderEntry[] | null = null;
  let firedUnsaved = false;
  let cancelTimer: (() => void) | null = null;

  // Timer, sync and resume all touch the same state and the same file: one at a time.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  }

  function changed(): void {
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        warn(`A reminder listener failed: ${messageOf(error)}`);
      }
    }
  }

  /** Each entry's instant is resolved once, here, so ticks and summaries never do it again. */
  function install(next: readonly ReminderEntry[], previouslyFired: FiredMarks): void {
    const resolved = resolveSchedule(next, previouslyFired, resolveInstant);
    all = resolved.all;
    pending = resolved.pending;
    fired = resolved.fired;
    if (resolved.pruned) firedUnsaved = true;
  }

  async function ensureLoaded(): Promise<void> {
    if (loaded) return;
    loaded = true;
    try {
      const saved = await store.load();
      if (saved) install(saved.entries, saved.fired);
      savedEntries = saved?.entries ?? null;
      firedUnsaved = false;
    } catch (error) {
      // Start empty and say so once; the renderer rebuilds the schedule when it next syncs.
      warn(`Reminder schedule not loaded: ${messageOf(error)}`);
      damaged = true;
      firedUnsaved = true;
      notifier.show(damagedScheduleNotice, () => activate(null));
    }
  }

  async function fireDue(): Promise<void> {
    const now = clock.now();
    let count = 0;
    while (count < pending.length && (pending[count]?.atMs ?? Infinity) <= now.getTime()) count++;
    if (count === 0) return;
    const due = pending.slice(0, count);
    pending = pending.slice(count);
    for (const reminder of due) fired.set(reminder.entry.id, reminder.atMs);
    // Saved before it is shown: a crash in between loses one notice rather than repeating it.
    try {
      await store.saveFired(fired);
      firedUnsaved = false;
    } catch (error) {
      warn(`Could not record fired reminders: ${messageOf(error)}`);
    }
    const notice = reminderNotice(due, now);
    notifier.show(notice, () => activate(notice.customerId));
  }

  function arm(): void {
    cancelTimer?.();
    cancelTimer = null;
    const next = pending[0];
    if (!next) return;
    // A timer that rings early (the clock was set back) fires nothing and simply re-arms.
    cancelTimer = clock.setTimer(new Date(next.atMs), () => {
      void catchUp();
    });
  }

  function catchUp(): Promise<void> {
    return serial(async () => {
      await ensureLoaded();
      await fireDue();
      arm();
      changed();
    });
  }

  function result(): ReminderSyncResult {
    const next = pending[0];
    return { pending: pending.length, nextFireAt: next ? new Date(next.atMs).toISOString() : null };
  }

  return {
    start: catchUp,
    resume: catchUp,

    sync(next) {
      return serial(async () => {
        await ensureLoaded();
        install(next, fired);
        let saveError: unknown = null;
        try {
          // Schedule first: a crash before the marks are pruned leaves extra marks, which match
          // nothing and are harmless.
          if (savedEntries === null || !sameJson(savedEntries, next)) {
            await store.saveSchedule(next);
            savedEntries = next;
          }
          if (firedUnsaved) await store.saveFired(fired);
          firedUnsaved = false;
          damaged = false;
        } catch (error) {
          saveError = error;
        }
        await fireDue();
        arm();
        changed();
        if (saveError !== null) {
          throw new Error(`Reminders will fire while Call Desk runs, but the schedule could not be saved: ${messageOf(saveError)}`);
        }
        return result();
      });
    },

    status: () => ({ damaged, ...result() }),
    dueToday: () => remindersOnDay(all, fired, clock.now(), timeZone),
    upcoming: (limit = 5) => pending.slice(0, limit).map((reminder) => summarise(reminder, fired)),

    onChange(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },

    idle: () => queue.then(() => {}),

    stop() {
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}
