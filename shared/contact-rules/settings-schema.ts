// How the contact-rule settings are stored and edited: each kind switched on or off, and a
// calling window whose start comes before its end on a 24-hour clock.
import { z } from 'zod';
import { defaultContactRuleSettings, type ContactRuleSettings } from './check-contact-rules';
import { minutesOfDay } from './calling-window';

const clockTime = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, `${label}: use a 24-hour time such as 08:00.`);

export const contactRuleSettingsSchema = z
  .object({
    consumer: z.boolean(),
    commercial: z.boolean(),
    callingHoursStart: clockTime('Calls allowed from'),
    callingHoursEnd: clockTime('Calls allowed until'),
  })
  .refine((s) => (minutesOfDay(s.callingHoursStart) ?? 0) < (minutesOfDay(s.callingHoursEnd) ?? 0), {
    message: 'The calling window must start before it ends.',
    path: ['callingHoursEnd'],
  }) satisfies z.ZodType<ContactRuleSettings>;

/** Stored settings from before the rules existed have none: they get the defaults. */
export const storedContactRuleSettingsSchema = contactRuleSettingsSchema.default({ ...defaultContactRuleSettings });
