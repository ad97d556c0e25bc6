// Main dates backups, counts "due today" for the tray and words notifications while no window
// is open, so it keeps its own copy of the office clock. This hands it over whenever the saved
// settings and main's copy differ: at start, and after the office zone or locale is changed.
import { useEffect, useRef } from 'react';
import { useSettings } from './queries';
import { useMainPreferences, useSaveMainPreferences } from './main-preferences';

export function useOfficeClockForMain(): void {
  const settings = useSettings().data;
  const main = useMainPreferences().data;
  const { mutate } = useSaveMainPreferences();
  // One attempt per clock: a main that refuses is not asked again in a loop.
  const sent = useRef<string | null>(null);
  const timeZone = settings?.officeTimeZone;
  const locale = settings?.locale;
  const held = main?.office;
  const differs =
    timeZone !== undefined && locale !== undefined && main !== undefined && (held?.timeZone !== timeZone || held?.locale !== locale);

  useEffect(() => {
    if (!differs || timeZone === undefined || locale === undefined) return;
    const key = `${timeZone}|${locale}`;
    if (sent.current === key) return;
    sent.current = key;
    mutate(
      { office: { timeZone, locale } },
      { onError: (error) => console.warn('[call-desk] Main was not told the office clock.', error) },
    );
  }, [differs, timeZone, locale, mutate]);
}
