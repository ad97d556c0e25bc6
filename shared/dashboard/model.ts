// What the dashboard is computed from and what it shows. The inputs are the few rows the
// renderer reads in one go (open invoices, payments, promises, recent calls, placed accounts),
// cut to the fields the figures need; every money figure stays one amount per currency.
import type { CurrencyAging } from '../aging/aging';
import type { Call } from '../calls/schema';
import type { CalendarDate } from '../dates/calendar';
import type { Invoice } from '../invoices/schema';
import type { CurrencyAmount } from '../money/currency-totals';
import type { Payment } from '../payments/schema';
import type { PaymentPromise } from '../promises/schema';
import type { DatePeriod } from './periods';

/** An open invoice, or (invoiceCount > 1) a group of one account's invoices due the same day. */
export type DashboardInvoice = Pick<Invoice, 'currency' | 'dueDate' | 'balanceMinor' | 'status'> & { invoiceCount?: number };
/** The promise lifecycle reads whole payments (allocations, when recorded). */
export type DashboardPayment = Payment;
export type DashboardCall = Pick<Call, 'startedAt' | 'status' | 'result'>;
export interface PlacedAccount {
  customerId: string;
  openBalances: readonly CurrencyAmount[];
}

export interface DashboardInputs {
  /** The office's date. */
  today: CalendarDate;
  officeTimeZone: string;
  /** 0 = Sunday ... 6 = Saturday (see firstDayOfWeekFor). */
  firstDayOfWeek: number;
  promiseGraceDays: number;
  /** Invoices that may still be owed (any others are ignored). */
  invoices: readonly DashboardInvoice[];
  payments: readonly DashboardPayment[];
  promises: readonly PaymentPromise[];
  /** Calls of the last two weeks at least (older ones are ignored). */
  calls: readonly DashboardCall[];
  /** Accounts with an agency now. */
  placedAccounts: readonly PlacedAccount[];
}

export interface CollectedFigures {
  period: DatePeriod;
  /** Everything received in the period, one total per currency. */
  total: CurrencyAmount[];
  /** The part recorded in Call Desk. */
  recordedHere: CurrencyAmount[];
  /** The part an import inferred from balances that went down in the books. */
  seenInBooks: CurrencyAmount[];
  paymentCount: number;
}

export interface PromiseTally {
  count: number;
  amounts: CurrencyAmount[];
}

/** Promises made in a period and where each stands now. */
export interface PromiseWindowFigures {
  period: DatePeriod;
  made: PromiseTally;
  kept: PromiseTally;
  partiallyKept: PromiseTally;
  broken: PromiseTally;
  stillOpen: PromiseTally;
  cancelled: PromiseTally;
}

export interface PromisesDueFigures {
  period: DatePeriod;
  /** Open promises with something still unpaid due in the period. */
  promiseCount: number;
  /** What is still unpaid of the instalments due in the period. */
  amounts: CurrencyAmount[];
}

export interface CallDay {
  date: CalendarDate;
  /** Calls with an outcome recorded, started that day (office time). */
  made: number;
  /** Of those, the ones where someone was spoken to. */
  reached: number;
}

export interface CallFigures {
  period: DatePeriod;
  days: CallDay[];
  made: number;
  reached: number;
}

export interface PlacementFigures {
  accountCount: number;
  /** What the placed accounts still owe, one total per currency. */
  openBalances: CurrencyAmount[];
}

export interface Dashboard {
  today: CalendarDate;
  /** Outstanding invoices aged, one row per currency, largest first. */
  receivables: CurrencyAging[];
  collected: { week: CollectedFigures; month: CollectedFigures };
  promises: { last30: PromiseWindowFigures; last90: PromiseWindowFigures };
  promisesDue: PromisesDueFigures;
  calls: CallFigures;
  placements: PlacementFigures;
}
