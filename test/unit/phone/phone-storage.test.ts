// Phone numbers are read once, when saved, with the country chosen then: a later change of the
// settings' phone country never changes how a stored number is dialled, shown or found.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCall } from '../../../renderer/calls/call-repository';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, searchCustomers } from '../../../renderer/customers/customer-repository';
import { refreshCustomerSummary } from '../../../renderer/data/customer-summary';
import type { CallDeskDb } from '../../../renderer/data/db';
import { getSettings, saveSettings } from '../../../renderer/settings/settings-repository';
import { callPhoneShown } from '../../../shared/calls/call-phone';
import { formatPhone, phoneSearchKeys, storePhone, telUrlOf } from '../../../shared/phone/phone';
import { callbackNumberShown } from '../../../shared/settings/callback-number';
import { defaultSettings } from '../../../shared/settings/schema';
import { contactInput, customerInput, freshDb, dropDb } from '../data/fixtures';

describe('stored phone numbers (pure)', () => {
  const us = storePhone('(415) 555-0134', 'US');
  const gb = storePhone('020 7946 0321', 'GB');

  it('keeps the text as typed beside the E.164 read with the country given', () => {
    expect(us).toEqual({ number: '(415) 555-0134', e164: '+14155550134' });
    expect(gb).toEqual({ number: '020 7946 0321', e164: '+442079460321' });
    expect(storePhone('ask reception', 'US')).toEqual({ number: 'ask reception', e164: null });
  });

  it('shows numbers of the office country nationally and all others internationally', () => {
    expect(formatPhone(us, 'US')).toBe('(415) 555-0134');
    expect(formatPhone(gb, 'US')).toBe('+44 20 7946 0321');
    expect(formatPhone(us, 'GB')).toBe('+1 415 555 0134');
    expect(formatPhone(gb, 'GB')).toBe('020 7946 0321');
    // Never parsed: shown as typed.
    expect(formatPhone({ number: ' 555 12 ', e164: null }, 'US')).toBe('555 12');
  });

  it('dials and indexes the stored E.164, not the text read with another country', () => {
    // The text "(415) 555-0134" means nothing in GB; the stored form still says +1.
    expect(telUrlOf(us)).toBe('tel:+14155550134');
    expect(phoneSearchKeys(us)).toEqual(expect.arrayContaining(['4155550134', '14155550134', '5550134']));
    expect(phoneSearchKeys(gb)).toEqual(expect.arrayContaining(['2079460321', '442079460321', '02079460321']));
  });

  it("shows a call's number by the same rule, and the settings' callback number too", () => {
    expect(callPhoneShown({ phoneNumber: '020 7946 0321', phoneE164: '+442079460321' }, 'US')).toBe('+44 20 7946 0321');
    expect(callPhoneShown({ phoneNumber: null, phoneE164: null }, 'US')).toBeNull();
    expect(callbackNumberShown({ callbackNumber: '4155550100', callbackNumberE164: '+14155550100', defaultCountry: 'US' })).toBe(
      '(415) 555-0100',
    );
    expect(callbackNumberShown({ callbackNumber: '4155550100', callbackNumberE164: '+14155550100', defaultCountry: 'GB' })).toBe(
      '+1 415 555 0100',
    );
    expect(callbackNumberShown({ callbackNumber: '', callbackNumberE164: null, defaultCountry: 'US' })).toBe('');
  });
});

describe('changing the phone country', () => {
  let db: CallDeskDb;
  let customerId: string;
  beforeEach(async () => {
    db = freshDb();
    customerId = (await createCustomer(db, customerInput())).id;
  });
  afterEach(() => dropDb(db));

  it('keeps stored numbers as they were read, and reads new ones with the new country', async () => {
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'US' });
    const before = await saveContact(db, customerId, contactInput({ phones: [{ label: 'office', number: '415 555 0134' }] }));
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'GB' });

    // A write that refreshes the summary after the switch (here: an explicit refresh).
    const row = await refreshCustomerSummary(db, customerId);
    expect(row.primaryPhoneE164).toBe('+14155550134');
    expect(row.searchKeys).toEqual(expect.arrayContaining(['4155550134', '14155550134']));
    expect(await db.contacts.get(before.id)).toMatchObject({ phones: [{ number: '415 555 0134', e164: '+14155550134' }] });

    const added = await saveContact(
      db,
      customerId,
      contactInput({ name: 'Lee Brown', phones: [{ label: 'direct', number: '020 7946 0321' }] }),
    );
    expect(added.phones[0]!.e164).toBe('+442079460321');
    // Both are still found, each by the digits of its own country.
    expect((await searchCustomers(db, '(415) 555-0134', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual([customerId]);
    expect((await searchCustomers(db, '020 7946 0321', { defaultCountry: 'GB' })).map((c) => c.id)).toEqual([customerId]);
  });

  it('re-reads a number only when its text is edited', async () => {
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'US' });
    const saved = await saveContact(db, customerId, contactInput({ phones: [{ label: 'office', number: '415 555 0134' }] }));
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'GB' });
    const edited = await saveContact(
      db,
      customerId,
      contactInput({
        role: 'Owner',
        phones: [
          { label: 'office', number: '415 555 0134' },
          { label: 'mobile', number: '07700 900123' },
        ],
      }),
      saved.id,
    );
    expect(edited.phones.map((p) => p.e164)).toEqual(['+14155550134', '+447700900123']);
  });

  it('records on the call the E.164 it was dialled with', async () => {
    const call = await startCall(db, {
      customerId,
      contactId: null,
      phoneNumber: '415 555 0134',
      phoneE164: '+14155550134',
      dialled: true,
      scriptId: 'collection-call',
    });
    expect(await db.calls.get(call.id)).toMatchObject({ phoneNumber: '415 555 0134', phoneE164: '+14155550134' });
  });

  it('reads the callback number once, with the country saved with it', async () => {
    await saveSettings(db, { ...defaultSettings, defaultCountry: 'US', callbackNumber: '415 555 0100' });
    expect((await getSettings(db)).callbackNumberE164).toBe('+14155550100');
    await saveSettings(db, { ...(await getSettings(db)), defaultCountry: 'GB' });
    expect((await getSettings(db)).callbackNumberE164).toBe('+14155550100');
    await saveSettings(db, { ...(await getSettings(db)), callbackNumber: '020 7946 0100' });
    expect((await getSettings(db)).callbackNumberE164).toBe('+442079460100');
  });
});
