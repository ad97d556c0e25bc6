// A digest entry is stored as arrays of plain values (fast for IndexedDB to read back) and is the
// same entry again once unpacked.
import { describe, expect, it } from 'vitest';
import type { AccountDigestEntry } from '../../../shared/account-digest/model';
import { packEntry, unpackEntry } from '../../../shared/account-digest/packed';

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
};

/** Whether a stored value holds any object other than arrays (what made the old layout slow to read). */
function holdsObjects(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsObjects);
  return value !== null && typeof value === 'object';
}

describe('a packed digest entry', () => {
  it.each([
    ['with every list and flag', full],
    ['with nothing in its lists', bare],
  ])('unpacks to the same entry, %s', (_, entry) => {
    const packed = packEntry(entry);
    expect(unpackEntry(packed)).toEqual(entry);
    // Through a structured clone, as IndexedDB stores it.
    expect(unpackEntry(structuredClone(packed))).toEqual(entry);
  });

  it('is stored as arrays of plain values only', () => {
    expect(holdsObjects(packEntry(full))).toBe(false);
  });
});
