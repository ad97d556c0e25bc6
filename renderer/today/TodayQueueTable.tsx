// The ordered queue: one row per account, with why to call, what is owed, how old it is, when it
// was last called and the customer's own time. A chase row can show how its rank was reached.
import { useState } from 'react';
import type { OfficeClock } from '../../shared/dates/office-time';
import type { TodayQueueRow } from '../../shared/today/queue';
import { scoreParts } from '../../shared/today/score';
import { reasonText, scorePartText, type WordingContext } from '../../shared/today/wording';
import { routes } from '../shell/router';
import { TagList } from '../customers/TagList';
import { Button } from '../ui/Button';
import { balanceText, daysPastDueText, lastContactText, localTimeLabels } from './row-cells';

/** Rows drawn at first; more on request, so a long queue opens at once. */
const pageSize = 100;

interface Props {
  rows: readonly TodayQueueRow[];
  office: OfficeClock;
  currency: string;
  today: string;
  now: Date;
}

function ScoreDetails({ row }: { row: TodayQueueRow }) {
  return (
    <details className="today-score">
      <summary>Rank score {row.score.total}</summary>
      <ul>
        {scoreParts(row.score).map((part) => (
          <li key={part.name}>{scorePartText(part)}</li>
        ))}
      </ul>
    </details>
  );
}

function QueueRow({
  row,
  position,
  ctx,
  currency,
  localTime,
}: {
  row: TodayQueueRow;
  position: number;
  ctx: WordingContext;
  currency: string;
  localTime: string;
}) {
  const { account } = row;
  return (
    <tr>
      <td className="num muted">{position}</td>
      <th scope="row">
        <a href={routes.customer(account.customerId)}>{account.name}</a>
        <div className="muted today-kind">{account.kind === 'commercial' ? 'Commercial' : 'Consumer'}</div>
        <TagList tags={account.tags} className="today-tags" />
      </th>
      <td className="today-reason">
        <span>{reasonText(row.reason, ctx)}</span>
        {row.otherReasons.length > 0 && (
          <ul className="today-other-reasons">
            {row.otherReasons.map((reason, i) => (
              <li key={i}>{reasonText(reason, ctx)}</li>
            ))}
          </ul>
        )}
        {row.tier === 'chase' && <ScoreDetails row={row} />}
      </td>
      <td className="num">{balanceText(account, ctx.office, currency)}</td>
      <td className="num">{daysPastDueText(row.oldestDaysPastDue, ctx.office.locale)}</td>
      <td>{lastContactText(account.lastContactAt, ctx.office)}</td>
      <td>{localTime}</td>
    </tr>
  );
}

export function TodayQueueTable({ rows, office, currency, today, now }: Props) {
  const [shown, setShown] = useState(pageSize);
  const ctx: WordingContext = { office, today };
  const localTime = localTimeLabels(now, office.locale);
  return (
    <>
      <table className="data today-table" aria-label="Calls for today">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">Place in the queue</span>#
            </th>
            <th scope="col">Customer</th>
            <th scope="col">Why call</th>
            <th scope="col" className="num">
              Balance
            </th>
            <th scope="col" className="num">
              Oldest past due
            </th>
            <th scope="col">Last contact</th>
            <th scope="col">Their time</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row, index) => (
            <QueueRow
              key={row.account.customerId}
              row={row}
              position={index + 1}
              ctx={ctx}
              currency={currency}
              localTime={localTime(row.account.timeZone)}
            />
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <Button onClick={() => setShown((n) => n + pageSize)}>
          Show {Math.min(pageSize, rows.length - shown)} more of {rows.length - shown}
        </Button>
      )}
    </>
  );
}
