// What each Today row shows beside its reason, as text: the balance, how old the debt is, when
// the customer was last called and what time it is where they are.
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import { localTimeIn } from '../../shared/dates/time-zones';
import { formatCurrencyTotals } from '../../shared/money/currency-totals';
import { plural } from '../../shared/wording/plural';
import type { TodayAccountFacts } from '../../shared/today/facts';

export function balanceText(account: TodayAccountFacts, office: OfficeClock, currency: string): string {
  return formatCurrencyTotals(account.openBalances, office.locale, currency);
}

export function daysPastDueText(days: number, locale: string): string {
  return days > 0 ? plural(days, 'day', 'days', locale) : 'Not past due';
}

export function lastContactText(at: string | null, office: OfficeClock): string {
  return at === null ? 'Never called' : formatInstant(at, office, 'date');
}

/** "2:45 PM PDT": one formatter run per zone and minute, however many rows share the zone. */
export function localTimeLabels(now: Date, locale: string): (timeZone: string) => string {
  const byZone = new Map<string, string>();
  return (timeZone) => {
    let label = byZone.get(timeZone);
    if (label === undefined) {
      const local = localTimeIn(timeZone, now, locale);
      label = `${local.weekday} ${local.time} ${local.zoneName}`;
      byZone.set(timeZone, label);
    }
    return label;
  };
}
