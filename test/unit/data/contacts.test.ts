import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteContact, saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, getCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import { defaultSettings } from '../../../shared/settings/schema';
import { at, contactInput, customerInput, freshDb, useFreshDb, dropDb } from './fixtures';

describe('contacts', () => {
  let db: CallDeskDb;
  let customerId: string;
  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
  });
  afterEach(() => dropDb(db));

  it('fills each phone E.164 with the default country from the settings', async () => {
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'GB' });
    const contact = await saveContact(
      db,
      customerId,
      contactInput({
        phones: [
          { label: 'office', number: '020 7946 0000' },
          { label: 'mobile', number: '+1 415 555 0134' },
          { label: 'other', number: 'ext 123' },
        ],
      }),
    );
    expect(contact.phones.map((p) => p.e164)).toEqual(['+442079460000', '+14155550134', null]);
  });

  it('keeps the primary phone on the contact who authorises payment, else the first contact', async () => {
    await saveContact(db, customerId, contactInput({ name: 'First', phones: [{ label: 'office', number: '415-555-0001' }] }), undefined, {
      now: at('2024-01-01T00:00:00.000Z'),
    });
    expect(await getCustomer(db, customerId)).toMatchObject({ primaryPhone: '415-555-0001' });

    const payer = await saveContact(
      db,
      customerId,
      contactInput({ name: 'Payer', authorisesPayment: true, phones: [{ label: 'direct', number: '415-555-0002' }] }),
      undefined,
      { now: at('2024-01-02T00:00:00.000Z') },
    );
    expect(await getCustomer(db, customerId)).toMatchObject({ primaryPhone: '415-555-0002' });

    const edited = await saveContact(
      db,
      customerId,
      contactInput({ name: 'Payer', authorisesPayment: false, phones: [{ label: 'direct', number: '415-555-0002' }] }),
      payer.id,
    );
    expect(edited).toMatchObject({ id: payer.id, createdAt: payer.createdAt });
    expect(await getCustomer(db, customerId)).toMatchObject({ primaryPhone: '415-555-0001' });
  });

  it('updates the search keys when a contact is edited or deleted', async () => {
    const contact = await saveContact(db, customerId, contactInput({ name: 'Jane Doe', emails: [] }));
    expect((await getCustomer(db, customerId))!.searchKeys).toContain('jane');
    await saveContact(db, customerId, contactInput({ name: 'Janet Roe', emails: [] }), contact.id);
    const keys = (await getCustomer(db, customerId))!.searchKeys;
    expect(keys).toContain('roe');
    expect(keys).not.toContain('doe');

    expect(await deleteContact(db, contact.id)).toMatchObject({ id: contact.id });
    expect(await getCustomer(db, customerId)).toMatchObject({ primaryPhone: null });
    expect((await getCustomer(db, customerId))!.searchKeys).not.toContain('roe');
    expect(await deleteContact(db, contact.id)).toBeUndefined();
  });

  it("refuses to edit another customer's contact", async () => {
    const otherId = (await createCustomer(db, customerInput({ legalName: 'Other' }))).id;
    const foreign = await saveContact(db, otherId, contactInput());
    await expect(saveContact(db, customerId, contactInput({ name: 'Hijack' }), foreign.id)).rejects.toThrow(/no longer exists/);
    expect(await db.contacts.get(foreign.id)).toMatchObject({ name: 'Jane Doe', customerId: otherId });
  });

  it('lets a ZodError reach the form', async () => {
    await expect(saveContact(db, customerId, contactInput({ emails: ['not an email'] }))).rejects.toMatchObject({ name: 'ZodError' });
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('settings', () => {
  let db: CallDeskDb;
  useFreshDb((opened) => (db = opened));

  it('returns the defaults until saved, then what was saved', async () => {
    expect(await getSettings(db)).toEqual(defaultSettings);
    const mine = { ...defaultSettings, companyName: 'Ledger & Co', defaultCountry: 'CA' };
    await saveSettings(db, mine);
    expect(await getSettings(db)).toEqual(mine);
  });

  it('refuses invalid settings with a ZodError and keeps the old ones', async () => {
    await expect(saveSettings(db, { ...defaultSettings, currency: 'dollars' })).rejects.toMatchObject({ name: 'ZodError' });
    expect(await getSettings(db)).toEqual(defaultSettings);
  });
});
