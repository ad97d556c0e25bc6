// Call history for the benchmark data set: closed calls with notes, and the promises, disputes
// and follow-ups those calls produced. The first customer is the "heavy" one.
import type { Call, CallResult } from '../calls/schema';
import type { Contact } from '../contacts/schema';
import type { DisputeReason } from '../disputes/schema';
import type { Invoice } from '../invoices/schema';
import type { PromiseMethod } from '../promises/schema';
import type { DataSet } from './data-set';
import { demoScriptId, durationFor, stepsFor } from './demo-calls';
import type { DayClock } from './large-data-clock';
import type { Random } from './random';

export interface LargeCallContext {
  r: Random;
  clock: DayClock;
  data: DataSet;
  invoicesByCustomer: Invoice[][];
  currency: string;
}

// Weighted as a collector's week really goes: mostly voicemail and no answer.
const resultWheel: CallResult[] = [
  ...Array<CallResult>(25).fill('no-answer'),
  ...Array<CallResult>(25).fill('left-message'),
  ...Array<CallResult>(15).fill('reached-no-promise'),
  ...Array<CallResult>(15).fill('promise-to-pay'),
  ...Array<CallResult>(8).fill('callback-requested'),
  ...Array<CallResult>(3).fill('dispute'),
  ...Array<CallResult>(4).fill('wrong-number'),
  ...Array<CallResult>(5).fill('refused'),
];
const promiseMethods: PromiseMethod[] = ['cheque-by-mail', 'card-by-phone', 'bank-transfer', 'online-portal'];
const disputeReasons: DisputeReason[] = ['not-received', 'quality', 'pricing', 'already-paid', 'invoice-error'];
const dayMinutes = 24 * 60;

function dollars(minor: number): string {
  return `$${(minor / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

function noteFor(result: CallResult, name: string, invoice: Invoice | undefined): string {
  const about = invoice ? `${invoice.number} (${dollars(invoice.amountMinor)})` : 'the account balance';
  switch (result) {
    case 'no-answer':
      return `No answer calling ${name}.`;
    case 'left-message':
      return `Left a voicemail for ${name} about ${about}.`;
    case 'reached-no-promise':
      return `${name} confirmed ${about} arrived; waiting on approval, no date yet.`;
    case 'promise-to-pay':
      return `${name} promised payment for ${about}.`;
    case 'callback-requested':
      return `${name} asked for a call back about ${about}.`;
    case 'dispute':
      return `${name} disputes ${about}; details recorded.`;
    case 'wrong-number':
      return `Wrong number for ${name}; need a new one.`;
    default:
      return `${name} refused to pay ${about} for now.`;
  }
}

export function addLargeCalls(ctx: LargeCallContext, total: number, heavyCalls: number): void {
  const { r, clock, data } = ctx;
  const firstContact = new Map<string, Contact>();
  for (const contact of data.contacts) if (!firstContact.has(contact.customerId)) firstContact.set(contact.customerId, contact);
  const customerCount = data.customers.length;
  for (let k = 0; k < total; k += 1) {
    const heavy = k < heavyCalls;
    const customerIndex = heavy ? 0 : r.int(0, customerCount - 1);
    const customer = data.customers[customerIndex];
    if (!customer) continue;
    // The heavy customer's calls run back about four years, one every day or two.
    const offset = heavy ? -(1 + Math.floor((k * 1460) / Math.max(1, heavyCalls))) : -r.int(1, 540);
    const consumer = customer.kind === 'consumer';
    const startMs = clock.pastMs(offset, consumer ? r.int(17, 19) : r.int(9, 16), r.int(0, 59), customer.timeZone);
    const result = r.pick(resultWheel);
    const contact = firstContact.get(customer.id) ?? null;
    const invoices = ctx.invoicesByCustomer[customerIndex] ?? [];
    const invoice = invoices.length > 0 ? r.pick(invoices) : undefined;
    const durationSeconds = durationFor(result, r);
    const steps = stepsFor(result, []);
    const call: Call = {
      id: r.uuid(),
      customerId: customer.id,
      contactId: contact?.id ?? null,
      phoneNumber: contact?.phones[0]?.number ?? null,
      phoneE164: contact?.phones[0]?.e164 ?? null,
      dialled: true,
      startedAt: clock.iso(startMs),
      endedAt: clock.iso(startMs + durationSeconds * 1000),
      durationSeconds,
      status: 'closed',
      result,
      scriptId: demoScriptId,
      stepsCovered: steps,
      branchesTaken: [],
      contactDetailsConfirmed: steps.includes('confirm-details'),
      note: noteFor(result, contact?.name ?? customer.legalName, invoice),
      promiseId: null,
      disputeId: null,
      followUpId: null,
    };
    data.calls.push(call);
    addOutcome(ctx, call, offset, startMs + durationSeconds * 1000, invoice);
    if (r.chance(heavy ? 0.1 : 0.12)) {
      data.notes.push({
        id: r.uuid(),
        customerId: customer.id,
        kind: 'note',
        correctsCallId: null,
        text: `Follow-up to the call: ${invoice ? `sent a copy of ${invoice.number}` : 'sent a statement'} by email.`,
        createdAt: clock.iso(startMs + (durationSeconds + 300) * 1000),
      });
    }
  }
}

/** The record a call's result produces, linked both ways. */
function addOutcome(ctx: LargeCallContext, call: Call, offset: number, endMs: number, invoice: Invoice | undefined): void {
  const { r, clock, data } = ctx;
  const endedAt = clock.iso(endMs);
  if (call.result === 'promise-to-pay') {
    const promisedOffset = offset + r.int(2, 14);
    const amountMinor = invoice ? Math.max(1, invoice.balanceMinor || invoice.amountMinor) : r.int(10_000, 500_000);
    call.promiseId = r.uuid();
    data.promises.push({
      id: call.promiseId,
      customerId: call.customerId,
      callId: call.id,
      contactId: call.contactId,
      amountMinor,
      currency: ctx.currency,
      promisedDate: clock.date(promisedOffset),
      method: r.pick(promiseMethods),
      invoiceIds: invoice ? [invoice.id] : [],
      instalments: [],
      status: promisedOffset >= 0 ? 'open' : r.chance(0.8) ? 'broken' : 'cancelled',
      createdAt: endedAt,
    });
  } else if (call.result === 'dispute') {
    call.disputeId = r.uuid();
    const resolved = offset < -60;
    data.disputes.push({
      id: call.disputeId,
      customerId: call.customerId,
      callId: call.id,
      invoiceId: invoice?.id ?? null,
      reason: r.pick(disputeReasons),
      details: `Customer disputes ${invoice?.number ?? 'the balance'}.`,
      status: resolved ? 'resolved' : 'open',
      openedAt: endedAt,
      resolvedAt: resolved ? clock.iso(endMs + 7 * dayMinutes * 60_000) : null,
    });
  } else if (call.result === 'callback-requested') {
    const dueMs = endMs + r.int(1, 3) * dayMinutes * 60_000;
    const done = clock.isPast(dueMs);
    call.followUpId = r.uuid();
    data.followUps.push({
      id: call.followUpId,
      customerId: call.customerId,
      callId: call.id,
      kind: 'callback',
      dueAt: clock.iso(dueMs),
      note: 'Call back as asked.',
      status: done ? 'done' : 'open',
      createdAt: endedAt,
      completedAt: done ? clock.iso(dueMs) : null,
    });
  }
}
