import { describe, expect, it } from 'vitest';
import { countryOfLocale, regionalSettingsFor } from '../../../shared/settings/computer-defaults';

describe('regional settings from the computer', () => {
  it('a British machine works in pounds, London time and British numbers', () => {
    expect(regionalSettingsFor({ timeZone: 'Europe/London', locales: ['en-GB', 'en'] })).toEqual({
      officeTimeZone: 'Europe/London',
      locale: 'en-GB',
      defaultCountry: 'GB',
      currency: 'GBP',
    });
  });

  it('a German machine works in euros and Berlin time', () => {
    expect(regionalSettingsFor({ timeZone: 'Europe/Berlin', locales: ['de-DE'] })).toEqual({
      officeTimeZone: 'Europe/Berlin',
      locale: 'de-DE',
      defaultCountry: 'DE',
      currency: 'EUR',
    });
  });

  it('a Californian machine works in dollars and Pacific time', () => {
    expect(regionalSettingsFor({ timeZone: 'America/Los_Angeles', locales: ['en-US'] })).toEqual({
      officeTimeZone: 'America/Los_Angeles',
      locale: 'en-US',
      defaultCountry: 'US',
      currency: 'USD',
    });
  });

  it('a zone the computer cannot name falls back to UTC, the rest still comes from the language', () => {
    expect(regionalSettingsFor({ timeZone: 'Mars/Olympus_Mons', locales: ['fr-CA'] })).toEqual({
      officeTimeZone: 'UTC',
      locale: 'fr-CA',
      defaultCountry: 'CA',
      currency: 'CAD',
    });
    expect(regionalSettingsFor({ timeZone: undefined, locales: ['en-AU'] }).officeTimeZone).toBe('UTC');
  });

  it('a language without a region takes its likeliest country; a continent is skipped for the next language', () => {
    expect(regionalSettingsFor({ timeZone: 'Europe/Paris', locales: ['fr'] })).toMatchObject({
      locale: 'fr',
      defaultCountry: 'FR',
      currency: 'EUR',
    });
    expect(regionalSettingsFor({ timeZone: 'America/Mexico_City', locales: ['es-419', 'es-MX'] })).toMatchObject({
      locale: 'es-419',
      defaultCountry: 'MX',
      currency: 'MXN',
    });
    expect(countryOfLocale('es-419')).toBeNull();
  });

  it('nothing usable from the computer gives the plain fallbacks', () => {
    expect(regionalSettingsFor({ timeZone: '', locales: ['not a locale!'] })).toEqual({
      officeTimeZone: 'UTC',
      locale: 'en-US',
      defaultCountry: 'US',
      currency: 'USD',
    });
  });
});
