import type { MouseEvent } from 'react';
import { navigate, routes } from '../shell/router';
import { Button } from '../ui/Button';
import type { FollowUpRow } from './follow-up-repository';
import { followUpKindText, type Dueness } from './follow-up-wording';

interface Props {
  row: FollowUpRow;
  dueness: Dueness;
  /** The due time as the office reads it. */
  when: string;
  /** The customer's wall-clock time then, when it differs from the office's. */
  theirTime: string | null;
  busy: boolean;
  onSnooze(): void;
  onDone(): void;
}

/** A click anywhere outside the buttons opens the customer; the name is the keyboard's link. */
export function FollowUpRowView({ row, dueness, when, theirTime, busy, onSnooze, onDone }: Props) {
  const { followUp, customerName } = row;
  const href = routes.customer(followUp.customerId);
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a, button')) return;
    navigate(href);
  };
  const kind = followUpKindText[followUp.kind];
  return (
    <tr className="clickable-row" onClick={onClick}>
      <th scope="row">
        <a href={href}>{customerName}</a>
      </th>
      <td>{kind}</td>
      <td>
        <time dateTime={followUp.dueAt}>{when}</time> {theirTime && <span className="muted small">({theirTime} for the customer) </span>}
        {dueness === 'overdue' && <span className="badge danger">Overdue</span>}
        {dueness === 'due-now' && <span className="badge warning">Due now</span>}
      </td>
      <td className="follow-up-note">{followUp.note || <span className="muted">—</span>}</td>
      <td>
        <div className="row-actions">
          <Button aria-haspopup="dialog" aria-label={`Snooze ${kind.toLowerCase()} for ${customerName}`} disabled={busy} onClick={onSnooze}>
            Snooze
          </Button>
          <Button aria-label={`Done: ${kind.toLowerCase()} for ${customerName}`} disabled={busy} onClick={onDone}>
            Done
          </Button>
        </div>
      </td>
    </tr>
  );
}
