import { z } from 'zod';
import { countryCodeSchema, currencySchema, requiredText, timeZoneSchema, trimmed } from '../common/primitives';

export const settingsSchema = z.object({
  companyName: requiredText(120, 'Company name'),
  callerName: requiredText(80, 'Your name'),
  callbackNumber: trimmed(40, 'Callback number').default(''),
  /** E.164 of callbackNumber, read once when the settings were saved (see callback-number.ts). */
  callbackNumberE164: z.string().nullable().optional(),
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
  /** When promise reminders fire on the promised day, office time. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time such as 09:00.'),
  /** Also remind on the working day before a promise is due. */
  remindDayBefore: z.boolean(),
  /** Days after the promised date before an unpaid promise counts as broken. */
  promiseGraceDays: z.number().int('Use whole days.').min(0, 'Grace days cannot be negative.').max(30, 'At most 30 grace days.'),
  /** The promise confirmation email (seed 000), with {placeholders} filled from the promise. */
  confirmationSubject: requiredText(200, 'Email subject'),
  confirmationBody: requiredText(4000, 'Email text'),
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
  reminderTime: '09:00',
  remindDayBefore: false,
  promiseGraceDays: 2,
  confirmationSubject: 'Payment arrangement: {amount} by {date}',
  confirmationBody: [
    'Dear {contactName},',
    '',
    'Thank you for speaking with me today. As agreed, {customerName} will pay {amount} by {date} by {method}, covering {invoiceNumbers}.',
    '{instalmentPlan}',
    'If anything changes, please call me on {callbackNumber} before that date.',
    '',
    'Kind regards,',
    '{callerName}',
    '{companyName}',
  ].join('\n'),
};
