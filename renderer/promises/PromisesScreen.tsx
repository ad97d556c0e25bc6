// Promises to pay across all customers: due today, upcoming, overdue (within the grace days),
// broken (or only partly kept) and kept. Each tab shows how many it lists and their total per
// currency; opened without a tab, the view picks the first one with something in it. Each row
// opens the customer.
import { useEffect, useId } from 'react';
import { plural } from '../../shared/wording/plural';
import { TabFigures } from '../ui/TabFigures';
import { navigate, routes } from '../shell/router';
import { useSettings } from '../settings/queries';
import { openingPromiseFilter, promiseFilterLabels, promiseFilters, type PromiseFilter } from './promise-filters';
import { promiseListLimit } from './promise-list';
import { PromiseTableRow } from './PromiseTableRow';
import { usePromiseList, usePromiseTabs } from './queries';
import './promises.css';

const emptyText: Record<PromiseFilter, string> = {
  'due-today': 'No promises are due today.',
  upcoming: 'No promises are coming up.',
  overdue: 'No open promises are past their date.',
  broken: 'No broken promises.',
  kept: 'No kept promises yet.',
  all: 'No promises yet: they are recorded when a call ends with a promise to pay.',
};

export function PromisesScreen({ filter: asked }: { filter: PromiseFilter | null }) {
  const headingId = useId();
  const settings = useSettings().data;
  const tabs = usePromiseTabs();
  // Until a tab is chosen the list waits on the counts; "All" is read meanwhile (it is cached).
  const filter = asked ?? 'all';
  const list = usePromiseList(filter);
  const label = promiseFilterLabels[filter];
  const opening = asked === null && tabs.data ? openingPromiseFilter(tabs.data) : null;

  useEffect(() => {
    if (opening) navigate(routes.promises(opening), { replace: true });
  }, [opening]);

  return (
    <main className="screen promises-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Promises</h1>
      </div>
      <div role="group" aria-label="Show promises" className="filter-bar">
        {promiseFilters.map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={f === asked}
            className={f === asked ? 'primary' : undefined}
            onClick={() => navigate(routes.promises(f), { replace: true })}
          >
            {promiseFilterLabels[f]}
            {settings && tabs.data && <TabFigures {...tabs.data[f]} one="promise" many="promises" locale={settings.locale} />}
          </button>
        ))}
      </div>
      <section className="card">
        {list.isError ? (
          <p role="alert" className="error-text">
            The promises could not be read: {list.error.message}
          </p>
        ) : !list.data || !settings || asked === null ? (
          <p role="status" className="muted">
            Loading promises…
          </p>
        ) : list.data.rows.length === 0 ? (
          <p className="empty">{emptyText[filter]}</p>
        ) : (
          <>
            <table className="data promise-table" aria-busy={list.isPlaceholderData || undefined}>
              <caption className="visually-hidden">Promises: {label}</caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Promised date</th>
                  <th scope="col">Method</th>
                  <th scope="col">Status</th>
                  <th scope="col">Instalments</th>
                </tr>
              </thead>
              <tbody>
                {list.data.rows.map((row) => (
                  <PromiseTableRow key={row.promise.id} row={row} locale={settings.locale} />
                ))}
              </tbody>
            </table>
            {list.data.total > list.data.rows.length && (
              <p className="muted">
                Showing the first {promiseListLimit} of {plural(list.data.total, 'promise', 'promises', settings.locale)}.
              </p>
            )}
          </>
        )}
        {list.data && list.data.placedLeftOut > 0 && (
          <p className="muted">
            {list.data.placedLeftOut === 1
              ? '1 open promise on an account placed with an agency is not listed: the agency collects it.'
              : `${list.data.placedLeftOut} open promises on accounts placed with an agency are not listed: the agency collects them.`}
          </p>
        )}
      </section>
    </main>
  );
}
