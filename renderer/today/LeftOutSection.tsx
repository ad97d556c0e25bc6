// The accounts Today leaves out, folded away with their count. Each shows its deciding reason;
// "Why" opens every reason that applies, in full sentences.
import { useId, useState } from 'react';
import type { LeftOutRow } from '../../shared/today/queue';
import { leftOutDetail, leftOutText, type WordingContext } from '../../shared/today/wording';
import { routes } from '../shell/router';
import { TagList } from '../customers/TagList';

function LeftOutItem({ row, ctx }: { row: LeftOutRow; ctx: WordingContext }) {
  const [first] = row.reasons;
  return (
    <tr>
      <th scope="row">
        <a href={routes.customer(row.account.customerId)}>{row.account.name}</a>
        <TagList tags={row.account.tags} className="today-tags" />
      </th>
      <td>{first ? leftOutText(first, ctx) : ''}</td>
      <td>
        <details className="today-why">
          <summary>
            Why<span className="visually-hidden"> {row.account.name} is left out</span>
          </summary>
          <ul>
            {row.reasons.map((reason, i) => (
              <li key={i}>{leftOutDetail(reason, ctx)}</li>
            ))}
          </ul>
        </details>
      </td>
    </tr>
  );
}

export function LeftOutSection({ rows, ctx }: { rows: readonly LeftOutRow[]; ctx: WordingContext }) {
  const [open, setOpen] = useState(false);
  const headingId = useId();
  return (
    <section className="card today-left-out" aria-labelledby={headingId}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          <h2 id={headingId}>Left out ({rows.length})</h2>
        </summary>
        {/* Drawn only when opened: on a large book most accounts owe nothing past due. */}
        {open && (
          <table className="data" aria-label="Left out today">
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Reason</th>
                <th scope="col">
                  <span className="visually-hidden">All reasons</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <LeftOutItem key={row.account.customerId} row={row} ctx={ctx} />
              ))}
            </tbody>
          </table>
        )}
      </details>
    </section>
  );
}
