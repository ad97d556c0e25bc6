// The colours of the dashboard's charts. On screen they are the theme's CSS variables (so dark
// mode recolours them); in the PDF, where no app stylesheet exists, plain colours that stay
// apart when printed in grey. Set through style (fill), which both the app's and the printed
// document's policies allow.
import type { AgingBucket } from '../../../shared/aging/aging';

export interface ChartPalette {
  buckets: Record<AgingBucket, string>;
  made: string;
  kept: string;
  reached: string;
  grid: string;
  label: string;
}

export const screenPalette: ChartPalette = {
  buckets: {
    current: 'var(--chart-current)',
    '1-30': 'var(--chart-1-30)',
    '31-60': 'var(--chart-31-60)',
    '61-90': 'var(--chart-61-90)',
    '90+': 'var(--chart-90-plus)',
  },
  made: 'var(--chart-made)',
  kept: 'var(--chart-kept)',
  reached: 'var(--chart-kept)',
  grid: 'var(--border)',
  label: 'var(--muted)',
};

export const printPalette: ChartPalette = {
  buckets: { current: '#7fb98f', '1-30': '#e3c35a', '31-60': '#d98b3a', '61-90': '#b8502a', '90+': '#6e1f1f' },
  made: '#9fb3cf',
  kept: '#1f3a5f',
  reached: '#1f3a5f',
  grid: '#c3ccd6',
  label: '#5b6672',
};
