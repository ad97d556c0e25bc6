// How a promise and its instalment plan read, everywhere: the timeline, the Promises screen,
// the next call's script and the confirmation email. Where there is room each instalment gets a
// line ("Instalment 2 of 3: $300.00 on Dec 12, 2026"); in one line a plan reads
// "3 instalments, next $300.00 on Dec 12, 2026".
import { formatCalendarDate } from '../dates/calendar';
import { formatMoney } from '../money/money';

export interface PlanInstalment {
  dueDate: string;
  amountMinor: number;
}

export interface PromiseTerms {
  amountMinor: number;
  currency: string;
  promisedDate: string;
  instalments: readonly PlanInstalment[];
}

export interface PlanWordingOptions {
  locale: string;
  /** The date style of the context (an email spells the month out). */
  dateStyle?: 'medium' | 'long';
}

const moneyAndDate = (i: PlanInstalment, currency: string, o: PlanWordingOptions) =>
  `${formatMoney(i.amountMinor, currency, o.locale)} on ${formatCalendarDate(i.dueDate, o.locale, o.dateStyle ?? 'medium')}`;

/** "Instalment 2 of 3: $300.00 on Dec 12, 2026". */
export function instalmentLine(instalment: PlanInstalment, index: number, count: number, currency: string, o: PlanWordingOptions): string {
  return `Instalment ${index + 1} of ${count}: ${moneyAndDate(instalment, currency, o)}`;
}

/** One line per instalment; none for a single payment. */
export function instalmentLines(p: Pick<PromiseTerms, 'currency' | 'instalments'>, o: PlanWordingOptions): string[] {
  return p.instalments.map((i, n) => instalmentLine(i, n, p.instalments.length, p.currency, o));
}

/** The first instalment due on or after `today`, or null when every date has passed. */
export function upcomingInstalmentIndex(instalments: readonly PlanInstalment[], today: string): number | null {
  const index = instalments.findIndex((i) => i.dueDate >= today);
  return index === -1 ? null : index;
}

/**
 * A plan in one line: "3 instalments, next $300.00 on Dec 12, 2026". `nextIndex` is the
 * instalment the reader should look at (the first not paid, or the first still to come); when
 * there is none the line names the last one.
 */
export function planSummary(p: Pick<PromiseTerms, 'currency' | 'instalments'>, nextIndex: number | null, o: PlanWordingOptions): string {
  const count = p.instalments.length;
  const next = nextIndex === null ? undefined : p.instalments[nextIndex];
  const last = p.instalments.at(-1);
  if (next) return `${count} instalments, next ${moneyAndDate(next, p.currency, o)}`;
  return last ? `${count} instalments, the last ${moneyAndDate(last, p.currency, o)}` : '';
}

/**
 * The whole promise in one line: "$900.00 by Dec 12, 2026" for a single payment,
 * "$900.00 in 3 instalments, next $300.00 on Dec 12, 2026" for a plan.
 */
export function promiseTermsText(p: PromiseTerms, nextIndex: number | null, o: PlanWordingOptions): string {
  const total = formatMoney(p.amountMinor, p.currency, o.locale);
  if (p.instalments.length < 2)
    return `${total} by ${formatCalendarDate(p.instalments[0]?.dueDate ?? p.promisedDate, o.locale, o.dateStyle ?? 'medium')}`;
  return `${total} in ${planSummary(p, nextIndex, o)}`;
}
