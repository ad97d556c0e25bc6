// Promises made in the last 30 and 90 days and how many were kept, with every outcome in the
// table: made, kept, partly kept, broken, still open, cancelled (as the promise lifecycle has it).
import { useId } from 'react';
import type { Dashboard, PromiseTally, PromiseWindowFigures } from '../../../shared/dashboard/model';
import { ChartLegend, GroupedBarChart } from '../charts/GroupedBarChart';
import { moneyText, periodText } from '../dashboard-wording';
import { ChartTable, useDashboardMedium } from './dashboard-medium';

const rows: { label: string; tally: (figures: PromiseWindowFigures) => PromiseTally }[] = [
  { label: 'Made', tally: (f) => f.made },
  { label: 'Kept', tally: (f) => f.kept },
  { label: 'Partly kept', tally: (f) => f.partiallyKept },
  { label: 'Broken', tally: (f) => f.broken },
  { label: 'Still open', tally: (f) => f.stillOpen },
  { label: 'Cancelled', tally: (f) => f.cancelled },
];

export function PromisesSection({ dashboard }: { dashboard: Dashboard }) {
  const headingId = useId();
  const { format, palette } = useDashboardMedium();
  const { last30, last90 } = dashboard.promises;
  const windows = [
    { label: 'Last 30 days', figures: last30 },
    { label: 'Last 90 days', figures: last90 },
  ];
  const series = [
    { key: 'made' as const, label: 'Made', color: palette.made },
    { key: 'kept' as const, label: 'Kept', color: palette.kept },
  ];
  const summary = windows.map((w) => `${w.label}: ${w.figures.made.count} made, ${w.figures.kept.count} kept`).join('; ');
  return (
    <section className="card dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Promises made and kept</h2>
      <p className="muted">
        Kept in the last 30 days: {last30.kept.count} of {last30.made.count} made ({moneyText(last30.kept.amounts, format)} of{' '}
        {moneyText(last30.made.amounts, format)}).
      </p>
      <GroupedBarChart
        groups={windows.map((w) => ({ label: w.label, values: { made: w.figures.made.count, kept: w.figures.kept.count } }))}
        series={series}
        summary={`Promises made and kept. ${summary}.`}
        gridColor={palette.grid}
        labelColor={palette.label}
        height={160}
      />
      <ChartLegend items={series} />
      <ChartTable>
        <table className="data promise-figures">
          <caption>
            Promises made in the last 30 days ({periodText(last30.period, format)}) and 90 days ({periodText(last90.period, format)}), by
            how they stand today
          </caption>
          <thead>
            <tr>
              <th scope="col">Promises</th>
              <th scope="col" className="num">
                30 days: count
              </th>
              <th scope="col" className="num">
                30 days: amount
              </th>
              <th scope="col" className="num">
                90 days: count
              </th>
              <th scope="col" className="num">
                90 days: amount
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="num">{row.tally(last30).count}</td>
                <td className="num">{moneyText(row.tally(last30).amounts, format)}</td>
                <td className="num">{row.tally(last90).count}</td>
                <td className="num">{moneyText(row.tally(last90).amounts, format)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </section>
  );
}
