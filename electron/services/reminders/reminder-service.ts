// The reminder scheduler: keeps the schedule the renderer syncs, fires OS notifications when
// reminders fall due (window open or not), and never fires one twice. One timer is armed, for
// the next due reminder; everything due when it rings fires together as one notice.
import type { ReminderScheduleState, ReminderStatus, ReminderSyncResult } from '../../../shared/ipc/contract';
import type { ReminderEntry, ReminderPatch } from '../../../shared/reminders/schema';
import { createFireInstantResolver } from './fire-instant';
import { createHeldSchedule } from './held-schedule';
import { damagedScheduleNotice, reminderNotice } from './notice-text';
import type { Clock, Notifier } from './ports';
import type { ReminderStore } from './reminder-store';
import { createScheduleFile } from './schedule-file';
import { remindersOnDay, summarise, type ReminderSummaryItem } from './schedule-summary';
import { machineOfficeClock } from '../office-clock';
import { errorMessage } from '../../../shared/common/error-message';

export interface ReminderServiceDeps {
  clock: Clock;
  notifier: Notifier;
  store: ReminderStore;
  /** A notification was clicked: bring the app forward on this customer (null: the list). */
  activate: (customerId: string | null) => void;
  /** Whose calendar day "due today" means (the office's); the machine's zone by default. */
  timeZone?: () => string;
  warn?: (message: string) => void;
}

export interface ReminderService {
  /** Loads the saved schedule and fires what was missed while the app was not running. */
  start(): Promise<void>;
  /** Replaces the schedule with the renderer's, saves it and re-arms the timer. */
  sync(entries: readonly ReminderEntry[]): Promise<ReminderScheduleState>;
  /**
   * Applies what changed since `baseRevision`, resolving only the changed entries; refused
   * (`needsFullSync`) when the schedule held is another revision.
   */
  patch(patch: Pick<ReminderPatch, 'baseRevision' | 'upsert' | 'remove'>): Promise<ReminderSyncResult>;
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
  return errorMessage(error);
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const { clock, notifier, store, activate, warn = () => {} } = deps;
  const timeZone = deps.timeZone ?? (() => machineOfficeClock().timeZone);
  const listeners = new Set<() => void>();
  const schedule = createHeldSchedule(createFireInstantResolver());
  const file = createScheduleFile(store);
  // Counted up by every sync; in memory only, so a restarted main refuses the renderer's patches
  // (0: nothing synced since start) and gets a whole schedule instead.
  let revision = 0;
  let damaged = false;
  let loaded = false;
  let cancelTimer: (() => void) | null = null;
  // When the saved files turned out damaged (null: they did not): what fired before then is not
  // known, so the next whole schedule counts everything due before it as fired, never again.
  let marksLostAt: number | null = null;

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

  async function ensureLoaded(): Promise<void> {
    if (loaded) return;
    loaded = true;
    try {
      // Marks of reminders no longer scheduled are dropped here without a write: they match nothing.
      const saved = await file.load();
      if (saved) schedule.replace(saved.entries, saved.fired);
    } catch (error) {
      // Start empty and say so once; the renderer rebuilds the schedule when it next syncs.
      warn(`Reminder schedule not loaded: ${messageOf(error)}`);
      damaged = true;
      marksLostAt = clock.now().getTime();
      notifier.show(damagedScheduleNotice, () => activate(null));
    }
  }

  async function fireDue(): Promise<void> {
    const now = clock.now();
    const due = schedule.takeDue(now.getTime());
    if (due.length === 0) return;
    // Saved before it is shown: a crash in between loses one notice rather than repeating it.
    try {
      await file.saveFired(schedule.fired);
    } catch (error) {
      warn(`Could not record fired reminders: ${messageOf(error)}`);
    }
    const notice = reminderNotice(due, now);
    notifier.show(notice, () => activate(notice.customerId));
  }

  function arm(): void {
    cancelTimer?.();
    cancelTimer = null;
    const next = schedule.pending[0];
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

  function result(): ReminderScheduleState {
    const next = schedule.pending[0];
    return { pending: schedule.pending.length, nextFireAt: next ? new Date(next.atMs).toISOString() : null, revision };
  }

  /**
   * The end of every schedule change: save (the schedule part, then any fired marks), fire what
   * is now due, re-arm the one timer. A failed save still leaves reminders firing this session.
   */
  async function commitChange(saveSchedule: () => Promise<void>): Promise<ReminderScheduleState> {
    let saveError: unknown = null;
    try {
      await saveSchedule();
      await file.saveFiredIfChanged(schedule.fired);
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
  }

  return {
    start: catchUp,
    resume: catchUp,

    sync(next) {
      return serial(async () => {
        await ensureLoaded();
        if (schedule.replace(next, schedule.fired)) file.firedChanged();
        if (marksLostAt !== null) {
          // What fired before the files were found damaged is not known: none of it fires again.
          schedule.markFiredThrough(marksLostAt);
          file.firedChanged();
          marksLostAt = null;
        }
        revision++;
        // Schedule first: a crash before the marks are pruned leaves extra marks, which match
        // nothing and are harmless.
        return commitChange(() => file.replace(next));
      });
    },

    patch({ baseRevision, upsert, remove }) {
      return serial(async () => {
        await ensureLoaded();
        if (revision === 0 || baseRevision !== revision) return { needsFullSync: true as const, revision };
        const { upserted, removed, marksDropped } = schedule.patch(upsert, remove);
        if (marksDropped) file.firedChanged();
        revision++;
        return commitChange(() => file.patch({ upserted, removed }, schedule));
      });
    },

    status: () => ({ damaged, ...result() }),
    dueToday: () => remindersOnDay(schedule.all, schedule.fired, clock.now(), timeZone()),
    upcoming: (limit = 5) => schedule.pending.slice(0, limit).map((reminder) => summarise(reminder, schedule.fired)),

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
