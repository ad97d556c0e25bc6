// Export: agency packets or customer statements for several accounts at once. Pick the kind and
// the accounts (filters narrow the list to those placed with an agency or long past due; each
// shows how many accounts and what they owe per currency, and the screen opens on the first
// with an account in it), choose a folder, and one PDF per account is written there, with
// progress and a summary of what was written. Letters for the same accounts are written from
// here too, through their own dialog (renderer/letters): one PDF holding every letter.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { plural } from '../../shared/wording/plural';
import { useOfficeToday } from '../shell/use-office-today';
import { useSettings } from '../settings/queries';
import { TextField } from '../ui/fields';
import { TabFigures } from '../ui/TabFigures';
import { bulkDocumentKinds, bulkDocumentWords, type BulkDocumentKind } from './bulk-document-kinds';
import { BulkExportProgress } from './BulkExportProgress';
import { BulkExportSummary } from './BulkExportSummary';
import { exportFilterLabels, exportFilters, openingExportFilter, type ExportFilter } from './export-candidates';
import { ExportCandidatesTable } from './ExportCandidatesTable';
import { useExportCandidates, useExportFilterSummaries } from './queries';
import { isBulkExportBusy } from './bulk-export-store';
import { useBulkExport } from './use-bulk-export';
import './export.css';
import { ExportFailedNotice } from './ExportFailedNotice';
import { LetterBatchDialog } from '../letters/LetterBatchDialog';

/** Rows shown at once: a longer list is narrowed with the search box, not scrolled. */
const shownLimit = 500;

/** What the screen writes for each chosen account: a document of the folder export, or a letter. */
type ScreenKind = BulkDocumentKind | 'letter';
const screenKinds: readonly ScreenKind[] = [...bulkDocumentKinds, 'letter'];
const kindLabel = (k: ScreenKind) => (k === 'letter' ? 'Letter' : bulkDocumentWords[k].label);

export function BulkExportScreen() {
  const headingId = useId();
  const settings = useSettings().data;
  const today = useOfficeToday();
  const [picked, setPicked] = useState<ExportFilter | null>(null);
  const [kind, setKind] = useState<ScreenKind>('agency-packet');
  const [writingLetters, setWritingLetters] = useState(false);
  const reasonId = useId();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search.trim().toLocaleLowerCase());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // Only a run started from this visit takes the keyboard to Cancel; coming back to a run started
  // earlier leaves focus where navigation put it.
  const [startedHere, setStartedHere] = useState(false);
  const summaries = useExportFilterSummaries(today);
  // Until the user picks a list, the first one with an account in it.
  const filter = picked ?? (summaries.data ? openingExportFilter(summaries.data) : null);
  const candidates = useExportCandidates(filter, today);
  const bulk = useBulkExport();
  const busy = isBulkExportBusy(bulk.state);

  const matching = useMemo(
    () =>
      (candidates.data ?? []).filter(
        (c) => query === '' || c.legalName.toLocaleLowerCase().includes(query) || c.accountNumber.toLocaleLowerCase().includes(query),
      ),
    [candidates.data, query],
  );
  const shown = matching.slice(0, shownLimit);
  const chosen = (candidates.data ?? []).filter((c) => selected.has(c.customerId));

  const chooseFilter = (next: ExportFilter) => {
    setPicked(next);
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
    if (kind === 'letter') {
      setWritingLetters(true);
      return;
    }
    setStartedHere(true);
    void bulk.start(
      chosen.map((c) => ({ customerId: c.customerId, customerName: c.legalName })),
      kind,
    );
  };

  // Why the export button does nothing now, said beside it.
  const disabledReason = busy ? 'An export is already running.' : chosen.length === 0 ? 'Select at least one account to export.' : null;

  if (!settings || today === null)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );

  return (
    <main className="screen export-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Export</h1>
      </div>
      <p className="intro muted">
        Write agency packets or customer statements for several accounts at once: one PDF per account into a folder you choose. Packets
        include the account&apos;s attached documents. Letters are saved together as one PDF to print in one go.
      </p>

      {/* Above the list, which can be long: what is happening stays in view. */}
      {bulk.state.phase === 'running' && (
        <BulkExportProgress
          kind={bulk.state.kind}
          progress={bulk.state.progress}
          stopping={bulk.state.stopping}
          folderPath={bulk.state.folder.path}
          focusCancel={startedHere}
          onCancel={bulk.stop}
        />
      )}
      {bulk.state.phase === 'finished' && (
        <BulkExportSummary
          kind={bulk.state.kind}
          folder={bulk.state.folder}
          run={bulk.state.run}
          selected={bulk.state.selected}
          onDone={() => {
            bulk.reset();
            setSelected(new Set());
          }}
        />
      )}
      {bulk.state.phase === 'failed' && <ExportFailedNotice message={bulk.state.message} onDismiss={bulk.reset} />}
      <section className="card" aria-label="Accounts">
        <div className="export-toolbar">
          <div role="group" aria-label="Show accounts" className="filter-bar">
            {exportFilters.map((f) => (
              <button
                key={f}
                type="button"
                aria-pressed={f === filter}
                className={f === filter ? 'primary' : undefined}
                onClick={() => chooseFilter(f)}
                disabled={busy}
              >
                {exportFilterLabels[f]}
                {summaries.data && <TabFigures {...summaries.data[f]} one="account" many="accounts" locale={settings.locale} />}
              </button>
            ))}
          </div>
          <TextField label="Find an account" type="search" autoComplete="off" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        {candidates.isError ? (
          <p role="alert" className="error-text">
            The accounts could not be read: {candidates.error.message}
          </p>
        ) : !candidates.data || filter === null ? (
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
            Showing the first {shownLimit} of {plural(matching.length, 'account', 'accounts', settings.locale)}; search to find others.
          </p>
        )}
        <div className="export-footer">
          <span role="status">{plural(chosen.length, 'account', 'accounts', settings.locale)} selected</span>
          <fieldset className="export-kind">
            <legend>Write for each account</legend>
            {screenKinds.map((k) => (
              <label key={k}>
                <input type="radio" name="export-kind" value={k} checked={k === kind} onChange={() => setKind(k)} disabled={busy} />{' '}
                {kindLabel(k)}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="primary"
            onClick={exportSelected}
            disabled={disabledReason !== null}
            aria-describedby={disabledReason ? reasonId : undefined}
          >
            {kind === 'letter' ? 'Write letters…' : `Export ${bulkDocumentWords[kind].many}…`}
          </button>
          {disabledReason && (
            <span id={reasonId} className="muted disabled-reason">
              {disabledReason}
            </span>
          )}
        </div>
      </section>
      {writingLetters && (
        <LetterBatchDialog
          accounts={chosen.map((c) => ({ customerId: c.customerId, customerName: c.legalName }))}
          onClose={() => setWritingLetters(false)}
        />
      )}
    </main>
  );
}
