// First run: a new installation opens on a short setup (who we are, how customers pay, the
// regional settings pre-filled from the computer), then either realistic demo accounts to try
// every screen with (removable from Settings) or an empty list for the office's own data.
import { todayIn } from '../../shared/dates/calendar';
import type { Settings } from '../../shared/settings/schema';
import { bulkLoad, hasAnyCustomer } from '../data/bulk-load';
import type { CallDeskDb } from '../data/db';
import { settingsKey } from '../data/schema-versions';
import { saveSettings } from '../settings/settings-repository';

const firstRunKey = 'firstRunCompletedAt';

export type StartWith = 'demo' | 'own';

/**
 * True once the setup was completed (or the installation predates it). Before that the app
 * shows the setup and nothing else. An installation from before the setup that never saved
 * its settings keeps `computer` as its settings from now on, so its office zone stays put.
 */
export async function isSetUp(db: CallDeskDb, computer: Settings): Promise<boolean> {
  await db.open();
  if (!(await db.meta.get(firstRunKey))) return false;
  if (!(await db.settings.get(settingsKey))) {
    await db.transaction('rw', db.settings, async () => {
      if (!(await db.settings.get(settingsKey))) await saveSettings(db, computer);
    });
  }
  return true;
}

/**
 * Saves the settings, seeds the demo accounts if asked, and marks the first run done, in one
 * transaction: a crash or a reload half-way leaves none of it, and the setup shows again.
 */
export async function completeSetup(db: CallDeskDb, input: { settings: Settings; startWith: StartWith }, now: Date): Promise<Settings> {
  await db.open();
  // The demo accounts' code is loaded only by a setup that asks for them, and before the
  // transaction: awaiting anything but the database inside it would end it early.
  const demo = input.startWith === 'demo' ? await import('../../shared/demo/demo-data') : null;
  return db.transaction('rw', db.tables, async () => {
    if (await db.meta.get(firstRunKey)) throw new Error('Call Desk is already set up: reload the window.');
    const settings = await saveSettings(db, input.settings);
    if (demo && !(await hasAnyCustomer(db))) {
      const data = demo.createDemoData({ today: todayIn(settings.officeTimeZone, now), now, currency: settings.currency });
      await bulkLoad(db, data, { defaultCountry: settings.defaultCountry });
    }
    await db.meta.put({ key: firstRunKey, value: now.toISOString() });
    return settings;
  });
}
