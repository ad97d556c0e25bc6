// Aging: how much is owed and how late it is, in the standard buckets an accountant reads.
import type { InvoiceStatus } from '../invoices/schema';
import { addDays, daysBetween, type CalendarDate } from '../dates/calendar';

export const agingBuckets = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export const agingBucketLabels: Record<AgingBucket, string> = {
  current: 'Current',
  '1-30': '1–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
};

export interface AgeableInvoice {
  dueDate: CalendarDate;
  balanceMinor: number;
  status: InvoiceStatus;
  /**
   * How many invoices this row stands for: 1 unless it is a group of invoices due the same day
   * (the account digest keeps open balances summed that way).
   */
  invoiceCount?: number;
}

export interface AgingSummary {
  totalDueMinor: number;
  pastDueMinor: number;
  /** Days past due of the oldest unpaid past-due invoice; 0 when nothing is past due. */
  oldestDaysPastDue: number;
  buckets: Record<AgingBucket, number>;
  openInvoiceCount: number;
}

/** Days past due on `today` (0 or negative means not yet due). */
export function daysPastDue(dueDate: CalendarDate, today: CalendarDate): number {
  return daysBetween(dueDate, today);
}

export function agingBucketFor(days: number): AgingBucket {
  if (days <= 0) return 'current';
  if (days <= 30) return '1-30';
  if (days <= 60) return '31-60';
  if (days <= 90) return '61-90';
  return '90+';
}

export function isOutstanding(invoice: AgeableInvoice): boolean {
  return invoice.status === 'open' && invoice.balanceMinor > 0;
}

/**
 * Adds invoices to one aging. The bucket edges are worked out once as due dates (today, 30, 60
 * and 90 days back), so each invoice is placed by comparing its due date with them: the
 * dashboard ages 100,000 invoices at a time, and counting days for each would dominate it.
 */
class AgingTally {
  readonly buckets: Record<AgingBucket, number> = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  totalDueMinor = 0;
  pastDueMinor = 0;
  openInvoiceCount = 0;
  private oldestPastDue: CalendarDate | null = null;

  constructor(private readonly edges: { today: CalendarDate; back30: CalendarDate; back60: CalendarDate; back90: CalendarDate }) {}

  add(dueDate: CalendarDate, balanceMinor: number, invoiceCount = 1): void {
    const { today, back30, back60, back90 } = this.edges;
    this.totalDueMinor += balanceMinor;
    this.openInvoiceCount += invoiceCount;
    if (dueDate >= today) {
      this.buckets.current += balanceMinor;
      return;
    }
    this.pastDueMinor += balanceMinor;
    if (this.oldestPastDue === null || dueDate < this.oldestPastDue) this.oldestPastDue = dueDate;
    const bucket: AgingBucket = dueDate >= back30 ? '1-30' : dueDate >= back60 ? '31-60' : dueDate >= back90 ? '61-90' : '90+';
    this.buckets[bucket] += balanceMinor;
  }

  summary(): AgingSummary {
    const { totalDueMinor, pastDueMinor, buckets, openInvoiceCount } = this;
    const oldestDaysPastDue = this.oldestPastDue === null ? 0 : daysPastDue(this.oldestPastDue, this.edges.today);
    return { totalDueMinor, pastDueMinor, oldestDaysPastDue, buckets, openInvoiceCount };
  }
}

function bucketEdges(today: CalendarDate) {
  return { today, back30: addDays(today, -30), back60: addDays(today, -60), back90: addDays(today, -90) };
}

/** Aging of invoices in one currency; use computeAgingByCurrency when currencies may differ. */
export function computeAging(invoices: Iterable<AgeableInvoice>, today: CalendarDate): AgingSummary {
  const tally = new AgingTally(bucketEdges(today));
  for (const invoice of invoices) if (isOutstanding(invoice)) tally.add(invoice.dueDate, invoice.balanceMinor);
  return tally.summary();
}

export interface CurrencyAging extends AgingSummary {
  currency: string;
}

/**
 * One aging per currency the outstanding invoices are in, largest total first (then by currency
 * code): amounts in different currencies are never added. Empty when nothing is outstanding.
 */
export function computeAgingByCurrency(invoices: Iterable<AgeableInvoice & { currency: string }>, today: CalendarDate): CurrencyAging[] {
  const edges = bucketEdges(today);
  const byCurrency = new Map<string, AgingTally>();
  for (const invoice of invoices) {
    if (!isOutstanding(invoice)) continue;
    let tally = byCurrency.get(invoice.currency);
    if (!tally) {
      tally = new AgingTally(edges);
      byCurrency.set(invoice.currency, tally);
    }
    tally.add(invoice.dueDate, invoice.balanceMinor, invoice.invoiceCount);
  }
  return [...byCurrency]
    .map(([currency, tally]) => ({ currency, ...tally.summary() }))
    .sort((a, b) => b.totalDueMinor - a.totalDueMinor || (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
}
