import { describe, expect, it } from 'vitest';
import { parseRoute, routes } from '../../../renderer/shell/router';
import type { Call } from '../../../shared/calls/schema';
import { bookChangeSentence, type BookChange } from '../../../shared/import/import-history';
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
  scriptId: 'collection-call',
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

  it('places each import of the books among the rest, and says what it changed', () => {
    const change: BookChange = {
      id: 'b1',
      customerId: 'c1',
      importId: 'imp-1',
      at: '2026-11-15T08:00:00.000Z',
      fileName: 'aging.xlsx',
      newCustomer: false,
      newInvoiceNumbers: ['1044', '1045'],
      changed: [
        {
          number: '1043',
          currency: 'USD',
          balanceBeforeMinor: 1_200_00,
          balanceAfterMinor: 700_00,
          amountBeforeMinor: 1_200_00,
          amountAfterMinor: 1_200_00,
          datesChanged: false,
        },
      ],
      closedNumbers: ['1001'],
      reopenedNumbers: [],
      paymentsSeen: [],
      creditCount: null,
      detailsUpdated: false,
    };
    const entries = buildTimeline({
      calls: [call('call-old', '2026-11-01T10:00:00.000Z')],
      notes: [],
      promises: [],
      payments: [],
      disputes: [],
      followUps: [],
      bookChanges: [change],
    });
    expect(entries.map((e) => [e.kind, e.id])).toEqual([
      ['books', 'b1'],
      ['call', 'call-old'],
    ]);
    expect(bookChangeSentence(change, 'en-US')).toBe(
      'Books updated from aging.xlsx: 2 new invoices (1044, 1045), invoice 1043 balance $1,200.00 → $700.00, invoice 1001 closed in the books',
    );
  });
});

describe('routes', () => {
  it('round-trips every route through the hash', () => {
    expect(parseRoute(routes.customers())).toEqual({ name: 'customers' });
    expect(parseRoute('')).toEqual({ name: 'today' });
    expect(parseRoute('#/')).toEqual({ name: 'today' });
    expect(parseRoute(routes.today())).toEqual({ name: 'today' });
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
    expect(parseRoute(routes.dashboard())).toEqual({ name: 'dashboard' });
    expect(parseRoute('#/nowhere/at/all').name).toBe('not-found');
  });
});
