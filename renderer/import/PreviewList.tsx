// One group of the preview ("New invoices: 42"), closed until the user opens it; long groups
// show their first rows (all the window was sent: see plan-preview.ts) and say how many more.
import type { ReactNode } from 'react';
import { previewListLength } from './plan-preview';

interface Props<T> {
  title: string;
  /** How many there are in all. */
  count: number;
  /** The first of them. */
  items: readonly T[];
  /** One list item's content. */
  render(item: T): ReactNode;
  itemKey(item: T, index: number): string;
  tone?: 'warning';
}

export function PreviewList<T>({ title, count, items, render, itemKey, tone }: Props<T>) {
  if (count === 0) return null;
  const shown = items.slice(0, previewListLength);
  return (
    <details className={`import-preview-group${tone ? ` ${tone}` : ''}`}>
      <summary>
        {title}: <strong>{count}</strong>
      </summary>
      <ul>
        {shown.map((item, index) => (
          <li key={itemKey(item, index)}>{render(item)}</li>
        ))}
      </ul>
      {count > shown.length && <p className="muted">…and {count - shown.length} more.</p>}
    </details>
  );
}
