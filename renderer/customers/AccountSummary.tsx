import { agingBucketLabels, agingBuckets, type AgingSummary } from '../../shared/aging/aging';
import { formatMoney } from '../../shared/money/money';
import { plural } from '../../shared/wording/plural';

interface Props {
  aging: AgingSummary;
  currency: string;
  locale: string;
}

export function AccountSummary({ aging, currency, locale }: Props) {
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return (
    <section className="card account-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" className="visually-hidden">
        Balance and aging
      </h2>
      <dl className="totals">
        <div>
          <dt>Total due</dt>
          <dd data-testid="total-due">{money(aging.totalDueMinor)}</dd>
        </div>
        <div>
          <dt>Past due</dt>
          <dd data-testid="past-due" className={aging.pastDueMinor > 0 ? 'error-text' : ''}>
            {money(aging.pastDueMinor)}
          </dd>
        </div>
        <div>
          <dt>Oldest past due</dt>
          <dd data-testid="oldest-days">{aging.oldestDaysPastDue > 0 ? plural(aging.oldestDaysPastDue, 'day', 'days', locale) : 'None'}</dd>
        </div>
        <div>
          <dt>Open invoices</dt>
          <dd>{aging.openInvoiceCount}</dd>
        </div>
      </dl>
      <table className="data aging-table" aria-label="Aging">
        <thead>
          <tr>
            {agingBuckets.map((bucket) => (
              <th key={bucket} scope="col" className="num">
                {agingBucketLabels[bucket]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {agingBuckets.map((bucket) => (
              <td key={bucket} className={`num${aging.buckets[bucket] > 0 && bucket !== 'current' ? ' overdue' : ''}`}>
                {money(aging.buckets[bucket])}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </section>
  );
}
