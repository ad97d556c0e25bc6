// The dashboard: where the money stands and how the calling is going, from the records on this
// computer, with "Print / Save as PDF" for a copy to hand on.
import { useId } from 'react';
import { plural } from '../../shared/wording/plural';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';
import { useSettings } from '../settings/queries';
import { ExportFailedNotice } from '../export/ExportFailedNotice';
import { dateText } from './dashboard-wording';
import { DashboardView } from './DashboardView';
import { useDashboard } from './queries';
import { DashboardMediumProvider } from './sections/dashboard-medium';
import { useDashboardPdf, type DashboardPdfState } from './use-dashboard-pdf';
import '../export/export.css';
import './dashboard.css';

function PdfNotice({ state, onDismiss }: { state: DashboardPdfState; onDismiss(): void }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'working':
      return (
        <p role="status" className="export-notice">
          Preparing the dashboard PDF…
        </p>
      );
    case 'failed':
      return <ExportFailedNotice message={state.message} onDismiss={onDismiss} />;
    case 'saved':
      return (
        <div role="status" className="export-notice saved">
          <p>
            Dashboard saved: <strong>{state.saved.fileName}</strong> ({plural(state.saved.pages, 'page')}).
          </p>
          <div className="export-notice-actions">
            <ShowInFolderButton path={state.saved.path} />
            <button type="button" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        </div>
      );
  }
}

export function DashboardScreen() {
  const headingId = useId();
  const settings = useSettings().data;
  const dashboard = useDashboard();
  const pdf = useDashboardPdf();

  if (!settings || dashboard.isPending)
    return (
      <p className="loading" role="status">
        Adding up the figures…
      </p>
    );
  if (dashboard.isError)
    return (
      <p role="alert" className="screen error-text">
        The dashboard could not be read: {dashboard.error.message}
      </p>
    );

  const format = { locale: settings.locale, currency: settings.currency };
  return (
    <main className="screen dashboard-screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>Dashboard</h1>
        <span className="muted">As of {dateText(dashboard.data.today, format)}</span>
        <div className="actions">
          <button type="button" onClick={() => void pdf.start(dashboard.data, settings)} disabled={pdf.state.status === 'working'}>
            Print / Save as PDF…
          </button>
        </div>
      </div>
      <PdfNotice state={pdf.state} onDismiss={pdf.dismiss} />
      <DashboardMediumProvider kind="screen" format={format}>
        <DashboardView dashboard={dashboard.data} />
      </DashboardMediumProvider>
    </main>
  );
}
