import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from '../../../renderer/app/router';
import type { Call } from '../../../shared/calls/schema';
import type { Note } from '../../../shared/notes/schema';
import type { PaymentPromise } from '../../../shared/promises/schema';
import { buildTimeline } from '../../../shared/timeline/timeline';

const call = (id: string, startedAt: string): Call => ({
  id,
  customerId: 'c1',
  contactId: null,
  phoneNumber: null,
  dialled: false,
  startedAt,
  endedAt: startedAt,
  durationSeconds: 60,
  status: 'closed',
  result: 'no-answer',
  scriptId: 'default',
  stepsCovered: [],
  branchesTaken: [],
  contactDetailsConfirmed: false,
  note: '',
  promiseId: null,
  disputeId: null,
  followUpId: null,
});
const note = (id: string, createdAt: string, correctsCallId: string | null = null): Note => ({
  id,
  customerId: 'c1',
  kind: correctsCallId ? 'call-correction' : 'note',
  text: id,
  correctsCallId,
  createdAt,
});

describe('timeline', () => {
  it('lists everything newest first and keeps corrections under their call', () => {
    const promise = { id: 'p1', createdAt: '2026-11-20T10:05:00.000Z' } as PaymentPromise;
    const entries = buildTimeline({
      calls: [call('call-old', '2026-11-01T10:00:00.000Z'), call('call-new', '2026-11-20T10:00:00.000Z')],
      notes: [note('n1', '2026-11-10T09:00:00.000Z'), note('fix', '2026-11-21T09:00:00.000Z', 'call-old')],
      promises: [promise],
      payments: [],
      disputes: [],
      followUps: [],
    });
    expect(entries.map((e) => e.id)).toEqual(['p1', 'call-new', 'n1', 'call-old']);
    const old = entries.find((e) => e.id === 'call-old');
    expect(old?.kind === 'call' && old.corrections.map((c) => c.id)).toEqual(['fix']);
  });
});

describe('routes', () => {
  it('round-trips every route through the hash', () => {
    expect(parseRoute(routes.customers())).toEqual({ name: 'customers' });
    expect(parseRoute('')).toEqual({ name: 'customers' });
    expect(parseRoute(routes.newCustomer())).toEqual({ name: 'new-customer' });
    expect(parseRoute(routes.customer('a b'))).toEqual({ name: 'customer', customerId: 'a b' });
    expect(parseRoute(routes.call('c1', 'k9'))).toEqual({ name: 'call', customerId: 'c1', callId: 'k9' });
    expect(parseRoute(routes.settings())).toEqual({ name: 'settings' });
    expect(parseRoute('#/promises')).toEqual({ name: 'promises', filter: null });
    expect(routes.promises()).toBe('#/promises');
    expect(parseRoute(routes.promises('broken'))).toEqual({ name: 'promises', filter: 'broken' });
    expect(parseRoute('#/promises/someday').name).toBe('not-found');
    expect(parseRoute(routes.followUps())).toEqual({ name: 'follow-ups' });
    expect(parseRoute(routes.import())).toEqual({ name: 'import' });
    expect(parseRoute('#/import/extra').name).toBe('not-found');
    expect(parseRoute('#/nowhere/at/all').name).toBe('not-found');
  });
});
