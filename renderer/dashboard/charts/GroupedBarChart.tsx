// Bars side by side for each group (a day, a period), drawn as plain SVG with visx's scales and
// bar layout: no script runs in the picture, so the same markup prints into the PDF. The picture
// is one image to assistive technology (its label says what it shows); the numbers themselves
// are in the table that goes with every chart.
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarGroup } from '@visx/shape';

export interface BarSeries<Key extends string> {
  key: Key;
  label: string;
  color: string;
}

export interface GroupedBarChartProps<Key extends string> {
  /** One entry per group, in order; `values` holds one number per series key. */
  groups: { label: string; values: Record<Key, number> }[];
  series: BarSeries<Key>[];
  /** What the chart shows, for screen readers. */
  summary: string;
  gridColor: string;
  labelColor: string;
  width?: number;
  height?: number;
}

const margin = { top: 8, right: 8, bottom: 26, left: 36 };

export function GroupedBarChart<Key extends string>({
  groups,
  series,
  summary,
  gridColor,
  labelColor,
  width = 640,
  height = 200,
}: GroupedBarChartProps<Key>) {
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const keys = series.map((s) => s.key);
  const data = groups.map((group, index) => ({ index: String(index), ...group.values }));
  const largest = Math.max(1, ...groups.flatMap((group) => keys.map((key) => group.values[key])));
  const x0Scale = scaleBand<string>({ domain: data.map((d) => d.index), range: [0, innerWidth], padding: 0.25 });
  const x1Scale = scaleBand<Key>({ domain: keys, range: [0, x0Scale.bandwidth()], padding: 0.08 });
  const yScale = scaleLinear<number>({ domain: [0, largest], range: [innerHeight, 0], nice: true });
  // Whole numbers only: these are counts.
  const ticks = yScale.ticks(Math.min(4, yScale.domain()[1] ?? 1)).filter((tick) => Number.isInteger(tick));
  const colorOf = new Map(series.map((s) => [s.key, s.color]));

  return (
    <svg
      className="dashboard-chart"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
    >
      <Group left={margin.left} top={margin.top}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={0} x2={innerWidth} y1={yScale(tick)} y2={yScale(tick)} style={{ stroke: gridColor }} strokeWidth={1} />
            <text x={-6} y={yScale(tick)} dy="0.32em" textAnchor="end" fontSize={11} style={{ fill: labelColor }}>
              {tick}
            </text>
          </g>
        ))}
        <BarGroup
          data={data}
          keys={keys}
          height={innerHeight}
          x0={(d) => d.index}
          x0Scale={x0Scale}
          x1Scale={x1Scale}
          yScale={yScale}
          color={(key) => colorOf.get(key) ?? labelColor}
        >
          {(barGroups) =>
            barGroups.map((barGroup) => (
              <Group key={barGroup.index} left={barGroup.x0}>
                {barGroup.bars.map((bar) => (
                  <rect key={bar.key} x={bar.x} y={bar.y} width={bar.width} height={Math.max(0, bar.height)} style={{ fill: bar.color }} />
                ))}
              </Group>
            ))
          }
        </BarGroup>
        {groups.map((group, index) => (
          <text
            key={index}
            x={(x0Scale(String(index)) ?? 0) + x0Scale.bandwidth() / 2}
            y={innerHeight + 16}
            textAnchor="middle"
            fontSize={11}
            style={{ fill: labelColor }}
          >
            {group.label}
          </text>
        ))}
      </Group>
    </svg>
  );
}

/** The chart's colour key, as text beside it (the picture itself is hidden from screen readers). */
export function ChartLegend({ items }: { items: { label: string; color: string }[] }) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <svg width="10" height="10" viewBox="0 0 10 10" focusable="false">
            <rect width="10" height="10" style={{ fill: item.color }} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
