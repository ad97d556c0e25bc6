// The letter templates setting: settings rows and backups from before it still load (as no edited
// letter), a stored wording is read back as saved, and a broken one is refused by a restore
// with the reason, while a database row without the field reads and saves in the new shape.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallDeskDb } from '../../../renderer/data/db';
import { settingsKey } from '../../../renderer/data/schema-versions';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import { checkRestoreRows } from '../../../shared/backup/check-restore-rows';
import { letterTemplateInUseById } from '../../../shared/letters/letter-templates-in-use';
import { defaultSettings, settingsSchema, storedSettingsSchema } from '../../../shared/settings/schema';
import { dropDb, freshDb } from '../data/fixtures';

/** A settings row as the release before the letter templates stored it. */
function olderRow(): Record<string, unknown> {
  const { letterTemplates: _notYet, ...rest } = defaultSettings;
  return { ...rest, companyName: 'Brightside Plumbing' };
}

const own = {
  subject: 'Last call: {account.pastDue}',
  opening: 'We still wait for {account.pastDue}.',
  closing: 'Settle by {nextStep.date}.',
  signOff: 'With regret,',
};

let db: CallDeskDb | null = null;
afterEach(async () => {
  if (db) await dropDb(db);
  db = null;
});

describe('reading stored settings', () => {
  it('loads a row from before the letter templates as no edited letter', () => {
    const settings = storedSettingsSchema.parse(olderRow());
    expect(settings.letterTemplates).toEqual({});
    expect(settings.companyName).toBe('Brightside Plumbing');
    expect(letterTemplateInUseById('final-demand', settings.letterTemplates)?.edited).toBe(false);
  });

  it('reads a stored wording back as saved, and the letter in use with it', () => {
    const settings = storedSettingsSchema.parse({ ...olderRow(), letterTemplates: { 'final-demand': own } });
    expect(settings.letterTemplates).toEqual({ 'final-demand': own });
    expect(letterTemplateInUseById('final-demand', settings.letterTemplates)).toMatchObject({ ...own, edited: true });
  });

  it('refuses a wording missing a part or too long', () => {
    const { signOff: _none, ...noSignOff } = own;
    expect(settingsSchema.safeParse({ ...defaultSettings, letterTemplates: { 'final-demand': noSignOff } }).success).toBe(false);
    const long = { ...own, opening: 'x'.repeat(4001) };
    expect(settingsSchema.safeParse({ ...defaultSettings, letterTemplates: { 'final-demand': long } }).success).toBe(false);
  });

  it('reads an older row from the database and stores the new field at the next save', async () => {
    db = freshDb();
    await db.settings.put({ key: settingsKey, value: olderRow() as never });
    const read = await getSettings(db);
    expect(read.letterTemplates).toEqual({});
    await saveSettings(db, { ...read, letterTemplates: { 'payment-reminder': own } });
    const stored = (await db.settings.get(settingsKey))?.value as Record<string, unknown>;
    expect(stored.letterTemplates).toEqual({ 'payment-reminder': own });
    expect((await getSettings(db)).letterTemplates).toEqual({ 'payment-reminder': own });
  });
});

describe('restoring a backup', () => {
  it('accepts settings rows from before and after the letter templates, and refuses a broken template', () => {
    const rows = (value: unknown) => checkRestoreRows({ settings: [{ key: 'app', value }] }).problems;
    expect(rows(olderRow())).toEqual([]);
    expect(rows({ ...defaultSettings, letterTemplates: { 'final-demand': own } })).toEqual([]);
    const broken = rows({ ...defaultSettings, letterTemplates: { 'final-demand': { ...own, subject: '' } } });
    expect(broken).toHaveLength(1);
    expect(broken[0]?.reason).toContain('Letter heading is required.');
  });
});
