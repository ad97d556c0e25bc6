// First run: a new installation opens on realistic demo accounts (removable from Settings), so
// the bookkeeper can try every screen before entering real data.
import { todayIn } from '../../shared/dates/calendar';
import { createDemoData } from '../../shared/demo/demo-data';
import { bulkLoad, hasAnyCustomer } from '../data/bulk-load';
import type { CallDeskDb } from '../data/db';
import { getSettings } from '../settings/settings-repository';

const firstRunKey = 'firstRunCompletedAt';

export async function prepareFirstRun(db: CallDeskDb, now: Date): Promise<void> {
  await db.open();
  if (await db.meta.get(firstRunKey)) return;
  // One transaction: a crash half-way through seeding leaves neither demo rows nor the flag.
  await db.transaction('rw', db.tables, async () => {
    if (await db.meta.get(firstRunKey)) return;
    if (!(await hasAnyCustomer(db))) {
      const settings = await getSettings(db);
      const data = createDemoData({ today: todayIn(settings.officeTimeZone, now), now, currency: settings.currency });
      await bulkLoad(db, data, { defaultCountry: settings.defaultCountry });
    }
    await db.meta.put({ key: firstRunKey, value: now.toISOString() });
  });
}
