// The reminder scheduler: keeps the schedule the renderer syncs, fires OS notifications when
// reminders fall due (window open or not), and never fires one twice. One timer is armed, for
// the next due reminder; everything due when it rings fires together as one notice.
import type { ReminderScheduleState, ReminderStatus, ReminderSyncResult } from '../../../shared/ipc/contract';
import type { ReminderEntry, ReminderPatch } from '../../../shared/reminders/schema';
import { createFireInstantResolver } from './fire-instant';
import { damagedScheduleNotice, reminderNotice } from './notice-text';
import type { Clock, Notifier } from './ports';
import type { FiredMarks, ReminderStore } from './reminder-store';
import { insertSorted, removeSorted, resolveSchedule, type DueReminder } from './resolved-schedule';
import { sameJson } from '../../../shared/common/same-json';
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

/** Patches saved as changes to the schedule file: entries upserted (by id) and ids removed. */
interface Journal {
  upsert: Map<string, ReminderEntry>;
  remove: Set<string>;
}
const emptyJournal = (): Journal => ({ upsert: new Map(), remove: new Set() });

/** Past this many saved changes a patch writes the whole schedule again (and starts afresh). */
const journalLimit = (scheduleSize: number) => Math.max(200, Math.floor(scheduleSize / 20));

function messageOf(error: unknown): string {
  return errorMessage(error);
}

export function createReminderService(deps: ReminderServiceDeps): ReminderService {
  const { clock, notifier, store, activate, warn = () => {} } = deps;
  const timeZone = deps.timeZone ?? (() => machineOfficeClock().timeZone);
  const resolveInstant = createFireInstantResolver();
  const listeners = new Set<() => void>();

  /** Every entry, sorted by instant; `pending` is the not-yet-fired part, same order. */
  let all: DueReminder[] = [];
  let pending: DueReminder[] = [];
  let fired = new Map<string, number>();
  /** The entries of `all` by id. */
  let byId = new Map<string, DueReminder>();
  // Counted up by every sync; in memory only, so a restarted main refuses the renderer's patches
  // (0: nothing synced since start) and gets a whole schedule instead.
  let revision = 0;
  let damaged = false;
  let loaded = false;
  // What the files hold, so a sync that changes nothing writes nothing (null: unknown/damaged).
  let savedEntries: readonly ReminderEntry[] | null = null;
  // True when the files hold the schedule kept in memory.
  let diskInSync = false;
  // The net changes saved on top of the last schedule file (null: the next save writes it whole).
  let journal: Journal | null = null;
  let firedUnsaved = false;
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

  /** Each entry's instant is resolved once, here, so ticks and summaries never do it again. */
  function install(next: readonly ReminderEntry[], previouslyFired: FiredMarks): void {
    const resolved = resolveSchedule(next, previouslyFired, resolveInstant);
    all = resolved.all;
    pending = resolved.pending;
    fired = resolved.fired;
    byId = new Map(all.map((reminder) => [reminder.entry.id, reminder]));
    if (resolved.pruned) firedUnsaved = true;
  }

  /** Counts every reminder due at or before `beforeMs` as fired (the marks of that time were lost). */
  function markPastAsFired(beforeMs: number): void {
    for (const reminder of all) if (reminder.atMs <= beforeMs) fired.set(reminder.entry.id, reminder.atMs);
    pending = pending.filter((reminder) => reminder.atMs > beforeMs);
    firedUnsaved = true;
    marksLostAt = null;
  }

  async function ensureLoaded(): Promise<void> {
    if (loaded) return;
    loaded = true;
    try {
      const saved = await store.load();
      if (saved) install(saved.entries, saved.fired);
      savedEntries = saved?.entries ?? null;
      diskInSync = saved !== undefined;
      journal = saved?.changesStartClean ? emptyJournal() : null;
      firedUnsaved = false;
    } catch (error) {
      // Start empty and say so once; the renderer rebuilds the schedule when it next syncs.
      warn(`Reminder schedule not loaded: ${messageOf(error)}`);
      damaged = true;
      firedUnsaved = true;
      marksLostAt = clock.now().getTime();
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

  function result(): ReminderScheduleState {
    const next = pending[0];
    return { pending: pending.length, nextFireAt: next ? new Date(next.atMs).toISOString() : null, revision };
  }

  /** Takes an entry out of `all` and `pending`; its fired mark stays (the caller decides). */
  function unschedule(reminder: DueReminder): void {
    removeSorted(all, reminder);
    removeSorted(pending, reminder);
    byId.delete(reminder.entry.id);
  }

  /** Applies a patch to the state in memory; returns what it really changed. */
  function applyPatch(upsert: readonly ReminderEntry[], remove: readonly string[]): { upserted: ReminderEntry[]; removed: string[] } {
    const upserted: ReminderEntry[] = [];
    const removed: string[] = [];
    for (const id of remove) {
      const old = byId.get(id);
      if (!old) continue;
      unschedule(old);
      removed.push(id);
      // The same pruning a replace does: a mark of a reminder no longer scheduled goes.
      if (fired.delete(id)) firedUnsaved = true;
    }
    for (const entry of upsert) {
      const old = byId.get(entry.id);
      if (old && sameJson(old.entry, entry)) continue;
      if (old) unschedule(old);
      const reminder: DueReminder = { entry, atMs: resolveInstant(entry.fireAt) };
      insertSorted(all, reminder);
      byId.set(entry.id, reminder);
      // As in a replace: a mark counts only for the instant it fired at.
      if (fired.get(entry.id) !== reminder.atMs) insertSorted(pending, reminder);
      upserted.push(entry);
    }
    return { upserted, removed };
  }

  /** Writes the whole schedule; the flags stay pessimistic until the write has finished. */
  async function saveWhole(entries: readonly ReminderEntry[]): Promise<void> {
    savedEntries = null;
    diskInSync = false;
    journal = null;
    await store.saveSchedule(entries);
    savedEntries = entries;
    diskInSync = true;
    journal = emptyJournal();
  }

  /** Saves a patch: as changes to the schedule file while they stay few, else the whole schedule. */
  async function savePatch(upserted: readonly ReminderEntry[], removed: readonly string[]): Promise<void> {
    const base = journal;
    if (!base || base.upsert.size + base.remove.size + upserted.length + removed.length > journalLimit(byId.size)) {
      await saveWhole([...byId.values()].map((reminder) => reminder.entry));
      return;
    }
    journal = null;
    savedEntries = null; // a whole-schedule sync rewrites the file rather than compare
    diskInSync = false;
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
    diskInSync = true;
  }


  /**
   * The end of every schedule change: save (the schedule part, then any fired marks), fire what
   * is now due, re-arm the one timer. A failed save still leaves reminders firing this session.
   */
  async function commitChange(saveSchedule: () => Promise<void>): Promise<ReminderScheduleState> {
    let saveError: unknown = null;
    try {
      await saveSchedule();
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
  }

  return {
    start: catchUp,
    resume: catchUp,

    sync(next) {
      return serial(async () => {
        await ensureLoaded();
        install(next, fired);
        if (marksLostAt !== null) markPastAsFired(marksLostAt);
        revision++;
        // Schedule first: a crash before the marks are pruned leaves extra marks, which match
        // nothing and are harmless.
        return commitChange(async () => {
          if (savedEntries === null || !sameJson(savedEntries, next)) await saveWhole(next);
          else diskInSync = true;
        });
      });
    },

    patch({ baseRevision, upsert, remove }) {
      return serial(async () => {
        await ensureLoaded();
        if (revision === 0 || baseRevision !== revision) return { needsFullSync: true as const, revision };
        const { upserted, removed } = applyPatch(upsert, remove);
        revision++;
        return commitChange(async () => {
          if (upserted.length > 0 || removed.length > 0 || !diskInSync) await savePatch(upserted, removed);
        });
      });
    },

    status: () => ({ damaged, ...result() }),
    dueToday: () => remindersOnDay(all, fired, clock.now(), timeZone()),
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
