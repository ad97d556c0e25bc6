// Today: whom to call, in order, and why; the accounts left out, and why, on demand.
import { useId, useMemo } from 'react';
import { officeClockOf } from '../../shared/dates/office-time';
import { filterTodayQueue, tagsInQueue } from '../../shared/today/filters';
import { plural } from '../../shared/wording/plural';
import { useNow } from '../shell/clock';
import { useSettings } from '../settings/queries';
import { CallingSessionPanel } from './CallingSessionPanel';
import { LeftOutSection } from './LeftOutSection';
import { useRememberedTodayFilter } from './remembered-filter';
import { useTodayQueue } from './queries';
import { TodayFilters } from './TodayFilters';
import { TodayQueueTable } from './TodayQueueTable';
import './today.css';

export function TodayScreen() {
  const headingId = useId();
  const settings = useSettings().data;
  const now = useNow(60_000);
  const { queue, error } = useTodayQueue(now);
  const [filter, setFilter] = useRememberedTodayFilter();
  const tags = useMemo(() => (queue ? tagsInQueue(queue, settings?.locale) : []), [queue, settings?.locale]);

  if (error)
    return (
      <p role="alert" className="screen error-text">
        Today's calls could not be read: {error.message}
      </p>
    );
  if (!settings || !queue)
    return (
      <p className="loading" role="status">
        Finding today's calls…
      </p>
    );

  const office = officeClockOf(settings);
  const shown = filterTodayQueue(queue, filter);
  const ctx = { office, today: queue.officeToday };
  return (
    <main className="screen today-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Today</h1>
        <span className="muted">
          {plural(shown.rows.length, 'account', 'accounts', office.locale)} to call · {shown.leftOut.length} left out
        </span>
      </div>
      <CallingSessionPanel queueIds={shown.rows.map((row) => row.account.customerId)} office={office} currency={settings.currency} />
      <TodayFilters filter={filter} tags={tags} onChange={setFilter} />
      {shown.rows.length === 0 ? (
        <p className="empty">
          {queue.rows.length === 0
            ? 'Nobody to call right now. Callbacks, promises and past-due accounts appear here.'
            : 'No account to call matches these filters.'}
        </p>
      ) : (
        <TodayQueueTable rows={shown.rows} office={office} currency={settings.currency} today={queue.officeToday} now={now} />
      )}
      <LeftOutSection rows={shown.leftOut} ctx={ctx} />
    </main>
  );
}
