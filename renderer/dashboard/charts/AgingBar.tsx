// One currency's receivables as a single bar split by age, youngest on the left: how much of
// what is owed is how late, at a glance. Drawn with visx's scale and bars (plain SVG).
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { agingBuckets, type AgingBucket } from '../../../shared/aging/aging';

export interface AgingBarProps {
  buckets: Record<AgingBucket, number>;
  totalMinor: number;
  colors: Record<AgingBucket, string>;
  summary: string;
  width?: number;
  height?: number;
}

export function AgingBar({ buckets, totalMinor, colors, summary, width = 640, height = 28 }: AgingBarProps) {
  const x = scaleLinear<number>({ domain: [0, Math.max(1, totalMinor)], range: [0, width] });
  // Each segment starts where the younger ones before it end.
  const segments = agingBuckets.map((bucket, index) => {
    const before = agingBuckets.slice(0, index).reduce((sum, younger) => sum + buckets[younger], 0);
    return { bucket, x: x(before), width: x(before + buckets[bucket]) - x(before) };
  });
  return (
    <svg
      className="dashboard-chart aging-bar"
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="none"
    >
      {segments
        .filter((segment) => segment.width > 0)
        .map((segment) => (
          <Bar key={segment.bucket} x={segment.x} y={0} width={segment.width} height={height} style={{ fill: colors[segment.bucket] }} />
        ))}
    </svg>
  );
}
