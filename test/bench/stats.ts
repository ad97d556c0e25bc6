// Summaries for timing samples and the results file `npm run bench` writes.
import { writeFileSync } from 'node:fs';

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('No samples.');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Metric {
  value: number;
  unit: 'ms' | 'ratio';
  target: number;
  /**
   * The same kind of work at its smallest, measured in the same run (an empty read, a one-page
   * print…): what the machine cannot go below today, so a figure is read against its floor.
   */
  floor: number;
  floorWhat: string;
}

export function writeResults(file: string, metrics: Record<string, Metric>, context: Record<string, unknown>): string {
  const rounded = Object.fromEntries(
    Object.entries(metrics).map(([name, m]) => [
      name,
      { ...m, value: Math.round(m.value * 100) / 100, floor: Math.round(m.floor * 100) / 100 },
    ]),
  );
  writeFileSync(file, `${JSON.stringify({ metrics: rounded, context }, null, 2)}\n`);
  const rows = Object.entries(rounded).map(([name, m]) => {
    const verdict = m.value <= m.target ? 'within target' : 'OVER TARGET';
    return `| ${name.padEnd(28)} | ${String(m.value).padStart(9)} ${m.unit} | ${String(m.floor).padStart(9)} ${m.unit} (${m.floorWhat}) | ${String(m.target).padStart(7)} ${m.unit} | ${verdict} |`;
  });
  return ['| metric | value | floor (same run) | target | verdict |', '|---|---|---|---|---|', ...rows].join('\n');
}
