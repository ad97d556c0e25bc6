// What makes a promise to pay acceptable, as a bookkeeper would check it: a real amount no larger
// than what is owed, a date that is not already past, and an instalment plan that adds up.
import { formatMoney } from '../money/money';
import type { CalendarDate } from '../dates/calendar';

export interface PromiseDraft {
  amountMinor: number;
  promisedDate: CalendarDate;
  instalments: { dueDate: CalendarDate; amountMinor: number }[];
}

export interface PromiseLimits {
  today: CalendarDate;
  /** The most that can be promised: the balance of the chosen invoices (or the whole account). */
  maxAmountMinor: number;
  currency: string;
  locale?: string;
}

export interface PromiseIssue {
  /** Path inside the draft, e.g. ['amountMinor'] or ['instalments', 1, 'dueDate']. */
  path: (string | number)[];
  message: string;
}

export function checkPromise(draft: PromiseDraft, limits: PromiseLimits): PromiseIssue[] {
  const issues: PromiseIssue[] = [];
  const money = (minor: number) => formatMoney(minor, limits.currency, limits.locale ?? 'en-US');
  if (draft.amountMinor <= 0) {
    issues.push({ path: ['amountMinor'], message: 'The promised amount must be more than zero.' });
  } else if (draft.amountMinor > limits.maxAmountMinor) {
    issues.push({
      path: ['amountMinor'],
      message: `The promise (${money(draft.amountMinor)}) is more than the balance owed (${money(limits.maxAmountMinor)}).`,
    });
  }
  if (draft.instalments.length === 0) {
    if (draft.promisedDate < limits.today) {
      issues.push({ path: ['promisedDate'], message: 'The promised date is in the past: choose today or a later date.' });
    }
    return issues;
  }
  if (draft.instalments.length < 2) {
    issues.push({ path: ['instalments'], message: 'A plan needs at least two instalments; otherwise record a single payment.' });
  }
  let previous: CalendarDate | null = null;
  let total = 0;
  draft.instalments.forEach((instalment, index) => {
    total += instalment.amountMinor;
    if (instalment.amountMinor <= 0) {
      issues.push({ path: ['instalments', index, 'amountMinor'], message: 'Each instalment must be more than zero.' });
    }
    if (instalment.dueDate < limits.today) {
      issues.push({ path: ['instalments', index, 'dueDate'], message: 'This instalment date is in the past.' });
    } else if (previous !== null && instalment.dueDate <= previous) {
      issues.push({ path: ['instalments', index, 'dueDate'], message: 'Each instalment must fall after the one before it.' });
    }
    previous = instalment.dueDate;
  });
  if (draft.instalments.length >= 2 && total !== draft.amountMinor) {
    issues.push({
      path: ['instalments'],
      message: `The instalments add up to ${money(total)}, not the promised ${money(draft.amountMinor)}.`,
    });
  }
  return issues;
}

/**
 * Splits an amount into `count` equal parts in minor units. The cents that do not divide go on
 * the last part ($1,000.00 in 3 is $333.33, $333.33, $333.34): the customer starts with the
 * round figure they agreed to, and the plan still adds up exactly.
 */
export function splitEvenly(amountMinor: number, count: number): number[] {
  if (count < 1 || amountMinor < 0) return [];
  const base = Math.floor(amountMinor / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? amountMinor - base * (count - 1) : base));
}

/**
 * "Fill the rest": what the plan still lacks goes into the last instalment left empty, or the
 * last instalment when all have an amount. `amounts` are the instalments as typed (null: empty
 * or not a number). Null when nothing positive is left to fill.
 */
export function fillTheRest(amountMinor: number, amounts: readonly (number | null)[]): { index: number; amountMinor: number } | null {
  if (amounts.length === 0) return null;
  const empty = amounts.map((a, i) => (a === null || a === 0 ? i : -1)).filter((i) => i >= 0);
  const index = empty.at(-1) ?? amounts.length - 1;
  const others = amounts.reduce<number>((sum, a, i) => (i === index ? sum : sum + (a ?? 0)), 0);
  const rest = amountMinor - others;
  return rest > 0 ? { index, amountMinor: rest } : null;
}

/** Splits an amount into `count` instalments `stepDays` apart (see splitEvenly for the cents). */
export function suggestInstalments(
  amountMinor: number,
  count: number,
  firstDate: CalendarDate,
  addDays: (d: CalendarDate, n: number) => CalendarDate,
  stepDays = 14,
): PromiseDraft['instalments'] {
  return splitEvenly(amountMinor, count).map((part, i) => ({ dueDate: addDays(firstDate, i * stepDays), amountMinor: part }));
}
