// The two Regulation F presumptions: at most 7 attempts in 7 days, and none in the 7 days after
// a conversation. The clock is mid-morning in Chicago so calling hours never interfere.
import { describe, expect, it } from 'vitest';
import {
  checkContactRules,
  defaultContactRuleSettings,
  type ContactAttempt,
  type ContactRuleAccount,
} from '../../../shared/contact-rules/check-contact-rules';

const now = new Date('2026-06-17T16:00:00Z'); // 11:00 in Chicago
const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const consumer: ContactRuleAccount = { kind: 'consumer', timeZone: 'America/Chicago' };

function ago(ms: number, reached = false): ContactAttempt {
  return { at: new Date(now.getTime() - ms).toISOString(), reached };
}

function rules(attempts: ContactAttempt[]) {
  return checkContactRules({ account: consumer, attempts, now, settings: defaultContactRuleSettings });
}

describe('7 attempts in 7 days', () => {
  it('allows the 7th attempt and stops the 8th', () => {
    const six = [1, 2, 3, 4, 5, 6].map((d) => ago(d * dayMs - hourMs));
    expect(rules(six).breaches).toEqual([]);
    const seven = [...six, ago(2 * hourMs)];
    const breach = rules(seven).breaches.find((b) => b.rule === 'seven-in-seven');
    expect(breach?.short).toBe('7 attempts in the last 7 days');
    expect(breach?.message).toContain('US Regulation F presumption');
  });

  it('frees a slot when the oldest of the seven leaves the window, whatever the order given', () => {
    // Oldest 6 days 23 hours ago: allowed again in an hour.
    const seven = [ago(2 * hourMs), ...[1, 2, 3, 4, 5].map((d) => ago(d * dayMs)), ago(7 * dayMs - hourMs)];
    const breach = rules(seven).breaches.find((b) => b.rule === 'seven-in-seven');
    expect(breach?.until).toBe(new Date(now.getTime() + hourMs).toISOString());
    expect(breach?.message).toContain('allowed in 1 hour');
  });

  it('with nine attempts, waits until only six remain', () => {
    const nine = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((h) => ago(h * 12 * hourMs - 1000));
    const breach = rules(nine).breaches.find((b) => b.rule === 'seven-in-seven');
    expect(breach?.short).toBe('9 attempts in the last 7 days');
    // The third oldest (84 h ago) leaves after 168 h: 84 h from now.
    expect(breach?.until).toBe(new Date(now.getTime() + 84 * hourMs + 1000).toISOString());
  });

  it('does not count attempts 7 days old or more, nor ones stamped after now', () => {
    const old = ago(7 * dayMs);
    const future = { at: new Date(now.getTime() + hourMs).toISOString(), reached: false };
    const attempts = [old, future, ...[1, 2, 3, 4, 5, 6].map((d) => ago(d * dayMs - hourMs))];
    expect(rules(attempts).breaches).toEqual([]);
    expect(rules([...attempts, { at: 'not a time', reached: false }]).breaches).toEqual([]);
  });
});

describe('7 days after a conversation', () => {
  it('blocks a call two days after the customer was reached, and says until when', () => {
    const reached = ago(2 * dayMs, true);
    const { breaches } = rules([ago(3 * dayMs), reached]);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toEqual({
      rule: 'after-conversation',
      message:
        'Someone on this account was spoken to 2 days ago. Under the US Regulation F presumption, no call is placed within 7 days after a conversation; the next call is allowed in 5 days.',
      short: 'spoken to 2 days ago',
      until: new Date(now.getTime() + 5 * dayMs).toISOString(),
    });
  });

  it('counts from the latest conversation', () => {
    const breach = rules([ago(6 * dayMs, true), ago(1 * dayMs, true), ago(4 * dayMs, true)]).breaches[0];
    expect(breach?.until).toBe(new Date(now.getTime() + 6 * dayMs).toISOString());
  });

  it('lapses once seven days have passed, and ignores attempts where no one was reached', () => {
    expect(rules([ago(7 * dayMs, true)]).breaches).toEqual([]);
    expect(rules([ago(7 * dayMs - 60_000, true)]).breaches.map((b) => b.rule)).toEqual(['after-conversation']);
    expect(rules([ago(hourMs), ago(dayMs)]).breaches).toEqual([]);
  });

  it('reports both presumptions together when both are broken', () => {
    const attempts = [ago(hourMs, true), ...[1, 2, 3, 4, 5, 6].map((d) => ago(d * dayMs))];
    expect(rules(attempts).breaches.map((b) => b.rule)).toEqual(['seven-in-seven', 'after-conversation']);
  });
});
