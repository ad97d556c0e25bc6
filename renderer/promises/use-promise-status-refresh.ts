// Keeps promise statuses current while the app runs: at start, every ten minutes, when the
// office date changes and when the grace days change. Payments refresh their own customer's
// promises as they are recorded (payment-repository.ts).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useOfficeToday } from '../shell/use-office-today';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { useSettings } from '../settings/queries';
import { refreshPromiseStatuses } from './promise-repository';

const refreshEveryMs = 10 * 60_000;

export function usePromiseStatusRefresh(): void {
  const db = useDb();
  const client = useQueryClient();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), refreshEveryMs);
    return () => window.clearInterval(timer);
  }, []);

  const officeTimeZone = settings?.officeTimeZone;
  const promiseGraceDays = settings?.promiseGraceDays;
  const locale = settings?.locale;
  useEffect(() => {
    if (officeTimeZone === undefined || promiseGraceDays === undefined || locale === undefined || today === null) return;
    refreshPromiseStatuses(db, { now: new Date(), settings: { officeTimeZone, promiseGraceDays, locale } })
      .then(async ({ changed }) => {
        const customers = new Set(changed.map((p) => p.customerId));
        await Promise.all([...customers].map((id) => invalidateCustomer(client, id)));
      })
      .catch((error: unknown) => console.error('[call-desk] Promise statuses were not refreshed.', error));
  }, [db, client, officeTimeZone, promiseGraceDays, locale, today, tick]);
}
