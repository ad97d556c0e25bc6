import { memo, type MouseEvent } from 'react';
import { formatCalendarDate } from '../../shared/dates/calendar';
import { formatMoney } from '../../shared/money/money';
import { planSummary } from '../../shared/promises/plan-wording';
import { promiseMethodLabels } from '../../shared/promises/schema';
import { navigate, routes } from '../shell/router';
import type { PromiseRow } from './promise-list';
import { progressSummary, promiseStatusText, promiseStatusTone } from './promise-wording';

/** A click anywhere on the row opens the customer; the name is the link keyboard users reach. */
export const PromiseTableRow = memo(function PromiseTableRow({ row, locale }: { row: PromiseRow; locale: string }) {
  const { promise, progress, customerName } = row;
  const href = routes.customer(promise.customerId);
  const onClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a')) return;
    navigate(href);
  };
  const plan = promise.instalments.length > 1;
  return (
    <tr className="clickable-row" onClick={onClick}>
      <th scope="row">
        <a href={href}>{customerName}</a>
      </th>
      <td className="num">{formatMoney(promise.amountMinor, promise.currency, locale)}</td>
      <td>
        <time dateTime={row.date}>{formatCalendarDate(row.date, locale)}</time>
        {plan && <div className="muted promise-plan">{planSummary(promise, progress.next?.index ?? null, { locale })}</div>}
      </td>
      <td>{promiseMethodLabels[promise.method]}</td>
      <td>
        <span className={`badge ${promiseStatusTone[promise.status]}`}>{promiseStatusText[promise.status]}</span>
      </td>
      <td>{progressSummary(progress, promise.amountMinor, promise.currency, locale) ?? <span className="muted">—</span>}</td>
    </tr>
  );
});
