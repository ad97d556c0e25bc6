import { describe, expect, it } from 'vitest';
import { workingDayBefore } from '../../../shared/dates/working-days';
import type { FollowUp } from '../../../shared/follow-ups/schema';
import type { Payment } from '../../../shared/payments/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { buildReminderSchedule, type ScheduleSources } from '../../../shared/reminders/build-schedule';
import { reminderSyncSchema } from '../../../shared/reminders/schema';
import { defaultSettings } from '../../../shared/settings/schema';

const today = '2026-11-23'; // a Monday

function promise(overrides: Partial<PaymentPromise> = {}): PaymentPromise {
  return {
    id: 'p1',
    customerId: 'c1',
    callId: null,
    contactId: null,
    amountMinor: 1_200_00,
    currency: 'USD',
    promisedDate: '2026-11-25',
    method: 'bank-transfer',
    invoiceIds: [],
    instalments: [],
    status: 'open',
    createdAt: '2026-11-20T16:00:00.000Z',
    ...overrides,
  };
}

function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id: 'f1',
    customerId: 'c1',
    callId: null,
    kind: 'callback',
    dueAt: '2026-11-23T20:30:00.000Z',
    note: 'Call Marcus after 2 pm.',
    status: 'open',
    createdAt: '2026-11-20T16:00:00.000Z',
    completedAt: null,
    ...overrides,
  };
}

function payment(receivedOn: string, amountMinor: number): Payment {
  return {
    id: `pay-${receivedOn}`,
    customerId: 'c1',
    receivedOn,
    amountMinor,
    currency: 'USD',
    method: 'card',
    reference: '',
    allocations: [{ invoiceId: 'i1', amountMinor }],
    createdAt: `${receivedOn}T18:00:00.000Z`,
  };
}

function sources(overrides: Partial<ScheduleSources> = {}): ScheduleSources {
  return {
    promises: [],
    payments: [],
    followUps: [],
    customerNames: new Map([['c1', 'Westbrook Property Management']]),
    // The office this file's instants are written for.
    settings: { ...defaultSettings, officeTimeZone: 'America/Chicago' },
    today,
    ...overrides,
  };
}

describe('buildReminderSchedule', () => {
  it('reminds of a promise on its date at the reminder time, office time, with amount and method', () => {
    const entries = buildReminderSchedule(sources({ promises: [promise()] }));
    expect(entries).toEqual([
      {
        id: 'promise:p1:due:2026-11-25',
        kind: 'promise-due',
        customerId: 'c1',
        customerName: 'Westbrook Property Management',
        fireAt: { kind: 'local', date: '2026-11-25', time: '09:00', timeZone: 'America/Chicago' },
        detail: '$1,200.00 by bank transfer',
        amountMinor: 1_200_00,
        currency: 'USD',
        method: 'bank-transfer',
      },
    ]);
    expect(reminderSyncSchema.safeParse({ mode: 'replace', entries }).success).toBe(true);
  });

  it('adds the working day before when asked, skipping the weekend', () => {
    const settings = {
      ...defaultSettings,
      officeTimeZone: 'America/Chicago',
      remindDayBefore: true,
      reminderTime: '08:30',
      locale: 'en-GB',
    };
    const monday = promise({ promisedDate: '2026-11-30', method: 'card-by-phone' });
    const entries = buildReminderSchedule(sources({ promises: [monday], settings }));
    expect(entries.map((e) => [e.id, e.kind, e.fireAt])).toEqual([
      ['promise:p1:due:2026-11-30', 'promise-due', { kind: 'local', date: '2026-11-30', time: '08:30', timeZone: 'America/Chicago' }],
      [
        'promise:p1:before:2026-11-30',
        'promise-day-before',
        { kind: 'local', date: '2026-11-27', time: '08:30', timeZone: 'America/Chicago' },
      ],
    ]);
    expect(entries[0]!.detail).toBe('US$1,200.00 by card over the phone');
  });

  it('leaves out reminders whose day has passed, but keeps today’s', () => {
    const settings = { ...defaultSettings, remindDayBefore: true };
    const dueToday = promise({ id: 'today', promisedDate: today });
    const dueTomorrow = promise({ id: 'tomorrow', promisedDate: '2026-11-24' });
    const overdue = promise({ id: 'overdue', promisedDate: '2026-11-20' });
    const ids = buildReminderSchedule(sources({ promises: [dueToday, dueTomorrow, overdue], settings })).map((e) => e.id);
    expect(ids).toEqual(['promise:today:due:2026-11-23', 'promise:tomorrow:due:2026-11-24', 'promise:tomorrow:before:2026-11-24']);
  });

  it('schedules each unpaid instalment of a plan with what is still owed on it', () => {
    const plan = promise({
      amountMinor: 300_00,
      promisedDate: '2026-11-20',
      method: 'online-portal',
      instalments: [
        { dueDate: '2026-11-20', amountMinor: 100_00 },
        { dueDate: '2026-11-27', amountMinor: 100_00 },
        { dueDate: '2026-12-04', amountMinor: 100_00 },
      ],
    });
    const entries = buildReminderSchedule(sources({ promises: [plan], payments: [payment('2026-11-20', 130_00)] }));
    expect(entries.map((e) => [e.id, e.amountMinor, e.detail])).toEqual([
      ['promise:p1:due:2026-11-27', 70_00, '$70.00 through the online portal (instalment 2 of 3)'],
      ['promise:p1:due:2026-12-04', 100_00, '$100.00 through the online portal (instalment 3 of 3)'],
    ]);
  });

  it('schedules only open promises of known customers', () => {
    const promises = [
      promise({ id: 'kept', status: 'kept' }),
      promise({ id: 'broken', status: 'broken' }),
      promise({ id: 'gone', customerId: 'nobody' }),
    ];
    expect(buildReminderSchedule(sources({ promises }))).toEqual([]);
  });

  it('reminds of open follow-ups at their exact time; a snooze gives a new id', () => {
    const entries = buildReminderSchedule(sources({ followUps: [followUp(), followUp({ id: 'f2', kind: 'promise-check', note: '' })] }));
    expect(entries).toEqual([
      {
        id: 'followup:f1:2026-11-23T20:30:00.000Z',
        kind: 'callback',
        customerId: 'c1',
        customerName: 'Westbrook Property Management',
        fireAt: { kind: 'instant', at: '2026-11-23T20:30:00.000Z' },
        detail: 'Call Marcus after 2 pm.',
        amountMinor: null,
        currency: null,
        method: null,
      },
      expect.objectContaining({
        id: 'followup:f2:2026-11-23T20:30:00.000Z',
        kind: 'follow-up',
        detail: 'Check whether the promised payment came in.',
      }),
    ]);
    const snoozed = buildReminderSchedule(sources({ followUps: [followUp({ dueAt: '2026-11-24T15:00:00.000Z' })] }));
    expect(snoozed[0]!.id).toBe('followup:f1:2026-11-24T15:00:00.000Z');
  });

  it('leaves out follow-ups that are done or were due before today began, office time', () => {
    const followUps = [
      followUp({ id: 'done', status: 'done', completedAt: '2026-11-23T15:00:00.000Z' }),
      followUp({ id: 'yesterday', dueAt: '2026-11-23T05:59:00.000Z' }), // 23:59 on the 22nd in Chicago
      followUp({ id: 'early-today', dueAt: '2026-11-23T06:00:00.000Z' }), // midnight in Chicago
    ];
    expect(buildReminderSchedule(sources({ followUps })).map((e) => e.id)).toEqual(['followup:early-today:2026-11-23T06:00:00.000Z']);
  });

  it('keeps names and details within what main accepts', () => {
    const long = 'x'.repeat(600);
    const entries = buildReminderSchedule(
      sources({ customerNames: new Map([['c1', long]]), followUps: [followUp({ note: long.slice(0, 500) })] }),
    );
    expect(reminderSyncSchema.safeParse({ mode: 'replace', entries }).success).toBe(true);
    expect(entries[0]!.customerName).toHaveLength(200);
  });
});

describe('workingDayBefore', () => {
  it('is the previous weekday', () => {
    expect(workingDayBefore('2026-11-25')).toBe('2026-11-24'); // Wednesday -> Tuesday
    expect(workingDayBefore('2026-11-30')).toBe('2026-11-27'); // Monday -> Friday
    expect(workingDayBefore('2026-11-29')).toBe('2026-11-27'); // Sunday -> Friday
  });
});
