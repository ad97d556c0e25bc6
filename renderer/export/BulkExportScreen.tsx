// Export: agency packets for several accounts at once. Pick the accounts (filters narrow the
// list to those placed with an agency or long past due), choose a folder, and one PDF per
// account is written there, with progress and a summary of what was written.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useOfficeToday } from '../app/use-office-today';
import { useSettings } from '../settings/queries';
import { TextField } from '../ui/fields';
import { BulkExportProgress } from './BulkExportProgress';
import { BulkExportSummary } from './BulkExportSummary';
import { exportFilterLabels, exportFilters, type ExportFilter } from './export-candidates';
import { ExportCandidatesTable } from './ExportCandidatesTable';
import { useExportCandidates } from './queries';
import { isBulkExportBusy } from './bulk-export-store';
import { useBulkExport } from './use-bulk-export';
import './export.css';

/** Rows shown at once: a longer list is narrowed with the search box, not scrolled. */
const shownLimit = 500;

export function BulkExportScreen() {
  const headingId = useId();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const [filter, setFilter] = useState<ExportFilter>('placed');
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim().toLocaleLowerCase());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only a run started from this visit takes the keyboard to Cancel; coming back to a run started
  // earlier leaves focus where navigation put it.
  const [startedHere, setStartedHere] = useState(false);
  const candidates = useExportCandidates(filter, today);
  const bulk = useBulkExport();
  const busy = isBulkExportBusy(bulk.state);

  const matching = useMemo(
    () => (candidates.data ?? []).filter((c) => query === '' || c.legalName.toLocaleLowerCase().includes(query) || c.accountNumber.toLocaleLowerCase().includes(query)),
    [candidates.data, query],
  );
  const shown = matching.slice(0, shownLimit);
  const chosen = (candidates.data ?? []).filter((c) => selected.has(c.customerId));

  const chooseFilter = (next: ExportFilter) => {
    setFilter(next);
    setSelected(new Set());
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const toggleAll = (on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      for (const row of shown) {
        if (on) next.add(row.customerId);
        else next.delete(row.customerId);
      }
      return next;
    });
  const exportSelected = () => {
    setStartedHere(true);
    void bulk.start(chosen.map((c) => ({ customerId: c.customerId, customerName: c.legalName })));
  };

  if (!settings || today === null) return <p className="loading" role="status">Loading…</p>;

  return (
    <main className="screen export-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Export</h1>
      </div>
      <p className="intro muted">
        Write an agency packet for several accounts at once: one PDF per account, with its attached documents, into a folder you
        choose.
      </p>

      {/* Above the list, which can be long: what is happening stays in view. */}
      {bulk.state.phase === 'running' && (
        <BulkExportProgress
          progress={bulk.state.progress}
          stopping={bulk.state.stopping}
          folderPath={bulk.state.folder.path}
          focusCancel={startedHere}
          onCancel={bulk.stop}
        />
      )}
      {bulk.state.phase === 'finished' && (
        <BulkExportSummary
          folder={bulk.state.folder}
          run={bulk.state.run}
          selected={bulk.state.selected}
          onDone={() => {
            bulk.reset();
            setSelected(new Set());
          }}
        />
      )}
      {bulk.state.phase === 'failed' && (
        <div role="alert" className="export-notice failed">
          <p>{bulk.state.message}</p>
          <button type="button" onClick={bulk.reset}>
            Dismiss
          </button>
        </div>
      )}
      <section className="card" aria-label="Accounts">
        <div className="export-toolbar">
          <div role="group" aria-label="Show accounts" className="filter-bar">
            {exportFilters.map((f) => (
              <button key={f} type="button" aria-pressed={f === filter} className={f === filter ? 'primary' : undefined} onClick={() => chooseFilter(f)} disabled={busy}>
                {exportFilterLabels[f]}
              </button>
            ))}
          </div>
          <TextField label="Find an account" type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {candidates.isError ? (
          <p role="alert" className="error-text">
            The accounts could not be read: {candidates.error.message}
          </p>
        ) : !candidates.data ? (
          <p role="status" className="muted">
            Loading accounts…
          </p>
        ) : shown.length === 0 ? (
          <p className="empty">{query ? 'No account matches that search.' : `No accounts: ${exportFilterLabels[filter].toLowerCase()}.`}</p>
        ) : (
          <ExportCandidatesTable
            rows={shown}
            selected={selected}
            today={today}
            currency={settings.currency}
            locale={settings.locale}
            disabled={busy}
            onToggle={toggle}
            onToggleAll={toggleAll}
          />
        )}
        {matching.length > shown.length && (
          <p className="muted">
            Showing the first {shownLimit} of {matching.length} accounts; search to find others.
          </p>
        )}
        <div className="export-footer">
          <span role="status">{chosen.length === 1 ? '1 account selected' : `${chosen.length} accounts selected`}</span>
          <button type="button" className="primary" onClick={exportSelected} disabled={busy || chosen.length === 0}>
            Export agency packets…
          </button>
        </div>
      </section>

    </main>
  );
}
