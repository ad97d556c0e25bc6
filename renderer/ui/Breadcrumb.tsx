// Where a screen sits, as links back up: separators are drawn only between items, so a trail
// never ends in a dangling "/".
import { Fragment } from 'react';

export interface BreadcrumbItem {
  label: string;
  /** Absent for the screen itself (the last item). */
  href?: string;
}

export function Breadcrumb({ items }: { items: readonly BreadcrumbItem[] }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      {items.map((item, index) => (
        <Fragment key={`${index}-${item.label}`}>
          {index > 0 && (
            <span className="breadcrumb-separator" aria-hidden="true">
              {' / '}
            </span>
          )}
          {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
        </Fragment>
      ))}
    </nav>
  );
}
