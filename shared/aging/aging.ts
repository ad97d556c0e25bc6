// Aging: how much is owed and how late it is, in the standard buckets an accountant reads.
import type { InvoiceStatus } from '../invoices/schema';
import { daysBetween, type CalendarDate } from '../dates/calendar';

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

export function computeAging(invoices: Iterable<AgeableInvoice>, today: CalendarDate): AgingSummary {
  const buckets: Record<AgingBucket, number> = { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 };
  let totalDueMinor = 0;
  let pastDueMinor = 0;
  let oldestDaysPastDue = 0;
  let openInvoiceCount = 0;
  for (const invoice of invoices) {
    if (!isOutstanding(invoice)) continue;
    const days = daysPastDue(invoice.dueDate, today);
    buckets[agingBucketFor(days)] += invoice.balanceMinor;
    totalDueMinor += invoice.balanceMinor;
    openInvoiceCount += 1;
    if (days > 0) {
      pastDueMinor += invoice.balanceMinor;
      if (days > oldestDaysPastDue) oldestDaysPastDue = days;
    }
  }
  return { totalDueMinor, pastDueMinor, oldestDaysPastDue, buckets, openInvoiceCount };
}
