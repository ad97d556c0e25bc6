// The file's balance and aging: totals one per currency ("$1,200.00 · CA$300.00"), and one aging
// row per currency when the account has more than one (amounts in different currencies are never
// added together).
import { agingBucketLabels, agingBuckets, type CurrencyAging } from '../../shared/aging/aging';
import { formatCurrencyTotals } from '../../shared/money/currency-totals';
import { formatMoney } from '../../shared/money/money';
import { plural } from '../../shared/wording/plural';

interface Props {
  /** One per currency with something outstanding (computeAgingByCurrency); empty when nothing is owed. */
  agings: readonly CurrencyAging[];
  /** The office currency: writes the zeros of an account that owes nothing. */
  currency: string;
  locale: string;
}

export function AccountSummary({ agings, currency, locale }: Props) {
  const totals = (pick: (a: CurrencyAging) => number) =>
    formatCurrencyTotals(
      agings.map((a) => ({ currency: a.currency, amountMinor: pick(a) })),
      locale,
      currency,
    );
  const pastDue = agings.some((a) => a.pastDueMinor > 0);
  const oldestDays = Math.max(0, ...agings.map((a) => a.oldestDaysPastDue));
  const openInvoices = agings.reduce((count, a) => count + a.openInvoiceCount, 0);
  // An account that owes nothing still shows its (empty) buckets, in the office currency.
  const rows = agings.length > 0 ? agings : [{ currency, buckets: { current: 0, '1-30': 0, '31-60': 0, '61-90': 0, '90+': 0 } }];
  const several = rows.length > 1;
  return (
    <section className="card account-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Balance and aging
      </h2>
      <dl className="totals">
        <div>
          <dt>Total due</dt>
          <dd data-testid="total-due">{totals((a) => a.totalDueMinor)}</dd>
        </div>
        <div>
          <dt>Past due</dt>
          <dd data-testid="past-due" className={pastDue ? 'error-text' : ''}>
            {totals((a) => a.pastDueMinor)}
          </dd>
        </div>
        <div>
          <dt>Oldest past due</dt>
          <dd data-testid="oldest-days">{oldestDays > 0 ? plural(oldestDays, 'day', 'days', locale) : 'None'}</dd>
        </div>
        <div>
          <dt>Open invoices</dt>
          <dd>{openInvoices}</dd>
        </div>
      </dl>
      <table className="data aging-table" aria-label="Aging">
        <thead>
          <tr>
            {several && <th scope="col">Currency</th>}
            {agingBuckets.map((bucket) => (
              <th key={bucket} scope="col" className="num">
                {agingBucketLabels[bucket]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.currency}>
              {several && <th scope="row">{row.currency}</th>}
              {agingBuckets.map((bucket) => (
                <td key={bucket} className={`num${row.buckets[bucket] > 0 && bucket !== 'current' ? ' overdue' : ''}`}>
                  {formatMoney(row.buckets[bucket], row.currency, locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
