// Field schemas shared by every record type. Money is integer minor units; calendar dates are
// 'YYYY-MM-DD'; instants are UTC ISO strings (docs/ARCHITECTURE.md, "Time").
import { z } from 'zod';
import { isCalendarDate } from '../dates/calendar';
import { isValidTimeZone, maxTimeZoneLength } from '../dates/time-zones';

export const idSchema = z.string().min(1, 'Missing identifier.');

export const calendarDateSchema = z.string().refine(isCalendarDate, { message: 'Enter a date as YYYY-MM-DD.' });

export const instantSchema = z.iso.datetime({ offset: false, message: 'Expected a UTC timestamp.' });

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD.');

export const minorUnitsSchema = z.number().int('Amounts are whole minor units (cents).');
export const positiveMinorSchema = minorUnitsSchema.positive('The amount must be more than zero.');
export const nonNegativeMinorSchema = minorUnitsSchema.nonnegative('The amount cannot be negative.');

export const timeZoneSchema = z
  .string()
  // abort: a name past the limit is not also looked up (and the refusal says why once).
  .max(maxTimeZoneLength, {
    message: `A time zone name has at most ${maxTimeZoneLength} characters, such as America/Chicago.`,
    abort: true,
  })
  .refine(isValidTimeZone, { message: 'Choose a time zone such as America/Chicago.' });

export const emailSchema = z.email('Enter a valid email address.');

export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US.');

export const trimmed = (max: number, label: string) => z.string().trim().max(max, `${label} is too long (at most ${max} characters).`);

export const requiredText = (max: number, label: string) => trimmed(max, label).min(1, `${label} is required.`);
