import { z } from 'zod';
import { countryCodeSchema, currencySchema, requiredText, timeZoneSchema, trimmed } from '../common/primitives';

export const settingsSchema = z.object({
  companyName: requiredText(120, 'Company name'),
  callerName: requiredText(80, 'Your name'),
  callbackNumber: trimmed(40, 'Callback number').default(''),
  currency: currencySchema,
  locale: z.string().min(2).max(20).refine((l) => {
    try {
      return Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0;
    } catch {
      return false;
    }
  }, 'Choose a locale such as en-US.'),
  /** Numbers typed without a country code are read as this country's. */
  defaultCountry: countryCodeSchema,
  officeTimeZone: timeZoneSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  companyName: 'My Company',
  callerName: 'Accounts team',
  callbackNumber: '',
  currency: 'USD',
  locale: 'en-US',
  defaultCountry: 'US',
  officeTimeZone: 'America/Chicago',
};
