// The Today queue: the facts are read once and cached (any write to a customer's records makes
// them stale, see query-keys.ts); the ranking runs again every minute on the cached facts, so a
// callback comes due or a calling window opens without another read.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ContactRuleSettings } from '../../shared/contact-rules/check-contact-rules';
import type { Settings } from '../../shared/settings/schema';
import { buildTodayQueue, type TodayQueue } from '../../shared/today/queue';
import { todayRulesChecker } from '../../shared/today/today-rules';
import { useOfficeToday } from '../shell/use-office-today';
import { useDb } from '../data/db-context';
import { queryKeys } from '../data/query-keys';
import { useSettings } from '../settings/queries';
import { readTodayFacts } from './today-facts';

/** The contact-rule settings, or the defaults while the stored settings have none. */
export function contactRuleSettingsOf(settings: Settings): ContactRuleSettings {
  return settings.contactRules;
}

export function useTodayFacts() {
  const db = useDb();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const key = settings ? `${settings.officeTimeZone}|${settings.promiseGraceDays}` : '';
  return useQuery({
    queryKey: queryKeys.todayFacts(today ?? '', key),
    queryFn: () => {
      if (!settings) throw new Error('The settings are not loaded yet.');
      return readTodayFacts(db, new Date(), settings);
    },
    enabled: settings !== undefined && today !== null,
    // The facts are never changed in place, and their ranking is tied to their very list: keeping
    // equal ones from the last read would compare 10,000 accounts after each call, and copy the
    // list where any changed, parting it from its ranking.
    structuralSharing: false,
  });
}

/** Today's queue at `now` (pass a clock that ticks each minute); null while its facts or the settings load. */
export function useTodayQueue(now: Date): { queue: TodayQueue | null; error: Error | null } {
  const settings = useSettings().data;
  const facts = useTodayFacts();
  // A callback saved "due now" is due at the moment the facts were read, even before the next tick.
  const atMs = Math.max(now.getTime(), facts.dataUpdatedAt);
  const queue = useMemo(() => {
    if (!settings || !facts.data) return null;
    const at = new Date(atMs);
    const contactRuleBreaches = todayRulesChecker(at, contactRuleSettingsOf(settings));
    return buildTodayQueue({ ...facts.data, now: at, officeTimeZone: settings.officeTimeZone, contactRuleBreaches });
  }, [settings, facts.data, atMs]);
  return { queue, error: facts.error };
}
