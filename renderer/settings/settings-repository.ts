// The app's settings: one row in the settings table, defaults until the user saves.
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { settingsKey } from '../data/schema-versions';

export async function getSettings(db: CallDeskDb): Promise<Settings> {
  const row = await db.settings.get(settingsKey);
  if (!row) return { ...defaultSettings };
  // Fields added in a later release fall back to their defaults instead of failing the app.
  const parsed = settingsSchema.safeParse({ ...defaultSettings, ...row.value });
  return parsed.success ? parsed.data : { ...defaultSettings };
}

/** Stores the settings (a ZodError reaches the form). Phone search keys are not rewritten. */
export async function saveSettings(db: CallDeskDb, settings: Settings): Promise<Settings> {
  const value = settingsSchema.parse(settings);
  await db.settings.put({ key: settingsKey, value });
  return value;
}
