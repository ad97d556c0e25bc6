// Keeps main's reminder schedule in step with the database. The schedule is a query: every
// write that can change promises or follow-ups invalidates it (data/invalidate.ts), as do the
// office date and the reminder settings (part of its key). When the rebuilt schedule differs
// from the last one (React Query keeps the same object when it is deep-equal), what changed is
// sent to main after a short pause, so a burst of writes makes one sync: a patch against the
// revision main last acknowledged, or the whole schedule on the first sync, after a failure, or
// when main refuses the patch (it restarted, or holds another revision). A refusal never reaches
// the UI as an error: it is logged and reported through the returned status.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReminderScheduleState } from '../../shared/ipc/contract';
import type { ScheduleSettings } from '../../shared/reminders/build-schedule';
import type { ReminderEntry } from '../../shared/reminders/schema';
import { useOfficeToday } from '../shell/use-office-today';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { hasDesktopBridge, invoke } from '../platform/bridge';
import { useOfficeClockForMain } from '../settings/office-clock-for-main';
import { useSettings } from '../settings/queries';
import { acknowledged, diffSchedule, isEmptyDiff, type AcknowledgedSchedule } from './reminder-schedule-diff';
import { loadReminderSchedule } from './reminder-schedule-source';
import { errorMessage } from '../../shared/common/error-message';

export type ReminderSyncStatus =
  { state: 'idle' } | { state: 'synced'; pending: number; nextFireAt: string | null } | { state: 'failed'; message: string };

const debounceMs = 300;

/**
 * Brings main to `entries`: a patch when main holds the acknowledged revision, else a replace.
 * Returns main's state after it, or null when there was nothing to send.
 */
export async function sendSchedule(
  entries: readonly ReminderEntry[],
  ack: { current: AcknowledgedSchedule | null },
): Promise<ReminderScheduleState | null> {
  try {
    const base = ack.current;
    if (base) {
      const diff = diffSchedule(base.byId, entries);
      if (isEmptyDiff(diff)) return null;
      const patched = await invoke('reminders:sync', { mode: 'patch', baseRevision: base.revision, ...diff });
      if (!('needsFullSync' in patched)) {
        ack.current = acknowledged(patched.revision, entries);
        return patched;
      }
    }
    ack.current = null;
    const replaced = await invoke('reminders:sync', { mode: 'replace', entries: [...entries] });
    if ('needsFullSync' in replaced) throw new Error('Main refused the whole reminder schedule.');
    ack.current = acknowledged(replaced.revision, entries);
    return replaced;
  } catch (error) {
    // Whatever main holds now is unknown: the next sync sends the whole schedule.
    ack.current = null;
    throw error;
  }
}

export function useReminderSync(): ReminderSyncStatus {
  // Main's "due today" and notification times read the office clock: keep its copy current.
  useOfficeClockForMain();
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const [status, setStatus] = useState<ReminderSyncStatus>({ state: 'idle' });
  // Null until main acknowledged a schedule from this renderer: the first sync is a replace.
  const ack = useRef<AcknowledgedSchedule | null>(null);
  // One sync at a time, so each patch is computed against the revision the previous one left.
  const inFlight = useRef<Promise<unknown>>(Promise.resolve());

  const scheduleSettings = useMemo<ScheduleSettings | null>(
    () =>
      settings
        ? {
            reminderTime: settings.reminderTime,
            remindDayBefore: settings.remindDayBefore,
            officeTimeZone: settings.officeTimeZone,
            locale: settings.locale,
            promiseGraceDays: settings.promiseGraceDays,
          }
        : null,
    [settings],
  );
  const schedule = useQuery({
    queryKey: queryKeys.reminderSchedule(today ?? '', JSON.stringify(scheduleSettings)),
    queryFn: () => {
      if (!scheduleSettings || today === null) throw new Error('The settings are not loaded yet.');
      return loadReminderSchedule(db, scheduleSettings, today);
    },
    // In a plain browser there is no main to keep a schedule.
    enabled: hasDesktopBridge() && scheduleSettings !== null && today !== null,
  });

  const entries = schedule.data;
  useEffect(() => {
    if (!entries) return;
    let current = true;
    const timer = window.setTimeout(() => {
      const run = inFlight.current.then(() => sendSchedule(entries, ack));
      inFlight.current = run.catch(() => {});
      run
        .then((result) => {
          if (current && result) setStatus({ state: 'synced', pending: result.pending, nextFireAt: result.nextFireAt });
        })
        .catch((error: unknown) => {
          console.warn('[call-desk] The reminder schedule was not synced.', error);
          if (current) setStatus({ state: 'failed', message: errorMessage(error) });
        });
    }, debounceMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [entries]);

  const buildError = schedule.error;
  useEffect(() => {
    if (!buildError) return;
    console.warn('[call-desk] The reminder schedule could not be built.', buildError);
    setStatus({ state: 'failed', message: errorMessage(buildError) });
  }, [buildError]);

  return status;
}
