// Which stored Today facts a reader may use, and which a store may leave in place.
import { describe, expect, it } from 'vitest';
import {
  basisHolds,
  storedIsAsGood,
  storedTodayFactsFormat,
  type TodayFactsBasis,
  type TodayFactsStamp,
} from '../../../shared/today/stored-facts';

const basis: TodayFactsBasis = {
  format: storedTodayFactsFormat('1.2.0'),
  officeToday: '2026-06-17',
  settingsKey: 'America/Chicago|2',
  revisions: ['a', 'b'],
  computedAt: '2026-06-17T15:00:00.000Z',
};
const stamp: TodayFactsStamp = { ...basis, key: 'stamp', id: 'x' };
const wanted = {
  format: basis.format,
  officeToday: basis.officeToday,
  settingsKey: basis.settingsKey,
  revisions: ['a', 'b'],
  nowIso: '2026-06-17T16:00:00.000Z',
};

describe('stored Today facts', () => {
  it('hold only for the same format, day, settings and revisions, from their time on', () => {
    expect(basisHolds(basis, wanted)).toBe(true);
    expect(basisHolds(basis, { ...wanted, format: storedTodayFactsFormat('1.2.1') })).toBe(false);
    expect(basisHolds(basis, { ...wanted, officeToday: '2026-06-18' })).toBe(false);
    expect(basisHolds(basis, { ...wanted, settingsKey: 'America/Chicago|3' })).toBe(false);
    expect(basisHolds(basis, { ...wanted, revisions: ['a', 'c'] })).toBe(false);
    expect(basisHolds(basis, { ...wanted, revisions: ['a'] })).toBe(false);
    expect(basisHolds({ ...basis, revisions: ['', 'b'] }, { ...wanted, revisions: ['', 'b'] })).toBe(false);
    expect(basisHolds(basis, { ...wanted, nowIso: '2026-06-17T14:59:59.999Z' })).toBe(false);
    expect(basisHolds(undefined, wanted)).toBe(false);
  });

  it('are stored over a stamp that says less, and not over one as good or of a later day', () => {
    expect(storedIsAsGood(undefined, basis)).toBe(false);
    expect(storedIsAsGood(stamp, basis)).toBe(true);
    expect(storedIsAsGood({ ...stamp, computedAt: '2026-06-17T14:00:00.000Z' }, basis)).toBe(true);
    // Worked out by a clock that was ahead: no reader on the right time can use it.
    expect(storedIsAsGood({ ...stamp, computedAt: '2026-06-17T16:00:00.000Z' }, basis)).toBe(false);
    expect(storedIsAsGood({ ...stamp, revisions: ['a', 'old'] }, basis)).toBe(false);
    expect(storedIsAsGood({ ...stamp, format: storedTodayFactsFormat('1.1.0') }, basis)).toBe(false);
    expect(storedIsAsGood({ ...stamp, settingsKey: 'America/Chicago|3' }, basis)).toBe(false);
    expect(storedIsAsGood({ ...stamp, officeToday: '2026-06-16' }, basis)).toBe(false);
    expect(storedIsAsGood({ ...stamp, officeToday: '2026-06-18', revisions: ['z', 'z'] }, basis)).toBe(true);
  });
});
