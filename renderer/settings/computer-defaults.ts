// What this computer says about where it is: its time zone and preferred languages. The rules
// that turn them into settings are pure and tested in shared/settings/computer-defaults.
import { regionalSettingsFor, type ComputerFacts } from '../../shared/settings/computer-defaults';
import { defaultSettings, type Settings } from '../../shared/settings/schema';

export function readComputerFacts(): ComputerFacts {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages.length ? navigator.languages : [navigator.language];
  return { timeZone: resolved.timeZone, locales: [...languages, resolved.locale] };
}

/** The settings a new office starts from on this computer (company details still blank). */
export function computerSettings(facts: ComputerFacts = readComputerFacts()): Settings {
  return { ...defaultSettings, ...regionalSettingsFor(facts) };
}
