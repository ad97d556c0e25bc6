// Main reads the office clock the renderer's settings hold (told through 'preferences:set' and
// kept on disk), so "due today", notification times and backup days match what the screens
// show. Only before the renderer has ever said does main fall back to the machine's own zone.
import type { OfficeClock } from '../../shared/dates/office-time';
import type { MainPreferences } from '../../shared/ipc/contract';

export function machineOfficeClock(): OfficeClock {
  const options = Intl.DateTimeFormat().resolvedOptions();
  return { timeZone: options.timeZone || 'UTC', locale: options.locale || 'en-US' };
}

/** The office clock as last told to main, read afresh each time (the user may change it). */
export function officeClockFrom(preferences: () => Pick<MainPreferences, 'office'>): () => OfficeClock {
  return () => preferences().office ?? machineOfficeClock();
}
