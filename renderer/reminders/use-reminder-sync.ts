// Keeps main's reminder schedule in step with the database. The schedule is a query: every
// write that can change promises or follow-ups invalidates it (data/invalidate.ts), as do the
// office date and the reminder settings (part of its key). When the rebuilt schedule differs
// from the last one (React Query keeps the same object when it is deep-equal), it is sent to
// main after a short pause, so a burst of writes makes one sync. A refusal never reaches the UI
// as an error: it is logged and reported through the returned status.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import type { ScheduleSettings } from '../../shared/reminders/build-schedule';
import { useOfficeToday } from '../app/use-office-today';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { hasDesktopBridge, invoke } from '../platform/bridge';
import { useSettings } from '../settings/queries';
import { loadReminderSchedule } from './reminder-schedule-source';

export type ReminderSyncStatus =
  | { state: 'idle' }
  | { state: 'synced'; pending: number; nextFireAt: string | null }
  | { state: 'failed'; message: string };

const debounceMs = 300;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useReminderSync(): ReminderSyncStatus {
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const [status, setStatus] = useState<ReminderSyncStatus>({ state: 'idle' });

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
      invoke('reminders:sync', { entries })
        .then((result) => {
          if (current) setStatus({ state: 'synced', ...result });
        })
        .catch((error: unknown) => {
          console.warn('[call-desk] The reminder schedule was not synced.', error);
          if (current) setStatus({ state: 'failed', message: messageOf(error) });
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
    setStatus({ state: 'failed', message: messageOf(buildError) });
  }, [buildError]);

  return status;
}
