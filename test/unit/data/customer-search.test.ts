import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveContact } from '../../../renderer/contacts/contact-repository';
import { createCustomer, searchCustomers, updateCustomer } from '../../../renderer/customers/customer-repository';
import type { CallDeskDb } from '../../../renderer/data/db';
import { saveInvoice } from '../../../renderer/invoices/invoice-repository';
import { contactInput, customerInput, freshDb, invoiceInput, dropDb } from './fixtures';

const us = { defaultCountry: 'US' };

describe('searchCustomers', () => {
  let db: CallDeskDb;
  let acmeId: string;
  let heronId: string;

  beforeEach(async () => {
    db = freshDb();
    const acme = await createCustomer(db, customerInput());
    acmeId = acme.id;
    await saveContact(db, acme.id, contactInput());
    await saveInvoice(db, acme.id, invoiceInput({ number: 'INV-00123', amountMinor: 50_00 }));
    const heron = await createCustomer(db, customerInput({ legalName: 'Blue Heron Bakery', tradingName: '', accountNumber: 'BH-7' }));
    heronId = heron.id;
    await saveContact(
      db,
      heron.id,
      contactInput({ name: 'Ann Acker', phones: [{ label: 'mobile', number: '312-555-0199' }], emails: ['ann@heron.example'] }),
    );
    await saveInvoice(db, heron.id, invoiceInput({ number: 'B-2024/001', amountMinor: 900_00 }));
  });
  afterEach(() => dropDb(db));

  const ids = async (query: string) => (await searchCustomers(db, query, us)).map((c) => c.id);

  it('finds by a prefix of any word of the name', async () => {
    expect(await ids('acm')).toContain(acmeId);
    expect(await ids('hardw')).toEqual([acmeId]);
    expect(await ids('HERON')).toEqual([heronId]);
    expect(await ids('zebra')).toEqual([]);
  });

  it('needs every word of the query to match something', async () => {
    expect(await ids('blue bak')).toEqual([heronId]);
    expect(await ids('blue hardware')).toEqual([]);
  });

  it('finds a stored phone number however it is typed', async () => {
    for (const typed of ['(415) 555-0134', '415.555.0134', '+1 415 555 0134', '5550134', '415555']) {
      expect(await ids(typed), typed).toEqual([acmeId]);
    }
    expect(await ids('312 555 0199')).toEqual([heronId]);
  });

  it('finds by email, ignoring case, and by a prefix of it', async () => {
    expect(await ids('jane.doe@acme.example')).toEqual([acmeId]);
    expect(await ids('JANE.DOE@')).toEqual([acmeId]);
    expect(await ids('ann@heron')).toEqual([heronId]);
  });

  it('finds by invoice number with or without its punctuation', async () => {
    expect(await ids('INV-00123')).toEqual([acmeId]);
    expect(await ids('inv00123')).toEqual([acmeId]);
    expect(await ids('b-2024/001')).toEqual([heronId]);
  });

  it("finds by the invoice number's digits without its prefix", async () => {
    await saveInvoice(db, acmeId, invoiceInput({ number: 'INV-10263', amountMinor: 20_00 }));
    expect(await ids('10263')).toEqual([acmeId]);
    expect(await ids('1026')).toEqual([acmeId]);
    // Leading zeros may be left out; a number with several digit runs is found by all of them.
    expect(await ids('123')).toEqual([acmeId]);
    expect(await ids('2024001')).toEqual([heronId]);
  });

  it('matches a name and an invoice number typed together', async () => {
    expect(await ids('heron 2024')).toEqual([heronId]);
    expect(await ids('acme 00123')).toEqual([acmeId]);
    expect(await ids('acme 2024')).toEqual([]);
  });

  it("settles a name and a number whose invoices are too many to read whole by the account's own invoices", async () => {
    // Under "2" the invoices' index holds more entries than is worth reading for one candidate.
    for (let n = 0; n < 20; n++)
      await saveInvoice(db, acmeId, invoiceInput({ number: `2${String(n).padStart(3, '0')}`, amountMinor: 10_00 }));
    expect(await ids('heron 2')).toEqual([heronId]);
    expect(await ids('heron 9')).toEqual([]);
    expect(await ids('hardware 20')).toEqual([acmeId]);
  });

  it('puts an invoice whose number is exactly what was typed before longer keys under it', async () => {
    // Both accounts' phones have keys starting 555; a third account has invoice 555.
    const shop = await createCustomer(db, customerInput({ legalName: 'Corner Shop', tradingName: '', accountNumber: 'CS-1' }));
    await saveInvoice(db, shop.id, invoiceInput({ number: '555', amountMinor: 5_00 }));
    expect((await searchCustomers(db, '555', { ...us, limit: 1 })).map((c) => c.id)).toEqual([shop.id]);
    expect((await ids('555')).sort()).toEqual([acmeId, heronId, shop.id].sort());
  });

  it('follows an invoice whose number is changed', async () => {
    const invoice = (await db.invoices.where('customerId').equals(heronId).first())!;
    await saveInvoice(db, heronId, invoiceInput({ number: 'HB-777', amountMinor: 900_00 }), invoice.id);
    expect(await ids('b-2024/001')).toEqual([]);
    expect(await ids('HB-777')).toEqual([heronId]);
    expect(await ids('777')).toEqual([heronId]);
  });

  it('forgives one slip in a name when nothing matches as typed', async () => {
    const harbor = await createCustomer(db, customerInput({ legalName: 'Harbor Point Marine', tradingName: '', accountNumber: 'HP-1' }));
    for (const typed of ['Harbour', 'harbr', 'Harbor Pont', 'marien']) {
      expect(await ids(typed), typed).toEqual([harbor.id]);
    }
    // A word the names do not hold may be one of the account's invoice numbers.
    await saveInvoice(db, harbor.id, invoiceInput({ number: 'HP-0042', amountMinor: 5_00 }));
    expect(await ids('Harbour 42')).toEqual([harbor.id]);
    expect(await ids('Harbour 43')).toEqual([]);
    // Every word must still match: a slip is forgiven, a wrong word is not.
    expect(await ids('Harbour bakery')).toEqual([]);
    // Swapped second and third letters are forgiven; short words and first letters are not.
    expect(await ids('Hrabor Piont')).toEqual([harbor.id]);
    expect(await ids('hra')).toEqual([]);
    expect(await ids('Jarbor')).toEqual([]);
  });

  it('keeps to exact matches when there are any', async () => {
    await createCustomer(db, customerInput({ legalName: 'Harbor Supplies', tradingName: '', accountNumber: 'HS-1' }));
    const harbour = await createCustomer(db, customerInput({ legalName: 'Harbour Lights', tradingName: '', accountNumber: 'HL-1' }));
    expect(await ids('harbour')).toEqual([harbour.id]);
  });

  it('finds by account number and contact name', async () => {
    expect(await ids('AC-1001')).toEqual([acmeId]);
    expect(await ids('jane')).toEqual([acmeId]);
  });

  it('ranks name matches first, then larger balances', async () => {
    // "ac" prefixes Acme (name) and Ann Acker (a contact of the larger account).
    expect(await ids('ac')).toEqual([acmeId, heronId]);
    expect(await ids('ack')).toEqual([heronId]);
  });

  it('returns the first customers by name for an empty query, up to the limit', async () => {
    const all = await searchCustomers(db, '  ', { ...us, limit: 1 });
    expect(all.map((c) => c.legalName)).toEqual(['Acme Hardware Ltd']);
  });

  it('fills the limit with distinct customers when one customer has several keys under the query', async () => {
    // Index order under "harbor": harbora and harborb (both the first customer's), then harborc.
    const first = await createCustomer(db, customerInput({ legalName: 'Harbora Harborb', tradingName: '', accountNumber: 'H-1' }));
    const second = await createCustomer(db, customerInput({ legalName: 'Harborc', tradingName: '', accountNumber: 'H-2' }));
    const found = await searchCustomers(db, 'harbor', { ...us, limit: 2 });
    expect(found.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    // Without a second key in the way, the first rows of the range are the answer.
    expect((await searchCustomers(db, 'harborc', { ...us, limit: 2 })).map((c) => c.id)).toEqual([second.id]);
  });

  it('follows a renamed customer', async () => {
    await updateCustomer(db, heronId, customerInput({ legalName: 'Kestrel Foods', tradingName: '', accountNumber: 'BH-7' }));
    expect(await ids('bakery')).toEqual([]);
    expect(await ids('kestrel')).toEqual([heronId]);
    // Keys from its contacts and invoices survive the rename.
    expect(await ids('312 555 0199')).toEqual([heronId]);
  });
});
