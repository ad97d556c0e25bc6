import { todayIn } from '../../shared/dates/calendar';
import { useSettings } from '../settings/queries';
import { useNow } from './clock';

/** The office's calendar date, re-read every minute so screens roll over at midnight; null while settings load. */
export function useOfficeToday(): string | null {
  const settings = useSettings().data;
  const now = useNow(60_000);
  return settings ? todayIn(settings.officeTimeZone, now) : null;
}
