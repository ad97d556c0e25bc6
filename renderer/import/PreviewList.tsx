// One group of the preview ("New invoices: 42"), closed until the user opens it; long groups
// show their first rows and say how many more there are.
import type { ReactNode } from 'react';

const shownRows = 200;

interface Props<T> {
  title: string;
  items: readonly T[];
  /** One list item's content. */
  render(item: T): ReactNode;
  itemKey(item: T, index: number): string;
  tone?: 'warning';
}

export function PreviewList<T>({ title, items, render, itemKey, tone }: Props<T>) {
  if (items.length === 0) return null;
  const shown = items.slice(0, shownRows);
  return (
    <details className={`import-preview-group${tone ? ` ${tone}` : ''}`}>
      <summary>
        {title}: <strong>{items.length}</strong>
      </summary>
      <ul>
        {shown.map((item, index) => (
          <li key={itemKey(item, index)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > shown.length && <p className="muted">…and {items.length - shown.length} more.</p>}
    </details>
  );
}
