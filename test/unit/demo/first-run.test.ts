// The first-run setup's one write: settings, demo accounts (if asked) and the done flag land
// together or not at all, and an installation from before the setup keeps one office zone.
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../renderer/data/db';
import { completeSetup, isSetUp } from '../../../renderer/demo/first-run';
import { computerSettings } from '../../../renderer/settings/computer-defaults';
import { getSettings } from '../../../renderer/settings/settings-repository';
import { defaultSettings, type Settings } from '../../../shared/settings/schema';
import { freshDb, dropDb } from '../data/fixtures';

const now = new Date('2026-11-23T16:00:00.000Z');
const british = computerSettings({ timeZone: 'Europe/London', locales: ['en-GB'] });
const office: Settings = {
  ...british,
  companyName: 'Thornbury Joinery Ltd',
  companyAddress: '14 Mill Lane\nBristol BS1 4QA',
  paymentDetails: 'Avon Valley Bank, sort code 20-45-77, account 40112233',
  callerName: 'Priya Natarajan',
  callbackNumber: '0117 496 0123',
};

it('a new office starts with the computer’s region and blank company details', () => {
  expect(british).toMatchObject({
    officeTimeZone: 'Europe/London',
    currency: 'GBP',
    defaultCountry: 'GB',
    locale: 'en-GB',
    companyName: '',
    callerName: '',
  });
});

describe('first-run setup', () => {
  let db: CallDeskDb;
  afterEach(() => dropDb(db));

  it('saves the settings and the demo accounts together, once', async () => {
    db = freshDb();
    expect(await isSetUp(db, british)).toBe(false);
    await completeSetup(db, { settings: office, startWith: 'demo' }, now);
    expect(await isSetUp(db, british)).toBe(true);
    expect(await getSettings(db)).toMatchObject({ companyName: 'Thornbury Joinery Ltd', currency: 'GBP', officeTimeZone: 'Europe/London' });
    const customers = await db.customers.toArray();
    expect(customers.length).toBeGreaterThan(0);
    // The demo invoices are in the office's currency.
    expect(new Set((await db.invoices.toArray()).map((i) => i.currency))).toEqual(new Set(['GBP']));
    await expect(completeSetup(db, { settings: office, startWith: 'own' }, now)).rejects.toThrow('already set up');
  });

  it('with the office’s own data, the list starts empty', async () => {
    db = freshDb();
    await completeSetup(db, { settings: office, startWith: 'own' }, now);
    expect(await db.customers.count()).toBe(0);
    expect(await isSetUp(db, british)).toBe(true);
  });

  it('a refused save leaves nothing behind: no settings, no demo rows, no flag', async () => {
    db = freshDb();
    await expect(completeSetup(db, { settings: { ...office, currency: 'pounds' }, startWith: 'demo' }, now)).rejects.toThrow();
    expect(await db.customers.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await isSetUp(db, british)).toBe(false);
  });

  it('an installation from before the setup keeps the computer’s settings from then on', async () => {
    db = freshDb();
    await db.open();
    await db.meta.put({ key: 'firstRunCompletedAt', value: now.toISOString() });
    expect(await isSetUp(db, british)).toBe(true);
    expect(await getSettings(db)).toEqual({ ...defaultSettings, ...british });
    // A later start on a computer in another zone does not move the office.
    expect(await isSetUp(db, computerSettings({ timeZone: 'Asia/Tokyo', locales: ['ja-JP'] }))).toBe(true);
    expect((await getSettings(db)).officeTimeZone).toBe('Europe/London');
  });
});
