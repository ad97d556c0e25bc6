// The regional settings a new office starts with, worked out from what the computer says about
// itself (its time zone and preferred languages). Pure: the renderer reads Intl/navigator and
// passes the facts in, so these rules are tested with any machine we can describe.
import countryToCurrency from 'country-to-currency';
import { isValidTimeZone } from '../dates/time-zones';
import type { Settings } from './schema';

export interface ComputerFacts {
  /** The IANA zone the computer reports, if any. */
  timeZone?: string | undefined;
  /** Preferred locales, most wanted first (navigator.languages, then Intl's resolved locale). */
  locales: readonly string[];
}

export type RegionalSettings = Pick<Settings, 'officeTimeZone' | 'locale' | 'currency' | 'defaultCountry'>;

/** Used for whatever the computer does not tell (or tells wrongly). */
export const fallbackRegionalSettings: RegionalSettings = {
  officeTimeZone: 'UTC',
  locale: 'en-US',
  currency: 'USD',
  defaultCountry: 'US',
};

const currencyByCountry: Readonly<Record<string, string>> = countryToCurrency;

function canonicalLocale(candidate: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(candidate);
    if (!canonical || Intl.DateTimeFormat.supportedLocalesOf([canonical]).length === 0) return null;
    return canonical;
  } catch {
    return null;
  }
}

/** "en-GB" → "GB"; "de" → "DE" (the likeliest region); "es-419" → null (not a country). */
export function countryOfLocale(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

export function currencyOfCountry(country: string): string | null {
  return currencyByCountry[country] ?? null;
}

export function regionalSettingsFor(facts: ComputerFacts): RegionalSettings {
  const locale = facts.locales.map(canonicalLocale).find((l): l is string => l !== null) ?? fallbackRegionalSettings.locale;
  // The first preferred locale whose (likeliest) region is a country decides it: "es-419" is not.
  const country =
    facts.locales
      .map((l) => (canonicalLocale(l) ? countryOfLocale(l) : null))
      .find((c): c is string => c !== null && currencyOfCountry(c) !== null) ?? fallbackRegionalSettings.defaultCountry;
  return {
    officeTimeZone: facts.timeZone && isValidTimeZone(facts.timeZone) ? facts.timeZone : fallbackRegionalSettings.officeTimeZone,
    locale,
    defaultCountry: country,
    currency: currencyOfCountry(country) ?? fallbackRegionalSettings.currency,
  };
}
