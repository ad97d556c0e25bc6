// The words on the notifications: specific for one reminder, grouped for many.
import { describe, expect, it } from 'vitest';
import { reminderNotice } from '../../../../electron/services/reminders/notice-text';
import type { DueReminder } from '../../../../electron/services/reminders/resolved-schedule';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { birch, callbackAt, cedar, delta, elm, harbor, promiseDue } from './harness';

const now = new Date('2026-03-03T15:00:10.000Z'); // Tuesday 09:00 in Chicago
const at = (entry: ReminderEntry, iso = '2026-03-03T15:00:00.000Z'): DueReminder => ({ entry, atMs: Date.parse(iso) });

describe('reminder notice wording', () => {
  it('names the customer, the amount and the method for one promise', () => {
    expect(reminderNotice([at(promiseDue('p', harbor, '2026-03-03'))], now)).toEqual({
      title: 'Promise due today: Harbor Point Dental Group',
      body: '$1,200.00 by bank transfer',
      customerId: 'c-harbor',
    });
  });

  it.each([
    [
      'the working day before',
      { ...promiseDue('p', harbor, '2026-03-03'), kind: 'promise-day-before' as const },
      'Promise due next working day: Harbor Point Dental Group',
    ],
    ['a callback', callbackAt('c', harbor, '2026-03-03T15:00:00.000Z'), 'Callback due: Harbor Point Dental Group'],
    [
      'a follow-up',
      { ...callbackAt('f', harbor, '2026-03-03T15:00:00.000Z'), kind: 'follow-up' as const },
      'Follow-up due: Harbor Point Dental Group',
    ],
  ])('titles %s', (_label, entry, title) => {
    expect(reminderNotice([at(entry)], now).title).toBe(title);
  });

  it('says when a callback was missed rather than due', () => {
    const missed = at(callbackAt('c', harbor, '2026-03-03T12:00:00.000Z'), '2026-03-03T12:00:00.000Z');
    expect(reminderNotice([missed], now).title).toBe('Missed callback: Harbor Point Dental Group');
  });

  it('falls back to a useful body when the entry has no detail', () => {
    const entry = { ...promiseDue('p', harbor, '2026-03-03'), detail: '' };
    expect(reminderNotice([at(entry)], now).body).toBe('Open the customer in Call Desk.');
  });

  it('groups promises due today and lists at most four names', () => {
    const five = [harbor, birch, cedar, delta, elm].map((c, i) => at(promiseDue(`p${i}`, c, '2026-03-03')));
    expect(reminderNotice(five.slice(0, 3), now)).toEqual({
      title: '3 promises due today',
      body: 'Harbor Point Dental Group, Birch & Lane Interiors, Cedar Ridge Veterinary',
      customerId: null,
    });
    expect(reminderNotice(five, now).body).toBe(
      'Harbor Point Dental Group, Birch & Lane Interiors, Cedar Ridge Veterinary, Delta Freight Services and 1 more',
    );
  });

  it('does not call promises from an earlier day "due today"', () => {
    const group = [at(promiseDue('a', harbor, '2026-03-02')), at(promiseDue('b', birch, '2026-03-03'))];
    expect(reminderNotice(group, now).title).toBe('2 promises to follow up');
  });
});
