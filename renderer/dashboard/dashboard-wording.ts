// How the dashboard writes its figures, on screen and in the PDF alike: money one amount per
// currency in the office locale, days and periods as the office reads its calendar.
import { formatCalendarDate, type CalendarDate } from '../../shared/dates/calendar';
import type { DatePeriod } from '../../shared/dashboard/periods';
import { formatCurrencyTotals, type CurrencyAmount } from '../../shared/money/currency-totals';

export interface DashboardFormat {
  locale: string;
  /** The office currency: a zero is written in it. */
  currency: string;
}

export function moneyText(totals: readonly CurrencyAmount[], format: DashboardFormat): string {
  return formatCurrencyTotals(totals, format.locale, format.currency);
}

export function dateText(date: CalendarDate, format: DashboardFormat): string {
  return formatCalendarDate(date, format.locale, 'medium');
}

/** "Jun 14, 2026 – Jun 17, 2026", or the one day when the period is a single day. */
export function periodText(period: DatePeriod, format: DashboardFormat): string {
  if (period.from === period.to) return dateText(period.from, format);
  return `${dateText(period.from, format)} – ${dateText(period.to, format)}`;
}

const dayLabelFormats = new Map<string, Intl.DateTimeFormat>();

/** A short label for a day on a chart's axis: "Mon 8". */
export function shortDayText(date: CalendarDate, locale: string): string {
  let format = dayLabelFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
    dayLabelFormats.set(locale, format);
  }
  return format.format(new Date(`${date}T12:00:00.000Z`));
}
