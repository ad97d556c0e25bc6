// Today's facts kept for one office day beside the account digest (in its table), so a window just
// opened ranks the queue from one record instead of reading and unpacking every shard. They are a
// pure function of the digest's entries, the office's date and two settings, so they hold while
// all of those are what they were worked out from: the stamp says which, and is checked in the
// same transaction as the digest's revisions and marks.
import { digestFormat } from '../account-digest/model';
import type { CalendarDate } from '../dates/calendar';
import type { Settings } from '../settings/schema';
import { nameCollation } from './name-order';
import type { PackedTodayFacts } from './packed-facts';

/** Raise with any change to how the facts are packed (packed-facts.ts). */
export const todayFactsFormat = 2;

/**
 * The format a stamp must carry: the digest's, the facts' own, and the app's version. The facts
 * hold what the code of the day worked out (promise states, what counts as past due), so facts
 * stored by another version are worked out again by this one, however small the update. And
 * the names' order of the collator's locale, so a change of the system's locale orders them anew.
 */
export function storedTodayFactsFormat(appVersion: string): string {
  return `${digestFormat}.${todayFactsFormat}@${appVersion}#${nameCollation}`;
}

export const todayFactsStampKey = 'account-digest:today-facts-stamp';
export const todayFactsKey = 'account-digest:today-facts';

/** What a set of Today facts was worked out from. */
export interface TodayFactsBasis {
  format: string;
  officeToday: CalendarDate;
  /** The settings the facts depend on (todayFactsSettingsKey). */
  settingsKey: string;
  /** The digest's shard revisions they were worked out from. */
  revisions: string[];
  /** When (UTC ISO): a clock set back before it cannot use them. */
  computedAt: string;
}

/** The stored facts' basis: small, read with the digest's revisions and marks. */
export interface TodayFactsStamp extends TodayFactsBasis {
  key: string;
  /** A new id with every write; the body carries the same. */
  id: string;
}

/** The facts themselves (shared/today/packed-facts.ts). */
export interface StoredTodayFacts extends PackedTodayFacts {
  key: string;
  id: string;
}

export function todayFactsSettingsKey(settings: Pick<Settings, 'officeTimeZone' | 'promiseGraceDays'>): string {
  return `${settings.officeTimeZone}|${settings.promiseGraceDays}`;
}

export interface TodayFactsWanted {
  /** storedTodayFactsFormat of the app reading. */
  format: string;
  officeToday: CalendarDate;
  settingsKey: string;
  /** The digest's revisions as stored now. */
  revisions: readonly string[];
  nowIso: string;
}

/** Whether facts worked out on `basis` are the ones the digest would give now. */
export function basisHolds<T extends TodayFactsBasis>(basis: T | undefined, wanted: TodayFactsWanted): basis is T {
  return (
    basis !== undefined &&
    basis.format === wanted.format &&
    basis.officeToday === wanted.officeToday &&
    basis.settingsKey === wanted.settingsKey &&
    basis.computedAt <= wanted.nowIso &&
    sameRevisions(basis.revisions, wanted.revisions)
  );
}

/**
 * Whether a store of facts on `basis` would lose nothing against the stamp already stored: the
 * stamp is for the same digest, settings and format on the same day and was worked out no later
 * (one worked out later was stored by a clock that was ahead), or it is for a later day.
 */
export function storedIsAsGood(stamp: TodayFactsStamp | undefined, basis: TodayFactsBasis): boolean {
  if (!stamp) return false;
  if (stamp.officeToday > basis.officeToday) return true;
  return (
    stamp.officeToday === basis.officeToday &&
    stamp.format === basis.format &&
    stamp.settingsKey === basis.settingsKey &&
    stamp.computedAt <= basis.computedAt &&
    sameRevisions(stamp.revisions, basis.revisions)
  );
}

/** The same revisions, shard by shard, none of them missing. */
export function sameRevisions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((revision, shard) => revision !== '' && revision === b[shard]);
}
