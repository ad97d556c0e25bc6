// The e-mail templates setting and the older promise confirmation it replaces: old settings rows
// and backups still load (read and restore both parse them), wording the user had changed moves
// to the 'promise-confirmation' template with each old placeholder written as its merge field,
// and wording left as it shipped gives way to the new built-in confirmation.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { settingsKey } from '../../../renderer/data/schema-versions';
import type { CallDeskDb } from '../../../renderer/data/db';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import { checkRestoreRows } from '../../../shared/backup/check-restore-rows';
import { emailTemplateInUseById } from '../../../shared/email/templates-in-use';
import {
  convertLegacyWording,
  legacyConfirmationDefaults,
  legacyPlaceholderFields,
  moveLegacyConfirmation,
} from '../../../shared/settings/legacy-confirmation';
import { defaultSettings, settingsSchema, storedSettingsSchema } from '../../../shared/settings/schema';
import { checkTemplate, mergeFieldByName } from '../../../shared/templates';
import { dropDb, freshDb } from '../data/fixtures';

/** A settings row as the release before the e-mail templates stored it. */
function olderRow(confirmation: { subject: string; body: string } = legacyConfirmationDefaults): Record<string, unknown> {
  const { emailTemplates: _notYet, ...rest } = defaultSettings;
  return { ...rest, companyName: 'Brightside Plumbing', confirmationSubject: confirmation.subject, confirmationBody: confirmation.body };
}

const custom = {
  subject: 'Our agreement: {amount} on {date}',
  body: 'Dear {contactName},\n{customerName} pays {amount} by {method} for {invoiceNumbers}.\n{instalmentPlan}\nCall {callerName} at {companyName} on {callbackNumber}. Pay {howToPay}. Ref {accountNumber}.',
};

let db: CallDeskDb | null = null;
afterEach(async () => {
  if (db) await dropDb(db);
  db = null;
});

describe('the older confirmation placeholders', () => {
  it('each become a merge field that exists', () => {
    for (const [name, field] of Object.entries(legacyPlaceholderFields)) {
      expect(mergeFieldByName(field)?.name, name).toBe(field);
    }
    expect(checkTemplate(convertLegacyWording(legacyConfirmationDefaults.body), 'email')).toEqual([]);
  });

  it('are written as merge fields; anything else stays as typed', () => {
    expect(convertLegacyWording(custom.subject)).toBe('Our agreement: {promise.amount} on {promise.lastDate}');
    expect(convertLegacyWording(custom.body)).toBe(
      'Dear {contact.name},\n{customer.legalName} pays {promise.amount} by {promise.method} for {promise.invoices}.\n{promise.instalments}\n' +
        'Call {caller.name} at {company.name} on {company.callbackNumber}. Pay {company.howToPay}. Ref {accountNumber}.',
    );
    // An unknown one was sent as typed before: now it is a problem the user sees in Settings.
    expect(checkTemplate(convertLegacyWording(custom.body), 'email').map((p) => p.code)).toEqual(['unknown-field']);
    expect(convertLegacyWording('{constructor} {toString} { amount }')).toBe('{constructor} {toString} { amount }');
  });
});

describe('reading stored settings', () => {
  it('loads an older row, moving the user’s confirmation wording to the e-mail templates', () => {
    const settings = storedSettingsSchema.parse(olderRow(custom));
    expect(settings).not.toHaveProperty('confirmationSubject');
    expect(settings).not.toHaveProperty('confirmationBody');
    expect(settings.companyName).toBe('Brightside Plumbing');
    expect(settings.emailTemplates).toEqual({
      'promise-confirmation': { subject: convertLegacyWording(custom.subject), body: convertLegacyWording(custom.body) },
    });
    const inUse = emailTemplateInUseById('promise-confirmation', settings.emailTemplates);
    expect(inUse).toMatchObject({ edited: true, subject: 'Our agreement: {promise.amount} on {promise.lastDate}' });
  });

  it('drops wording left as it shipped, so the new built-in confirmation is used', () => {
    const settings = storedSettingsSchema.parse(
      olderRow({ ...legacyConfirmationDefaults, body: `${legacyConfirmationDefaults.body}\r\n` }),
    );
    expect(settings.emailTemplates).toEqual({});
    expect(emailTemplateInUseById('promise-confirmation', settings.emailTemplates)?.edited).toBe(false);
  });

  it('keeps wording already chosen in the new section over the old section’s', () => {
    const chosen = { subject: 'Thanks: {promise.amount}', body: 'Hello {contact.firstName}.' };
    const settings = storedSettingsSchema.parse({ ...olderRow(custom), emailTemplates: { 'promise-confirmation': chosen } });
    expect(settings.emailTemplates).toEqual({ 'promise-confirmation': chosen });
  });

  it('still loads when the converted wording no longer fits, using the built-in confirmation', () => {
    const long = { subject: custom.subject, body: '{date} '.repeat(570) };
    expect(long.body.length).toBeLessThanOrEqual(4000);
    const settings = storedSettingsSchema.parse(olderRow(long));
    expect(settings.emailTemplates).toEqual({});
    expect(moveLegacyConfirmation('not settings')).toBe('not settings');
  });

  it('reads an older row from the database and stores it in the new shape at the next save', async () => {
    db = freshDb();
    await db.settings.put({ key: settingsKey, value: olderRow(custom) as never });
    const read = await getSettings(db);
    expect(read.companyName).toBe('Brightside Plumbing');
    expect(Object.keys(read.emailTemplates)).toEqual(['promise-confirmation']);
    await saveSettings(db, { ...read, callerName: 'Ana Costa' });
    const stored = (await db.settings.get(settingsKey))?.value as Record<string, unknown>;
    expect(stored).not.toHaveProperty('confirmationBody');
    expect(stored.emailTemplates).toEqual(read.emailTemplates);
    expect(settingsSchema.parse(stored).callerName).toBe('Ana Costa');
  });
});

describe('restoring a backup', () => {
  it('accepts settings rows from before and after the e-mail templates, and refuses a broken template', () => {
    const rows = (value: unknown) => checkRestoreRows({ settings: [{ key: 'app', value }] }).problems;
    expect(rows(olderRow(custom))).toEqual([]);
    expect(rows(olderRow())).toEqual([]);
    expect(rows({ ...defaultSettings, emailTemplates: { 'payment-reminder': { subject: 'Hi', body: 'Pay {account.pastDue}' } } })).toEqual(
      [],
    );
    const broken = rows({ ...defaultSettings, emailTemplates: { 'payment-reminder': { subject: '', body: 'Pay' } } });
    expect(broken).toHaveLength(1);
    expect(broken[0]?.reason).toContain('Email subject is required.');
  });
});
