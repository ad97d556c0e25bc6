// Do-not-call and cease-contact always stop a call, on the account or on the contact; the other
// rules follow the per-kind switch (consumer on, commercial off by default).
import { describe, expect, it } from 'vitest';
import {
  checkContactRules,
  defaultContactRuleSettings,
  type ContactAttempt,
  type ContactRuleAccount,
} from '../../../shared/contact-rules/check-contact-rules';
import { contactRuleSettingsSchema, storedContactRuleSettingsSchema } from '../../../shared/contact-rules/settings-schema';

const midday = new Date('2026-06-17T16:00:00Z'); // 11:00 in Chicago
const night = new Date('2026-06-17T08:00:00Z'); // 3:00 in Chicago
const zone = 'America/Chicago';
const busyWeek: ContactAttempt[] = [0, 1, 2, 3, 4, 5, 6].map((d) => ({
  at: new Date(night.getTime() - d * 86_400_000 - 3_600_000).toISOString(),
  reached: d === 0,
}));

describe('flags', () => {
  it('stops a call when the account is marked do not call, even with the rules off for its kind', () => {
    const account: ContactRuleAccount = { kind: 'commercial', timeZone: zone, doNotCall: true };
    const verdict = checkContactRules({ account, attempts: [], now: midday, settings: defaultContactRuleSettings });
    expect(verdict.applies).toBe(false);
    expect(verdict.breaches).toEqual([
      { rule: 'do-not-call', message: 'Do not call is set on the account.', short: 'do not call', until: null },
    ]);
  });

  it('stops a call to a contact who asked us to stop contacting them', () => {
    const account: ContactRuleAccount = { kind: 'consumer', timeZone: zone };
    const verdict = checkContactRules({
      account,
      contact: { ceaseContact: true },
      attempts: [],
      now: midday,
      settings: defaultContactRuleSettings,
    });
    expect(verdict.breaches).toEqual([
      {
        rule: 'cease-contact',
        message: 'Cease contact is set on this contact: the customer asked us to stop contacting them.',
        short: 'asked us to stop contacting them',
        until: null,
      },
    ]);
    // Another contact on the same account is free to call.
    expect(
      checkContactRules({ account, contact: { ceaseContact: false }, attempts: [], now: midday, settings: defaultContactRuleSettings })
        .breaches,
    ).toEqual([]);
  });

  it('names both places once when the account and the contact are both flagged', () => {
    const account: ContactRuleAccount = { kind: 'consumer', timeZone: zone, doNotCall: true, ceaseContact: true };
    const { breaches } = checkContactRules({
      account,
      contact: { doNotCall: true },
      attempts: [],
      now: midday,
      settings: defaultContactRuleSettings,
    });
    expect(breaches.map((b) => b.rule)).toEqual(['cease-contact', 'do-not-call']);
    expect(breaches[0]?.message).toContain('on the account:');
    expect(breaches[1]?.message).toBe('Do not call is set on the account and on this contact.');
  });
});

describe('switching the rules per kind', () => {
  it('applies every rule to a consumer account by default', () => {
    const verdict = checkContactRules({
      account: { kind: 'consumer', timeZone: zone },
      attempts: busyWeek,
      now: night,
      settings: defaultContactRuleSettings,
    });
    expect(verdict.applies).toBe(true);
    expect(verdict.breaches.map((b) => b.rule)).toEqual(['calling-hours', 'seven-in-seven', 'after-conversation']);
  });

  it('leaves a commercial account alone by default', () => {
    const verdict = checkContactRules({
      account: { kind: 'commercial', timeZone: zone },
      attempts: busyWeek,
      now: night,
      settings: defaultContactRuleSettings,
    });
    expect(verdict).toEqual({ applies: false, breaches: [] });
  });

  it('follows the switches when the office changes them', () => {
    const flipped = { ...defaultContactRuleSettings, consumer: false, commercial: true };
    expect(checkContactRules({ account: { kind: 'consumer', timeZone: zone }, attempts: busyWeek, now: night, settings: flipped })).toEqual(
      { applies: false, breaches: [] },
    );
    expect(
      checkContactRules({ account: { kind: 'commercial', timeZone: zone }, attempts: busyWeek, now: night, settings: flipped }).breaches,
    ).toHaveLength(3);
  });
});

describe('stored settings', () => {
  it('gives older settings without contact rules the defaults', () => {
    expect(storedContactRuleSettingsSchema.parse(undefined)).toEqual({
      consumer: true,
      commercial: false,
      callingHoursStart: '08:00',
      callingHoursEnd: '21:00',
    });
  });

  it('refuses a window that does not start before it ends, or a time that is not HH:MM', () => {
    const bad = contactRuleSettingsSchema.safeParse({
      ...defaultContactRuleSettings,
      callingHoursStart: '21:00',
      callingHoursEnd: '08:00',
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('The calling window must start before it ends.');
    expect(contactRuleSettingsSchema.safeParse({ ...defaultContactRuleSettings, callingHoursStart: '8:00' }).success).toBe(false);
    expect(contactRuleSettingsSchema.safeParse({ ...defaultContactRuleSettings, callingHoursEnd: '24:00' }).success).toBe(false);
    expect(contactRuleSettingsSchema.parse({ ...defaultContactRuleSettings, callingHoursStart: '07:30' }).callingHoursStart).toBe('07:30');
  });
});
