// Creates demo records that stay consistent with each other: balances follow payments, calls
// link their promise/dispute/follow-up, and invoice numbers follow issue dates.
import type { Call, CallResult } from '../calls/schema';
import type { Contact } from '../contacts/schema';
import type { Customer } from '../customers/schema';
import { addDays, daysBetween, formatCalendarDate, type CalendarDate } from '../dates/calendar';
import type { Dispute, DisputeReason } from '../disputes/schema';
import type { FollowUp, FollowUpKind } from '../follow-ups/schema';
import type { Invoice } from '../invoices/schema';
import { formatMoney } from '../money/money';
import type { Note } from '../notes/schema';
import type { Payment, PaymentMethod } from '../payments/schema';
import type { Instalment, PaymentPromise, PromiseMethod, PromiseStatus } from '../promises/schema';
import { weekdayOnOrAfter, weekdayOnOrBefore } from './business-days';
import { emptyDataSet, type DataSet } from './data-set';
import { numberInvoices } from './demo-invoice-numbers';
import { termDays, type AccountSize, type DemoAccount, type DemoAccountSpec, type DemoContext } from './demo-account-spec';
import { demoScriptId, durationFor, stepsFor, type DemoBranch } from './demo-calls';
import { pickDeliverable, poNumberFor } from './demo-deliverables';
import { PhoneBook, businessEmail, contactPhone, personalEmail } from './demo-phones';
import { createRandom, type Random } from './random';
import { zonedTimeMs } from '../dates/zoned-time';

export type { DemoAccount, DemoContext } from './demo-account-spec';

export interface CallOptions {
  on: CalendarDate;
  hour: number;
  minute?: number;
  result: CallResult;
  note: string;
  branches?: DemoBranch[];
  /** Which of the contact's numbers was dialled; null for a call logged without dialling. */
  phoneIndex?: number | null;
}

export interface PromiseOptions {
  amountMinor: number;
  promisedDate: CalendarDate;
  method: PromiseMethod;
  invoices: Invoice[];
  status: PromiseStatus;
  instalments?: Instalment[];
}

const firstInvoiceNumber = 10161;
const amountRanges: Record<AccountSize, [number, number]> = { s: [80, 900], m: [350, 4800], l: [1800, 18000], home: [80, 1400] };

export class DemoBuilder {
  readonly data: DataSet = emptyDataSet();
  readonly random: Random;
  readonly phones: PhoneBook;
  /** Ids come from their own stream so adding a record never reshuffles the content. */
  private readonly ids: Random;
  private readonly latestMs: number;

  constructor(
    readonly ctx: DemoContext,
    seed: number,
  ) {
    this.random = createRandom(seed);
    this.ids = createRandom(seed ^ 0x5eed1d5);
    this.phones = new PhoneBook(this.random);
    // Past events stop two hours before now, leaving room for a call's length and its note.
    this.latestMs = ctx.now.getTime() - 2 * 3_600_000;
  }

  // ---- dates and instants ----

  day(offset: number): CalendarDate {
    return addDays(this.ctx.today, offset);
  }

  /** `days` ago, moved back to the Friday when it falls on a weekend. */
  businessDayAgo(days: number): CalendarDate {
    return weekdayOnOrBefore(this.day(-days));
  }

  /** `days` ahead, moved on to the Monday when it falls on a weekend. */
  businessDayAhead(days: number): CalendarDate {
    return weekdayOnOrAfter(this.day(days));
  }

  /** Wall-clock time in the customer's zone; past events are never later than `now`. */
  at(account: DemoAccount, date: CalendarDate, hour: number, minute = 0, past = true): string {
    const ms = zonedTimeMs(date, hour, minute, account.customer.timeZone);
    return new Date(past ? Math.min(ms, this.latestMs) : ms).toISOString();
  }

  /** Days past due today (0 or less: not due yet). */
  daysPastDue(invoice: Invoice): number {
    return daysBetween(invoice.dueDate, this.ctx.today);
  }

  spoken(date: CalendarDate): string {
    return formatCalendarDate(date, 'en-US', 'medium');
  }

  money(minor: number): string {
    return formatMoney(minor, this.ctx.currency);
  }

  /** Placeholder for an invoice number; numbers are assigned in `finish`. */
  ref(invoice: Invoice): string {
    return `{{inv:${invoice.id}}}`;
  }

  amountFor(size: AccountSize): number {
    const [low, high] = amountRanges[size];
    const cents = this.random.int(low * 100, high * 100);
    // Service work is usually billed in whole dollars; parts orders carry cents.
    return this.random.chance(0.4) ? Math.max(100, Math.round(cents / 100) * 100) : cents;
  }

  // ---- records ----

  addAccount(spec: DemoAccountSpec, index: number): DemoAccount {
    const r = this.random;
    const [line1, city, region, postalCode, country] = spec.address;
    const since = this.day(-r.int(420, 1400));
    const createdAt = new Date(Math.min(zonedTimeMs(since, 10, r.int(0, 59), spec.timeZone), this.latestMs)).toISOString();
    const customer: Customer = {
      id: this.ids.uuid(),
      kind: spec.kind,
      legalName: spec.legalName,
      tradingName: spec.tradingName ?? '',
      accountNumber: `C-${1041 + index * 3}`,
      timeZone: spec.timeZone,
      status: spec.status ?? 'active',
      defaultTerms: spec.terms,
      notes: spec.notes ?? '',
      createdAt,
      updatedAt: createdAt,
      demo: true,
      addresses: [{ label: spec.kind === 'commercial' ? 'billing' : 'home', line1, line2: '', city, region, postalCode, country }],
    };
    const contacts = spec.contacts.map((c, i): Contact => {
      const phones = c.phones
        ? c.phones.map(([label, number]) => contactPhone(label, number, country))
        : this.generatedPhones(spec, i, country);
      const email = spec.web ? businessEmail(c.name, c.role, spec.web) : personalEmail(c.name, r);
      return {
        id: this.ids.uuid(),
        customerId: customer.id,
        name: c.name,
        role: c.role,
        authorisesPayment: c.authorisesPayment ?? false,
        phones,
        emails: [email],
        notes: c.notes ?? '',
        createdAt,
        updatedAt: createdAt,
      };
    });
    this.data.customers.push(customer);
    this.data.contacts.push(...contacts);
    return { spec, customer, contacts };
  }

  private generatedPhones(spec: DemoAccountSpec, contactIndex: number, country: string) {
    const labels: ('office' | 'direct' | 'mobile' | 'home')[] =
      spec.kind === 'consumer' ? ['mobile', 'home'] : contactIndex === 0 ? ['office', 'direct'] : ['direct', 'mobile'];
    const count = this.random.chance(0.4) ? 2 : 1;
    return labels.slice(0, count).map((label) => contactPhone(label, this.phones.next(country, spec.area, label), country));
  }

  addInvoice(account: DemoAccount, opts: { daysPastDue: number; amountMinor?: number; delivered?: string; poNumber?: string }): Invoice {
    const { spec, customer } = account;
    const dueDate = this.day(-opts.daysPastDue);
    const issueDate = addDays(dueDate, -termDays(spec.terms));
    if (issueDate > this.ctx.today) throw new Error(`Demo invoice for ${spec.key} would be issued in the future.`);
    const createdAt = this.at(account, issueDate, 9, this.random.int(0, 50));
    const invoice: Invoice = {
      id: this.ids.uuid(),
      customerId: customer.id,
      number: '',
      issueDate,
      dueDate,
      sentOn: issueDate,
      amountMinor: opts.amountMinor ?? this.amountFor(spec.size),
      currency: this.ctx.currency,
      delivered: opts.delivered ?? pickDeliverable(spec.sector, this.random),
      poNumber: spec.kind === 'commercial' ? (opts.poNumber ?? poNumberFor(spec.legalName, this.random)) : '',
      terms: spec.terms,
      balanceMinor: 0,
      status: 'open',
      createdAt,
      updatedAt: createdAt,
    };
    invoice.balanceMinor = invoice.amountMinor;
    this.data.invoices.push(invoice);
    return invoice;
  }

  addPayment(account: DemoAccount, on: CalendarDate, method: PaymentMethod, reference: string, allocations: [Invoice, number][]): Payment {
    const createdAt = this.at(account, on, this.random.int(11, 15), this.random.int(0, 59));
    for (const [invoice, amount] of allocations) {
      if (amount > invoice.balanceMinor || on < invoice.issueDate || on > this.ctx.today) {
        throw new Error(`Demo payment on ${on} does not fit invoice issued ${invoice.issueDate}.`);
      }
      invoice.balanceMinor -= amount;
      invoice.status = invoice.balanceMinor === 0 ? 'paid' : 'open';
      invoice.updatedAt = createdAt > invoice.updatedAt ? createdAt : invoice.updatedAt;
    }
    const payment: Payment = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      receivedOn: on,
      currency: this.ctx.currency,
      method,
      reference,
      createdAt,
      amountMinor: allocations.reduce((sum, [, amount]) => sum + amount, 0),
      allocations: allocations.map(([invoice, amountMinor]) => ({ invoiceId: invoice.id, amountMinor })),
    };
    this.data.payments.push(payment);
    return payment;
  }

  addCall(account: DemoAccount, contact: Contact | null, opts: CallOptions): Call {
    const branches = opts.branches ?? [];
    const phoneIndex = opts.phoneIndex === undefined ? 0 : opts.phoneIndex;
    const phone = phoneIndex === null ? undefined : contact?.phones[phoneIndex];
    const phoneNumber = phone?.number ?? null;
    const startedAt = this.at(account, opts.on, opts.hour, opts.minute ?? this.random.int(0, 55));
    const durationSeconds = durationFor(opts.result, this.random);
    const steps = stepsFor(opts.result, branches);
    const call: Call = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      contactId: contact?.id ?? null,
      phoneNumber,
      phoneE164: phone?.e164 ?? null,
      dialled: phoneIndex !== null,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + durationSeconds * 1000).toISOString(),
      durationSeconds,
      status: 'closed',
      result: opts.result,
      scriptId: demoScriptId,
      stepsCovered: steps,
      branchesTaken: [...branches],
      contactDetailsConfirmed: steps.includes('confirm-details'),
      note: opts.note,
      promiseId: null,
      disputeId: null,
      followUpId: null,
    };
    this.data.calls.push(call);
    return call;
  }

  addPromise(account: DemoAccount, call: Call, opts: PromiseOptions): PaymentPromise {
    const promise: PaymentPromise = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      callId: call.id,
      contactId: call.contactId,
      amountMinor: opts.amountMinor,
      currency: this.ctx.currency,
      promisedDate: opts.promisedDate,
      method: opts.method,
      invoiceIds: opts.invoices.map((i) => i.id),
      instalments: opts.instalments ?? [],
      status: opts.status,
      createdAt: call.endedAt ?? call.startedAt,
    };
    call.promiseId = promise.id;
    this.data.promises.push(promise);
    return promise;
  }

  addDispute(
    account: DemoAccount,
    call: Call,
    invoice: Invoice,
    reason: DisputeReason,
    details: string,
    resolvedAt: string | null = null,
  ): Dispute {
    const dispute: Dispute = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      callId: call.id,
      invoiceId: invoice.id,
      reason,
      details,
      status: resolvedAt ? 'resolved' : 'open',
      openedAt: call.endedAt ?? call.startedAt,
      resolvedAt,
    };
    call.disputeId = dispute.id;
    this.data.disputes.push(dispute);
    return dispute;
  }

  /** A follow-up; `completedAt` marks it done. Linked from the call when it came from one. */
  addFollowUp(
    account: DemoAccount,
    call: Call | null,
    kind: FollowUpKind,
    dueAt: string,
    note: string,
    completedAt: string | null = null,
  ): FollowUp {
    const followUp: FollowUp = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      callId: call?.id ?? null,
      kind,
      dueAt,
      note,
      status: completedAt ? 'done' : 'open',
      createdAt: call?.endedAt ?? this.at(account, this.ctx.today, 8),
      completedAt,
    };
    if (call) call.followUpId = followUp.id;
    this.data.followUps.push(followUp);
    return followUp;
  }

  addNote(account: DemoAccount, text: string, createdAt: string, correctsCall: Call | null = null): Note {
    const note: Note = {
      id: this.ids.uuid(),
      customerId: account.customer.id,
      kind: correctsCall ? 'call-correction' : 'note',
      text,
      correctsCallId: correctsCall?.id ?? null,
      createdAt,
    };
    this.data.notes.push(note);
    return note;
  }

  /** The finished data set, with invoice numbers filled into the texts that cite them. */
  finish(): DataSet {
    numberInvoices(this.data, firstInvoiceNumber);
    return this.data;
  }
}
