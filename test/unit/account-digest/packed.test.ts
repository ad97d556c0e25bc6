// A shard's digest entries are stored as one list of strings and one byte array (fast for
// IndexedDB to read back) and are the same entries again once unpacked, their promises and
// payments included.
import { describe, expect, it } from 'vitest';
import type { AccountDigestEntry } from '../../../shared/account-digest/model';
import { digestFormat } from '../../../shared/account-digest/model';
import { packEntries, unpackEntries } from '../../../shared/account-digest/packed';
import { fullPayment, fullPromise } from './stored-rows';

const { seenInBooks: _, ...typedInPayment } = { ...fullPayment, id: 'pay-2' };

const full: AccountDigestEntry = {
  customerId: 'cus-1',
  name: 'Brightwater Dental',
  kind: 'consumer',
  timeZone: 'America/Denver',
  placedWith: 'Northline Recovery',
  doNotCall: true,
  ceaseContact: false,
  tags: ['north', 'priority'],
  openBalances: [
    { currency: 'USD', amountMinor: 125_000 },
    { currency: 'CAD', amountMinor: 40_050 },
  ],
  dues: [
    { dueDate: '2026-10-01', currency: 'USD', amountMinor: 100_000, invoiceCount: 2, disputed: false },
    { dueDate: '2026-11-15', currency: 'USD', amountMinor: 25_000, invoiceCount: 1, disputed: true },
    { dueDate: '2026-12-20', currency: 'CAD', amountMinor: 40_050, invoiceCount: 1, disputed: false },
  ],
  accountDisputeOpen: true,
  lastContactAt: '2026-11-30T17:05:00.000Z',
  brokenPromises: 2,
  livePromises: [
    { id: 'p-1', open: true, firstStepDate: '2026-12-01', lastStepDate: '2027-01-15' },
    { id: 'p-2', open: false, firstStepDate: '2026-11-20', lastStepDate: '2026-11-20' },
  ],
  attempts: [
    { at: '2026-11-28T15:00:00.000Z', result: 'no-answer', reached: false },
    { at: '2026-11-30T17:05:00.000Z', result: 'promise-to-pay', reached: true },
    { at: '2026-11-30T18:00:00.000Z', result: null, reached: false },
  ],
  promises: [fullPromise, { ...fullPromise, id: 'p-2', status: 'broken', callId: null, contactId: null, invoiceIds: [], instalments: [] }],
  payments: [fullPayment, typedInPayment],
  computedAt: '2026-12-01T08:00:00.000Z',
};

const bare: AccountDigestEntry = {
  ...full,
  customerId: 'cus-2',
  kind: 'commercial',
  placedWith: null,
  doNotCall: false,
  ceaseContact: true,
  tags: [],
  openBalances: [],
  dues: [],
  accountDisputeOpen: false,
  lastContactAt: null,
  brokenPromises: 0,
  livePromises: [],
  attempts: [],
  promises: [],
  payments: [],
};

describe('packed digest entries', () => {
  it.each([
    ['with every list and flag', [full]],
    ['with nothing in their lists', [bare]],
    ['of several accounts', [full, bare, { ...full, customerId: 'cus-3', name: 'Ferncliff Studio', tags: ['priority'] }]],
    ['of no account', []],
  ])('unpack to the same entries, %s', (_, entries: AccountDigestEntry[]) => {
    const packed = packEntries(entries);
    expect(unpackEntries(packed)).toEqual(entries);
    // Through a structured clone, as IndexedDB stores them.
    expect(unpackEntries(structuredClone(packed))).toEqual(entries);
  });

  it('are stored as strings and one byte array, each repeated string once', () => {
    const packed = packEntries([full, { ...full, customerId: 'cus-3' }]);
    expect(packed.numbers).toBeInstanceOf(Uint8Array);
    expect(packed.strings.every((s) => typeof s === 'string')).toBe(true);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(packed.strings.filter((s) => s === 'USD')).toHaveLength(1);
  });

  it('keep amounts beyond 32 bits exact, and credits below zero', () => {
    const big = {
      ...bare,
      openBalances: [
        { currency: 'JPY', amountMinor: 9_007_199_254_740 },
        { currency: 'USD', amountMinor: -4_500 },
      ],
    };
    expect(unpackEntries(packEntries([big]))[0]?.openBalances).toEqual(big.openBalances);
  });

  it('refuse to store an amount that is not whole minor units', () => {
    expect(() => packEntries([{ ...bare, openBalances: [{ currency: 'USD', amountMinor: 10.5 }] }])).toThrow(/cannot store: 10.5/);
  });

  it('refuse a shard cut short rather than invent an entry', () => {
    const packed = packEntries([full]);
    expect(() => unpackEntries({ ...packed, numbers: packed.numbers.slice(0, packed.numbers.length - 3) })).toThrow(/middle of an entry/);
  });

  it('refuse a shard that points at a string it does not hold', () => {
    const packed = packEntries([full]);
    expect(() => unpackEntries({ ...packed, strings: packed.strings.slice(0, 3) })).toThrow(/does not hold/);
  });

  it('change their stored bytes only with a new digestFormat', () => {
    // Shards of the current format are read as they are: a change to how entries are packed
    // must raise digestFormat (model.ts), or a stored digest would unpack into wrong values
    // without an error. When this fails, raise digestFormat, then take the new figures here.
    const packed = packEntries([full, bare]);
    let hash = 2_166_136_261;
    for (const byte of [...packed.numbers, ...new TextEncoder().encode(packed.strings.join('\u0000'))])
      hash = Math.imul(hash ^ byte, 16_777_619) >>> 0;
    expect({ digestFormat, bytes: packed.numbers.length, hash }).toEqual({ digestFormat: 9, bytes: 158, hash: 2_643_628_523 });
  });
});
