import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isCalendarDate, todayIn } from '../../../shared/dates/calendar';
import { timeZoneSchema } from '../../../shared/common/primitives';
import { isValidTimeZone, localTimeIn, maxTimeZoneLength } from '../../../shared/dates/time-zones';
import { formatMoney, minorToInput, parseMoneyInput } from '../../../shared/money/money';
import { normalizePhone, phoneQueryKey, phoneSearchKeys, storePhone, telUrlOf } from '../../../shared/phone/phone';

describe('calendar dates', () => {
  it('accepts only real dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('26-01-01')).toBe(false);
  });

  it('does day arithmetic without daylight-saving drift', () => {
    // 2026-03-08 is the US spring-forward day; calendar dates must not notice.
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });

  it('knows the date in another time zone', () => {
    const instant = new Date('2026-11-22T03:30:00Z');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-21');
    expect(todayIn('Europe/London', instant)).toBe('2026-11-22');
    expect(localTimeIn('America/Chicago', instant).hour).toBe(21);
    expect(isValidTimeZone('America/Chicago')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });

  it('takes every time zone the system knows, and refuses a name longer than any of them', () => {
    const known = Intl.supportedValuesOf('timeZone');
    expect(known.filter((zone) => !timeZoneSchema.safeParse(zone).success)).toEqual([]);
    expect(Math.max(...known.map((zone) => zone.length))).toBeLessThan(maxTimeZoneLength);
    expect(isValidTimeZone(`America/${'x'.repeat(maxTimeZoneLength)}`)).toBe(false);
    // A page's or a file's 5 MB of text is refused by its length, with one sentence.
    const huge = timeZoneSchema.safeParse('A'.repeat(5 * 1024 * 1024));
    expect(huge.success).toBe(false);
    expect(huge.error?.issues.map((issue) => issue.message)).toEqual([
      'A time zone name has at most 64 characters, such as America/Chicago.',
    ]);
  });
});

describe('money', () => {
  it('parses what people type into minor units', () => {
    expect(parseMoneyInput('1,234.50', 'USD')).toBe(123_450);
    expect(parseMoneyInput('$ 99', 'USD')).toBe(9_900);
    expect(parseMoneyInput('12.5', 'USD')).toBe(1_250);
    expect(parseMoneyInput('0.07', 'USD')).toBe(7);
    expect(parseMoneyInput('1500', 'JPY')).toBe(1_500);
  });

  it('refuses amounts it cannot read exactly', () => {
    expect(parseMoneyInput('12.345', 'USD')).toBeNull();
    expect(parseMoneyInput('twelve', 'USD')).toBeNull();
    expect(parseMoneyInput('', 'USD')).toBeNull();
    expect(parseMoneyInput('1.5', 'JPY')).toBeNull();
  });

  it('formats and round-trips', () => {
    expect(formatMoney(123_450, 'USD', 'en-US')).toBe('$1,234.50');
    expect(minorToInput(123_405, 'USD')).toBe('1234.05');
    expect(parseMoneyInput(minorToInput(987_654, 'USD'), 'USD')).toBe(987_654);
  });
});

describe('phone numbers', () => {
  it('normalises US numbers typed in any format to one E.164 form', () => {
    for (const typed of ['(415) 555-0134', '415.555.0134', '+1 415 555 0134', '1-415-555-0134']) {
      expect(normalizePhone(typed, 'US').e164).toBe('+14155550134');
    }
  });

  it('makes search keys that any typed form of the number prefixes', () => {
    const keys = phoneSearchKeys(storePhone('(415) 555-0134', 'US'));
    for (const typed of ['415.555.0134', '+1 415 555 0134', '(415) 555', '555-0134']) {
      const q = phoneQueryKey(typed, 'US');
      expect(q, typed).not.toBeNull();
      expect(
        keys.some((k) => k.startsWith(q!)),
        typed,
      ).toBe(true);
    }
  });

  it('does not mistake names or short numbers for phone queries', () => {
    expect(phoneQueryKey('Harbor', 'US')).toBeNull();
    expect(phoneQueryKey('12', 'US')).toBeNull();
  });

  it('builds tel: links', () => {
    expect(telUrlOf(storePhone('020 7946 0321', 'GB'))).toBe('tel:+442079460321');
    expect(telUrlOf(storePhone('x', 'US'))).toBeNull();
  });
});
