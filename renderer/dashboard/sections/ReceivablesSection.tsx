// What is owed, one line per currency (never added together), each with a bar split by age and
// the same amounts in a table.
import { plural } from '../../../shared/wording/plural';
import { useId } from 'react';
import { agingBucketLabels, agingBuckets, type CurrencyAging } from '../../../shared/aging/aging';
import type { Dashboard } from '../../../shared/dashboard/model';
import { formatMoney } from '../../../shared/money/money';
import { AgingBar } from '../charts/AgingBar';
import { ChartLegend } from '../charts/GroupedBarChart';
import { dateText } from '../dashboard-wording';
import { ChartTable, useDashboardMedium } from './dashboard-medium';

function agingSummary(aging: CurrencyAging, locale: string): string {
  const parts = agingBuckets.map((bucket) => `${agingBucketLabels[bucket]} ${formatMoney(aging.buckets[bucket], aging.currency, locale)}`);
  return `Receivables in ${aging.currency} by age, ${formatMoney(aging.totalDueMinor, aging.currency, locale)} in all: ${parts.join(', ')}.`;
}

function CurrencyReceivables({ aging }: { aging: CurrencyAging }) {
  const { format, palette } = useDashboardMedium();
  const money = (minor: number) => formatMoney(minor, aging.currency, format.locale);
  return (
    <div className="receivables-currency">
      <p className="receivables-total">
        <span className="total-amount">{money(aging.totalDueMinor)}</span> owed
        {aging.pastDueMinor > 0 ? `, ${money(aging.pastDueMinor)} of it past due` : ', none of it past due'} ·{' '}
        {plural(aging.openInvoiceCount, 'open invoice', 'open invoices', format.locale)}
      </p>
      <AgingBar
        buckets={aging.buckets}
        totalMinor={aging.totalDueMinor}
        colors={palette.buckets}
        summary={agingSummary(aging, format.locale)}
      />
    </div>
  );
}

export function ReceivablesSection({ dashboard }: { dashboard: Dashboard }) {
  const headingId = useId();
  const { format, palette } = useDashboardMedium();
  const { receivables } = dashboard;
  return (
    <section className="card dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Receivables</h2>
      {receivables.length === 0 ? (
        <p className="muted">Nothing is owed on any account.</p>
      ) : (
        <>
          {receivables.map((aging) => (
            <CurrencyReceivables key={aging.currency} aging={aging} />
          ))}
          <ChartLegend items={agingBuckets.map((bucket) => ({ label: agingBucketLabels[bucket], color: palette.buckets[bucket] }))} />
          <ChartTable>
            <table className="data aging">
              <caption>Receivables by age on {dateText(dashboard.today, format)}</caption>
              <thead>
                <tr>
                  <th scope="col">Currency</th>
                  {agingBuckets.map((bucket) => (
                    <th key={bucket} scope="col" className="num">
                      {agingBucketLabels[bucket]}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {receivables.map((aging) => (
                  <tr key={aging.currency}>
                    <th scope="row">{aging.currency}</th>
                    {agingBuckets.map((bucket) => (
                      <td key={bucket} className="num">
                        {formatMoney(aging.buckets[bucket], aging.currency, format.locale)}
                      </td>
                    ))}
                    <td className="num">{formatMoney(aging.totalDueMinor, aging.currency, format.locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ChartTable>
        </>
      )}
    </section>
  );
}
