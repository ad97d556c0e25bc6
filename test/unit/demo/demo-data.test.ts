import { describe, expect, it } from 'vitest';
import { agingBucketFor, agingBuckets, computeAging, daysPastDue } from '../../../shared/aging/aging';
import { addDays } from '../../../shared/dates/calendar';
import { createDemoData, demoAnchorCustomerName, demoAnchorPhone } from '../../../shared/demo/demo-data';
import { normalizePhone } from '../../../shared/phone/phone';
import { defaultScript } from '../../../shared/scripts/default-script';
import { brokenReferences, duplicateIds, inconsistentBalances, schemaFailures } from './data-set-checks';

const today = '2025-03-12';
const now = new Date('2025-03-12T17:30:00.000Z');
const demo = createDemoData({ today, now });

describe('createDemoData', () => {
  it('produces records that pass their schemas, with valid references and unique ids', () => {
    expect(schemaFailures(demo)).toEqual([]);
    expect(brokenReferences(demo)).toEqual([]);
    expect(duplicateIds(demo)).toEqual([]);
  });

  it('keeps invoice balances consistent with the payments applied', () => {
    expect(inconsistentBalances(demo)).toEqual([]);
    expect(demo.invoices.some((i) => i.status === 'paid')).toBe(true);
    expect(demo.invoices.some((i) => i.status === 'open' && i.balanceMinor < i.amountMinor)).toBe(true);
  });

  it('has about forty demo accounts of both kinds across at least five time zones', () => {
    expect(demo.customers.length).toBeGreaterThanOrEqual(35);
    expect(demo.customers.every((c) => c.demo)).toBe(true);
    const kinds = demo.customers.map((c) => c.kind);
    expect(kinds.filter((k) => k === 'commercial').length).toBeGreaterThanOrEqual(25);
    expect(kinds.filter((k) => k === 'consumer').length).toBeGreaterThanOrEqual(8);
    expect(new Set(demo.customers.map((c) => c.timeZone)).size).toBeGreaterThanOrEqual(5);
    expect(demo.customers.every((c) => c.addresses.length > 0)).toBe(true);
  });

  it('fills every aging bucket', () => {
    const aging = computeAging(demo.invoices, today);
    for (const bucket of agingBuckets) expect(aging.buckets[bucket], bucket).toBeGreaterThan(0);
  });

  it('gives contacts roles, parseable fictional phones and example-domain emails', () => {
    for (const contact of demo.contacts) {
      const country = demo.customers.find((c) => c.id === contact.customerId)?.addresses[0]?.country ?? 'US';
      expect(contact.role).not.toBe('');
      expect(contact.phones.length).toBeGreaterThan(0);
      for (const phone of contact.phones) {
        expect(phone.e164, phone.number).toMatch(/^\+(1\d{3}5550[1]\d{2}|44(207946|161496|117496)0\d{3}|447700900\d{3})$/);
        // National UK forms only parse with the customer's own country as the default.
        expect(normalizePhone(phone.number, country).e164).toBe(phone.e164);
      }
      for (const email of contact.emails) expect(email).toMatch(/@([a-z]+\.)?example\.(com|org)$/);
    }
    const numbers = demo.contacts.flatMap((c) => c.phones.map((p) => p.e164));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('names at most one authoriser per account, and some usual contacts cannot authorise', () => {
    let usualNotAuthoriser = 0;
    let commercialWithOne = 0;
    for (const customer of demo.customers) {
      const contacts = demo.contacts.filter((c) => c.customerId === customer.id);
      expect(contacts.length).toBeGreaterThanOrEqual(1);
      expect(contacts.length).toBeLessThanOrEqual(3);
      const authorisers = contacts.filter((c) => c.authorisesPayment).length;
      expect(authorisers).toBeLessThanOrEqual(1);
      if (customer.kind === 'commercial' && authorisers === 1) commercialWithOne += 1;
      if (authorisers === 1 && !contacts[0]?.authorisesPayment) usualNotAuthoriser += 1;
    }
    expect(commercialWithOne).toBeGreaterThanOrEqual(25);
    expect(usualNotAuthoriser).toBeGreaterThanOrEqual(3);
  });

  it('numbers invoices INV-10xxx, uniquely, and resolves every citation in the texts', () => {
    const numbers = demo.invoices.map((i) => i.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const n of numbers) expect(n).toMatch(/^INV-10\d{3}$/);
    const texts = [
      ...demo.calls.map((c) => c.note),
      ...demo.notes.map((n) => n.text),
      ...demo.disputes.map((d) => d.details),
      ...demo.followUps.map((f) => f.note),
    ];
    expect(texts.filter((t) => t.includes('{{'))).toEqual([]);
    const commercialIds = new Set(demo.customers.filter((c) => c.kind === 'commercial').map((c) => c.id));
    for (const invoice of demo.invoices) {
      expect(invoice.delivered).not.toBe('');
      expect(invoice.poNumber !== '').toBe(commercialIds.has(invoice.customerId));
      expect(invoice.amountMinor).toBeGreaterThanOrEqual(8_000);
      expect(invoice.amountMinor).toBeLessThanOrEqual(1_800_000);
    }
  });

  it('keeps past events in the past and calls within reasonable hours', () => {
    const nowIso = now.toISOString();
    for (const call of demo.calls) {
      expect(call.status).toBe('closed');
      expect(call.endedAt! <= nowIso).toBe(true);
      expect(call.scriptId).toBe(defaultScript.id);
      const customer = demo.customers.find((c) => c.id === call.customerId)!;
      const hour = Number(
        new Intl.DateTimeFormat('en-US', { timeZone: customer.timeZone, hour: 'numeric', hourCycle: 'h23' }).format(
          new Date(call.startedAt),
        ),
      );
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(21);
    }
    for (const p of demo.payments) expect(p.receivedOn < today).toBe(true);
    for (const i of demo.invoices) expect(i.issueDate <= today).toBe(true);
  });

  it('has kept, broken and open promises that agree with payments and follow-ups', () => {
    const paymentsFor = (invoiceIds: string[]) => demo.payments.filter((p) => p.allocations.some((a) => invoiceIds.includes(a.invoiceId)));
    const kept = demo.promises.filter((p) => p.status === 'kept');
    const broken = demo.promises.filter((p) => p.status === 'broken');
    expect(kept.length).toBeGreaterThan(0);
    expect(broken.length).toBeGreaterThan(0);
    for (const p of kept) {
      const made = p.createdAt.slice(0, 10);
      expect(paymentsFor(p.invoiceIds).some((pay) => pay.receivedOn <= p.promisedDate && pay.receivedOn >= made)).toBe(true);
    }
    for (const p of broken) {
      expect(p.promisedDate < today).toBe(true);
      expect(paymentsFor(p.invoiceIds).filter((pay) => pay.createdAt >= p.createdAt)).toEqual([]);
      expect(demo.followUps.some((f) => f.customerId === p.customerId && f.status === 'open' && f.createdAt >= p.createdAt)).toBe(true);
    }
    const open = demo.promises.filter((p) => p.status === 'open' && p.instalments.length === 0);
    expect(open.some((p) => p.promisedDate > today && p.promisedDate <= addDays(today, 7))).toBe(true);
    for (const p of demo.promises) {
      if (p.instalments.length > 0) expect(p.instalments.reduce((s, i) => s + i.amountMinor, 0)).toBe(p.amountMinor);
      expect(demo.calls.find((c) => c.id === p.callId)?.promiseId).toBe(p.id);
    }
  });

  it('has an open dispute on a specific invoice and open callbacks, one due today', () => {
    const dispute = demo.disputes.find((d) => d.status === 'open');
    expect(dispute?.invoiceId).toBeTruthy();
    expect(demo.invoices.find((i) => i.id === dispute?.invoiceId)?.status).toBe('open');
    const callbacks = demo.followUps.filter((f) => f.kind === 'callback' && f.status === 'open');
    expect(callbacks.length).toBeGreaterThanOrEqual(2);
    expect(callbacks.some((f) => f.dueAt.slice(0, 10) === today || f.dueAt.slice(0, 10) === addDays(today, 1))).toBe(true);
  });

  it('includes the anchor account as described', () => {
    const anchor = demo.customers.find((c) => c.legalName === demoAnchorCustomerName)!;
    expect(anchor).toMatchObject({ kind: 'commercial', timeZone: 'America/Los_Angeles', demo: true });
    const contacts = demo.contacts.filter((c) => c.customerId === anchor.id);
    const dana = contacts.find((c) => c.name === 'Dana Whitfield')!;
    expect(dana).toMatchObject({ role: 'Office manager', authorisesPayment: false });
    expect(dana.phones[0]?.number).toBe(demoAnchorPhone);
    expect(demoAnchorPhone).toBe('(415) 555-0134');
    expect(contacts.find((c) => c.name === 'Marcus Lee')).toMatchObject({ role: 'Controller', authorisesPayment: true });
    expect(contacts.filter((c) => c.authorisesPayment)).toHaveLength(1);
    const open = demo.invoices.filter((i) => i.customerId === anchor.id && i.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(3);
    const buckets = new Set(open.map((i) => agingBucketFor(daysPastDue(i.dueDate, today))));
    expect(buckets.has('31-60')).toBe(true);
    expect(buckets.has('61-90')).toBe(true);
    expect(demo.promises.filter((p) => p.customerId === anchor.id && p.status === 'open')).toEqual([]);
    const followUp = demo.followUps.find((f) => f.customerId === anchor.id && f.status === 'open');
    expect(followUp?.kind).toBe('callback');
  });

  it('is deterministic for the same day, and valid whatever the day', () => {
    expect(createDemoData({ today, now })).toEqual(demo);
    // Weekends, month ends, leap day and daylight-saving changes all move the business-day logic.
    for (const day of ['2024-02-29', '2024-03-09', '2024-03-10', '2024-11-03', '2025-06-01', '2025-12-31', '2026-01-04']) {
      const data = createDemoData({ today: day, now: new Date(`${day}T12:00:00.000Z`), currency: 'CAD' });
      expect(schemaFailures(data), day).toEqual([]);
      expect(brokenReferences(data), day).toEqual([]);
      expect(inconsistentBalances(data), day).toEqual([]);
      const aging = computeAging(data.invoices, day);
      for (const bucket of agingBuckets) expect(aging.buckets[bucket], `${day} ${bucket}`).toBeGreaterThan(0);
      expect(data.invoices.every((i) => i.currency === 'CAD')).toBe(true);
      expect(data.invoices.map((i) => i.number)).toEqual(demo.invoices.map((i) => i.number));
    }
  });
});
