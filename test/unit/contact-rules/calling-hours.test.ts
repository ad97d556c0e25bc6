// Calling hours are read on the customer's own clock: several zones, and the two US
// daylight-saving change days, when a naive fixed offset would be an hour wrong.
import { describe, expect, it } from 'vitest';
import {
  callingWindowNow,
  checkContactRules,
  defaultContactRuleSettings,
  type ContactRuleAccount,
} from '../../../shared/contact-rules/check-contact-rules';

const hours = defaultContactRuleSettings;

function hoursBreach(timeZone: string, at: string, settings = defaultContactRuleSettings) {
  const account: ContactRuleAccount = { kind: 'consumer', timeZone };
  return checkContactRules({ account, attempts: [], now: new Date(at), settings }).breaches.find((b) => b.rule === 'calling-hours') ?? null;
}

describe('calling hours', () => {
  it('is open from 8:00 up to, not including, 21:00 in the customer zone', () => {
    // Chicago in June is UTC-5.
    expect(callingWindowNow('America/Chicago', new Date('2026-06-17T12:59:00Z'), hours).open).toBe(false);
    expect(callingWindowNow('America/Chicago', new Date('2026-06-17T13:00:00Z'), hours)).toEqual({
      open: true,
      opensAt: null,
      opensAtLabel: null,
    });
    expect(callingWindowNow('America/Chicago', new Date('2026-06-18T01:59:00Z'), hours).open).toBe(true);
    expect(callingWindowNow('America/Chicago', new Date('2026-06-18T02:00:00Z'), hours)).toEqual({
      open: false,
      opensAt: '2026-06-18T13:00:00.000Z',
      opensAtLabel: '8:00',
    });
  });

  it('says when the window opens later today, and writes the breach in plain words', () => {
    const breach = hoursBreach('America/Chicago', '2026-06-17T12:40:00Z');
    expect(breach).toEqual({
      rule: 'calling-hours',
      message: "It is 7:40 in the customer's time zone (America/Chicago); calls are allowed from 8:00 to 21:00 their time.",
      short: 'call after 8:00 their time',
      until: '2026-06-17T13:00:00.000Z',
    });
    expect(hoursBreach('America/Chicago', '2026-06-17T13:00:00Z')).toBeNull();
  });

  it('reads the same instant differently in each zone', () => {
    const at = new Date('2026-06-17T16:00:00Z');
    // 12:00 in New York, 17:00 in London, 9:00 in Los Angeles: all open.
    for (const zone of ['America/New_York', 'Europe/London', 'America/Los_Angeles']) {
      expect(callingWindowNow(zone, at, hours).open).toBe(true);
    }
    // 6:00 in Honolulu: opens at 8:00 there, 18:00 UTC.
    expect(callingWindowNow('Pacific/Honolulu', at, hours)).toMatchObject({ open: false, opensAt: '2026-06-17T18:00:00.000Z' });
    // 2:00 the next day in Sydney: opens at 8:00 there on the 18th, 22:00 UTC on the 17th.
    expect(callingWindowNow('Australia/Sydney', at, hours)).toMatchObject({ open: false, opensAt: '2026-06-17T22:00:00.000Z' });
    // 1:00 the next day in Tokyo (after 21:00 there): opens at 8:00 on the 18th, 23:00 UTC on the 17th.
    expect(callingWindowNow('Asia/Tokyo', at, hours)).toMatchObject({ open: false, opensAt: '2026-06-17T23:00:00.000Z' });
  });

  it('follows British Summer Time in London', () => {
    // June: 7:30 UTC is 8:30 BST, open. January: 7:30 UTC is 7:30 GMT, closed until 8:00 GMT.
    expect(callingWindowNow('Europe/London', new Date('2026-06-17T07:30:00Z'), hours).open).toBe(true);
    expect(callingWindowNow('Europe/London', new Date('2026-01-15T07:30:00Z'), hours)).toMatchObject({
      open: false,
      opensAt: '2026-01-15T08:00:00.000Z',
    });
    // The evening before the clocks go forward (29 March 2026): 22:00 GMT, opens 8:00 BST = 7:00 UTC.
    expect(callingWindowNow('Europe/London', new Date('2026-03-28T22:00:00Z'), hours)).toMatchObject({
      open: false,
      opensAt: '2026-03-29T07:00:00.000Z',
    });
  });

  it('is right on the day New York springs forward (8 March 2026)', () => {
    // 22:00 EST on the 7th: the window opens at 8:00 EDT on the 8th, 12:00 UTC (not 13:00).
    expect(callingWindowNow('America/New_York', new Date('2026-03-08T03:00:00Z'), hours)).toMatchObject({
      open: false,
      opensAt: '2026-03-08T12:00:00.000Z',
    });
    // 1:30 EST, before the change: same answer.
    expect(callingWindowNow('America/New_York', new Date('2026-03-08T06:30:00Z'), hours).opensAt).toBe('2026-03-08T12:00:00.000Z');
    // 11:59 UTC is 7:59 EDT (a fixed EST offset would say 6:59); 12:00 UTC is 8:00 EDT.
    expect(hoursBreach('America/New_York', '2026-03-08T11:59:00Z')?.message).toContain('It is 7:59');
    expect(hoursBreach('America/New_York', '2026-03-08T12:00:00Z')).toBeNull();
    // 21:00 EDT is 1:00 UTC on the 9th: closed until 8:00 EDT on the 9th.
    expect(callingWindowNow('America/New_York', new Date('2026-03-09T00:59:00Z'), hours).open).toBe(true);
    expect(callingWindowNow('America/New_York', new Date('2026-03-09T01:00:00Z'), hours).opensAt).toBe('2026-03-09T12:00:00.000Z');
  });

  it('is right on the day New York falls back (1 November 2026)', () => {
    // 21:30 EDT on 31 October: opens at 8:00 EST on 1 November, 13:00 UTC (not 12:00).
    expect(callingWindowNow('America/New_York', new Date('2026-11-01T01:30:00Z'), hours)).toMatchObject({
      open: false,
      opensAt: '2026-11-01T13:00:00.000Z',
    });
    // 12:30 UTC is 7:30 EST (a fixed EDT offset would say 8:30 and let the call through).
    const early = hoursBreach('America/New_York', '2026-11-01T12:30:00Z');
    expect(early?.message).toContain('It is 7:30');
    expect(early?.until).toBe('2026-11-01T13:00:00.000Z');
    expect(hoursBreach('America/New_York', '2026-11-01T13:00:00Z')).toBeNull();
    // 21:00 EST is 2:00 UTC on the 2nd.
    expect(callingWindowNow('America/New_York', new Date('2026-11-02T01:59:00Z'), hours).open).toBe(true);
    expect(callingWindowNow('America/New_York', new Date('2026-11-02T02:00:00Z'), hours).open).toBe(false);
  });

  it('uses an edited window', () => {
    const office = { ...defaultContactRuleSettings, callingHoursStart: '09:30', callingHoursEnd: '17:00' };
    // Chicago, June: 14:29 UTC is 9:29 CDT.
    expect(hoursBreach('America/Chicago', '2026-06-17T14:29:00Z', office)).toMatchObject({
      short: 'call after 9:30 their time',
      until: '2026-06-17T14:30:00.000Z',
    });
    expect(hoursBreach('America/Chicago', '2026-06-17T14:30:00Z', office)).toBeNull();
    expect(hoursBreach('America/Chicago', '2026-06-17T22:00:00Z', office)?.message).toContain('from 9:30 to 17:00');
  });

  it('falls back to 8:00–21:00 when the stored window cannot be read', () => {
    const broken = { callingHoursStart: '21:00', callingHoursEnd: '08:00' };
    expect(callingWindowNow('America/Chicago', new Date('2026-06-17T12:59:00Z'), broken).open).toBe(false);
    expect(callingWindowNow('America/Chicago', new Date('2026-06-17T13:00:00Z'), broken).open).toBe(true);
    expect(
      callingWindowNow('America/Chicago', new Date('2026-06-17T13:00:00Z'), { callingHoursStart: '8am', callingHoursEnd: '' }).open,
    ).toBe(true);
  });
});
