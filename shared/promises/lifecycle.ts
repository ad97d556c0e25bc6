// Where a promise to pay stands, from the payments that came in after it was made (seeds 002,
// 004: follow up on the promised date). A single promise is treated as a one-instalment plan.
//
// The rules:
// - A payment counts when it was received on or after the day the promise was made (a payment
//   received that same day counts only when recorded after the promise) and is in the promise's
//   currency. When the promise names invoices, only the part applied to them counts.
// - Counted payments fill the instalments in date order.
// - Each instalment has a deadline: its date plus the grace days. Once a deadline has passed
//   without everything due by then having been received by then, the outcome is decided: broken
//   when nothing counted had come in, partially kept when something had. Later payments still
//   show against the instalments but do not change that outcome (the agency reads the record).
// - Everything received in full before any deadline was missed: kept.
// - Otherwise the promise stays open. Cancelled promises stay cancelled.
import { addDays, type CalendarDate } from '../dates/calendar';
import type { Payment } from '../payments/schema';
import type { PaymentPromise, PromiseStatus } from './schema';

/**
 * paid: received in full; partly-paid: some received, deadline not passed; due: its date is
 * today or later; overdue: its date passed but it is within the grace days; missed: its
 * deadline passed without it being paid in full.
 */
export type InstalmentState = 'paid' | 'partly-paid' | 'due' | 'overdue' | 'missed';

export interface InstalmentProgress {
  /** 0-based position in the plan. */
  index: number;
  dueDate: CalendarDate;
  amountMinor: number;
  /** What the counted payments cover of this instalment (never more than its amount). */
  paidMinor: number;
  /** The last day a payment is still on time: the date plus the grace days. */
  deadline: CalendarDate;
  state: InstalmentState;
}

export interface PromiseProgress {
  status: PromiseStatus;
  /** Counted payments toward the promise, at most its amount. */
  paidMinor: number;
  /** The plan's instalments; a single promise has exactly one. */
  instalments: InstalmentProgress[];
  /** The first instalment not paid in full, or null when everything is paid. */
  next: InstalmentProgress | null;
  /** For a broken or partially kept promise: the instalment whose deadline was missed. */
  missedAt: InstalmentProgress | null;
  /** What had come in by that missed deadline (0 when nothing was missed). */
  receivedByMissMinor: number;
}

export interface LifecycleInput {
  promise: PaymentPromise;
  /** The customer's payments (any of them; this function picks those that count). */
  payments: readonly Payment[];
  /** The office's calendar date. */
  today: CalendarDate;
  graceDays: number;
  /** The office time zone: it says on which day the promise was made. */
  timeZone: string;
}

/** Statuses that need the bookkeeper to call again (a partly kept promise is still unpaid). */
export function needsFollowUp(status: PromiseStatus): boolean {
  return status === 'broken' || status === 'partially-kept';
}

/** The plan a promise stands for: its instalments, or one instalment for a single payment. */
export function planOf(promise: Pick<PaymentPromise, 'instalments' | 'promisedDate' | 'amountMinor'>) {
  if (promise.instalments.length > 0) {
    return [...promise.instalments].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  }
  return [{ dueDate: promise.promisedDate, amountMinor: promise.amountMinor }];
}

interface Counted {
  receivedOn: CalendarDate;
  amountMinor: number;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();
/** Days already worked out, by zone and instant: Today asks again for the same promises every minute. */
const knownDays = new Map<string, CalendarDate>();
const knownDaysLimit = 50_000;

/** The calendar day of an instant in a zone (todayIn, with its formatter kept: files list hundreds of promises). */
function dayOf(instant: string, timeZone: string): CalendarDate {
  const key = `${timeZone}|${instant}`;
  const known = knownDays.get(key);
  if (known !== undefined) return known;
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, format);
  }
  const parts = format.formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${get('year')}-${get('month')}-${get('day')}`;
  if (knownDays.size >= knownDaysLimit) knownDays.clear();
  knownDays.set(key, day);
  return day;
}

/** The payments that count toward the promise, oldest first, with the amount that counts. */
export function countedPayments(promise: PaymentPromise, payments: readonly Payment[], timeZone: string): Counted[] {
  const madeOn = dayOf(promise.createdAt, timeZone);
  const invoices = new Set(promise.invoiceIds);
  const counted: (Counted & { createdAt: string })[] = [];
  for (const payment of payments) {
    if (payment.customerId !== promise.customerId || payment.currency !== promise.currency) continue;
    if (payment.receivedOn < madeOn) continue;
    // Received the day the promise was made but recorded before it: already known when promising.
    if (payment.receivedOn === madeOn && payment.createdAt < promise.createdAt) continue;
    const amountMinor =
      invoices.size === 0
        ? payment.amountMinor
        : payment.allocations.reduce((sum, a) => (invoices.has(a.invoiceId) ? sum + a.amountMinor : sum), 0);
    if (amountMinor > 0) counted.push({ receivedOn: payment.receivedOn, amountMinor, createdAt: payment.createdAt });
  }
  counted.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.createdAt.localeCompare(b.createdAt));
  return counted.map(({ receivedOn, amountMinor }) => ({ receivedOn, amountMinor }));
}

function receivedBy(counted: readonly Counted[], day: CalendarDate): number {
  let total = 0;
  for (const c of counted) if (c.receivedOn <= day) total += c.amountMinor;
  return total;
}

export function promiseProgress({ promise, payments, today, graceDays, timeZone }: LifecycleInput): PromiseProgress {
  const counted = countedPayments(promise, payments, timeZone);
  const plan = planOf(promise);
  let left = counted.reduce((sum, c) => sum + c.amountMinor, 0);
  let dueSoFar = 0;
  let missedAt: InstalmentProgress | null = null;
  let receivedByMiss = 0;

  const instalments: InstalmentProgress[] = [];
  for (const [index, step] of plan.entries()) {
    const paidMinor = Math.min(left, step.amountMinor);
    left -= paidMinor;
    dueSoFar += step.amountMinor;
    const deadline = addDays(step.dueDate, graceDays);
    const state: InstalmentState =
      paidMinor >= step.amountMinor
        ? 'paid'
        : today > deadline
          ? 'missed'
          : paidMinor > 0
            ? 'partly-paid'
            : today > step.dueDate
              ? 'overdue'
              : 'due';
    const progress = { index, dueDate: step.dueDate, amountMinor: step.amountMinor, paidMinor, deadline, state };
    instalments.push(progress);
    // The outcome is decided at the first deadline that passed short of what was due by then.
    if (missedAt === null && today > deadline) {
      const received = receivedBy(counted, deadline);
      if (received < dueSoFar) {
        missedAt = progress;
        receivedByMiss = received;
      }
    }
  }

  const paidMinor = Math.min(
    promise.amountMinor,
    instalments.reduce((sum, i) => sum + i.paidMinor, 0),
  );
  const next = instalments.find((i) => i.paidMinor < i.amountMinor) ?? null;
  let status: PromiseStatus;
  if (promise.status === 'cancelled') status = 'cancelled';
  else if (missedAt !== null) status = receivedByMiss > 0 ? 'partially-kept' : 'broken';
  else if (paidMinor >= promise.amountMinor) status = 'kept';
  else status = 'open';
  return { status, paidMinor, instalments, next, missedAt, receivedByMissMinor: receivedByMiss };
}
