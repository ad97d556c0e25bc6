// Calls made and calls that reached someone on each of the last 14 office days.
import { useId } from 'react';
import type { Dashboard } from '../../../shared/dashboard/model';
import { ChartLegend, GroupedBarChart } from '../charts/GroupedBarChart';
import { dateText, periodText, shortDayText } from '../dashboard-wording';
import { ChartTable, useDashboardMedium } from './dashboard-medium';

export function CallsSection({ dashboard }: { dashboard: Dashboard }) {
  const headingId = useId();
  const { format, palette } = useDashboardMedium();
  const { calls } = dashboard;
  const series = [
    { key: 'made' as const, label: 'Calls made', color: palette.made },
    { key: 'reached' as const, label: 'Reached someone', color: palette.reached },
  ];
  const busiest = calls.days.reduce((best, day) => (day.made > best.made ? day : best), calls.days[0]!);
  const summary =
    `Calls per day from ${periodText(calls.period, format)}: ${calls.made} made, ${calls.reached} reached someone` +
    (calls.made > 0 ? `; the busiest day was ${dateText(busiest.date, format)} with ${busiest.made}.` : '.');
  return (
    <section className="card dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Calls in the last two weeks</h2>
      <p className="muted">
        {calls.made} calls made, {calls.reached} reached someone ({periodText(calls.period, format)}).
      </p>
      <GroupedBarChart
        groups={calls.days.map((day) => ({
          label: shortDayText(day.date, format.locale),
          values: { made: day.made, reached: day.reached },
        }))}
        series={series}
        summary={summary}
        gridColor={palette.grid}
        labelColor={palette.label}
      />
      <ChartLegend items={series} />
      <ChartTable>
        <table className="data call-days">
          <caption>Calls per day, {periodText(calls.period, format)}</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" className="num">
                Calls made
              </th>
              <th scope="col" className="num">
                Reached someone
              </th>
            </tr>
          </thead>
          <tbody>
            {calls.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{dateText(day.date, format)}</th>
                <td className="num">{day.made}</td>
                <td className="num">{day.reached}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ChartTable>
    </section>
  );
}
