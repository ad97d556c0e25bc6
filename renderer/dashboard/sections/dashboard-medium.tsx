// Where the dashboard is being drawn: on screen (tables fold away under each chart, colours
// follow the theme) or into the printed PDF (tables always shown, plain colours).
import { createContext, useContext, type ReactNode } from 'react';
import { printPalette, screenPalette, type ChartPalette } from '../charts/chart-palette';
import type { DashboardFormat } from '../dashboard-wording';

export interface DashboardMedium {
  kind: 'screen' | 'print';
  palette: ChartPalette;
  format: DashboardFormat;
}

const MediumContext = createContext<DashboardMedium | null>(null);

export function DashboardMediumProvider({
  kind,
  format,
  children,
}: {
  kind: DashboardMedium['kind'];
  format: DashboardFormat;
  children: ReactNode;
}) {
  const palette = kind === 'print' ? printPalette : screenPalette;
  return <MediumContext.Provider value={{ kind, palette, format }}>{children}</MediumContext.Provider>;
}

export function useDashboardMedium(): DashboardMedium {
  const medium = useContext(MediumContext);
  if (!medium) throw new Error('Dashboard sections are drawn inside a DashboardMediumProvider.');
  return medium;
}

/** The table behind a chart: folded under it on screen, printed in full. */
export function ChartTable({ children }: { children: ReactNode }) {
  const { kind } = useDashboardMedium();
  if (kind === 'print') return <>{children}</>;
  return (
    <details className="chart-table">
      <summary>Show the figures as a table</summary>
      {children}
    </details>
  );
}
