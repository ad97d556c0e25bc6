// The app's settings: one row in the settings table, defaults until the user saves.
import { callbackNumberE164For } from '../../shared/settings/callback-number';
import { defaultSettings, settingsSchema, storedSettingsSchema, type Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { settingsKey } from '../data/schema-versions';

export async function getSettings(db: CallDeskDb): Promise<Settings> {
  const row = await db.settings.get(settingsKey);
  if (!row) return { ...defaultSettings };
  // Fields added in a later release fall back to their defaults instead of failing the app; the
  // older confirmation wording is moved to the e-mail templates (kept that way at the next save).
  const parsed = storedSettingsSchema.safeParse({ ...defaultSettings, ...row.value });
  return parsed.success ? parsed.data : { ...defaultSettings };
}

/**
 * Stores the settings (a ZodError reaches the form). Stored phone numbers are never re-read: a
 * new phone country applies to numbers saved from now on. The callback number is read once, when
 * its text changes, with the phone country saved beside it.
 */
export async function saveSettings(db: CallDeskDb, settings: Settings): Promise<Settings> {
  const parsed = settingsSchema.parse(settings);
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(settingsKey))?.value ?? null;
    const { callbackNumberE164: _previous, ...rest } = parsed;
    const e164 = callbackNumberE164For(parsed, stored);
    // Kept only when there is one, so settings without a callback number stay as they were.
    const value: Settings = e164 === null ? rest : { ...rest, callbackNumberE164: e164 };
    await db.settings.put({ key: settingsKey, value });
    return value;
  });
}
