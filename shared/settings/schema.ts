import { z } from 'zod';
import { countryCodeSchema, currencySchema, requiredText, timeZoneSchema, trimmed } from '../common/primitives';
import { defaultContactRuleSettings } from '../contact-rules/check-contact-rules';
import { storedContactRuleSettingsSchema } from '../contact-rules/settings-schema';
import { fallbackRegionalSettings } from './computer-defaults';
import { emailTemplatesSettingSchema } from './email-templates-setting';
import { letterTemplatesSettingSchema } from './letter-templates-setting';
import { moveLegacyConfirmation } from './legacy-confirmation';

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

// Who is calling and for whom. Blank until the first-run setup (or Settings) fills them: what
// reads them asks for a missing value instead of printing a made-up name.
export const settingsSchema = z.object({
  companyName: trimmed(120, 'Company name'),
  /** The company's postal address, as it is printed on letters (several lines). */
  companyAddress: trimmed(400, 'Company address'),
  /** How customers pay by transfer: bank, account or IBAN, payee (free text, several lines). */
  paymentDetails: trimmed(600, 'Bank or payment details'),
  /** Where cheques and posted payments go, when not the company address (several lines). */
  remitToAddress: trimmed(400, 'Remit-to address'),
  callerName: trimmed(80, 'Your name'),
  callbackNumber: trimmed(40, 'Callback number').default(''),
  /** E.164 of callbackNumber, read once when the settings were saved (see callback-number.ts). */
  callbackNumberE164: z.string().nullable().optional(),
  currency: currencySchema,
  locale: z
    .string()
    .min(2)
    .max(20)
    .refine((l) => {
      try {
        return Intl.DateTimeFormat.supportedLocalesOf([l]).length > 0;
      } catch {
        return false;
      }
    }, 'Choose a locale such as en-US.'),
  /** Numbers typed without a country code are read as this country's. */
  defaultCountry: countryCodeSchema,
  officeTimeZone: timeZoneSchema,
  /** When promise reminders fire on the promised day, office time. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00.'),
  /** Also remind on the working day before a promise is due. */
  remindDayBefore: z.boolean(),
  /** Days after the promised date before an unpaid promise counts as broken. */
  promiseGraceDays: z.number().int('Use whole days.').min(0, 'Grace days cannot be negative.').max(30, 'At most 30 grace days.'),
  /**
   * The user's wording of the built-in e-mails, by template id (Settings ▸ Email templates); the
   * rest use their built-in wording. This holds the promise confirmation too: the older
   * confirmationSubject/confirmationBody are moved here when read (./legacy-confirmation.ts).
   */
  emailTemplates: emailTemplatesSettingSchema,
  /**
   * The user's wording of the built-in letters, by template id (Settings ▸ Letter templates): the
   * heading, the text around the invoice table and the sign-off; the rest use their built-in wording.
   */
  letterTemplates: letterTemplatesSettingSchema,
  /** Light or dark screens; 'system' follows the computer's setting. */
  theme: themePreferenceSchema.default('system'),
  /** Calling hours and the Regulation F limits, per kind of account (shared/contact-rules); defaults for settings saved before them. */
  contactRules: storedContactRuleSettingsSchema,
  /**
   * Every call script opens with a line saying the call may be recorded, for places where both
   * sides must agree to a recording. Off until chosen; settings saved before it read as off.
   */
  recordingConsentLine: z.boolean().default(false),
});
export type Settings = z.infer<typeof settingsSchema>;

/**
 * Settings as stored (the settings table, a backup being restored): older rows keep loading, the
 * old confirmation wording moved to the e-mail templates first.
 */
export const storedSettingsSchema = z.preprocess(moveLegacyConfirmation, settingsSchema);

/**
 * The company details the first-run setup and Settings ask for: the ones every call, statement
 * and email needs are required there, though a blank one can still be stored (older installs).
 */
export const companyDetailsSchema = settingsSchema.pick({ paymentDetails: true, remitToAddress: true }).extend({
  companyName: requiredText(120, 'Company name'),
  companyAddress: requiredText(400, 'Company address'),
  callerName: requiredText(80, 'Your name'),
  callbackNumber: requiredText(40, 'Callback number'),
});
export type CompanyDetails = z.infer<typeof companyDetailsSchema>;

/** The first-run setup and Settings' "You and your company": the company details and the region. */
export const officeDetailsSchema = companyDetailsSchema.extend(
  settingsSchema.pick({ currency: true, locale: true, defaultCountry: true, officeTimeZone: true }).shape,
);
export const officeDetailsFields: ReadonlySet<string> = new Set(Object.keys(officeDetailsSchema.shape));

/**
 * What a setting is until it is saved. The regional four are only a last resort: a new office
 * starts from the computer's own (./computer-defaults) through the first-run setup.
 */
export const defaultSettings: Settings = {
  companyName: '',
  companyAddress: '',
  paymentDetails: '',
  remitToAddress: '',
  callerName: '',
  callbackNumber: '',
  ...fallbackRegionalSettings,
  reminderTime: '09:00',
  remindDayBefore: false,
  promiseGraceDays: 2,
  emailTemplates: {},
  letterTemplates: {},
  theme: 'system',
  contactRules: { ...defaultContactRuleSettings },
  recordingConsentLine: false,
};
