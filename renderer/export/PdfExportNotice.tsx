// Where the customer file reports an export: working, saved (file name, pages, any document
// left out, "Show in folder") or failed. Shown under the account's actions, where the user
// clicked.
import { plural } from '../../shared/export/document-format';
import { stepPercent, stepText } from './export-progress';
import { LeftOutAttachments } from './LeftOutAttachments';
import { ExportFailedNotice } from './ExportFailedNotice';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';
import { pdfExportLabels, type PdfExportState } from './use-pdf-export';
import './export.css';

interface Props {
  state: PdfExportState;
  onDismiss(): void;
}

export function PdfExportNotice({ state, onDismiss }: Props) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'working': {
      const label = `Preparing the ${pdfExportLabels[state.kind]}`;
      const text = stepText(state.step);
      return (
        <div className="export-notice working">
          <progress aria-label={label} max={100} value={stepPercent(state.step)} aria-valuetext={text} />
          <p role="status">
            {label}: {text.charAt(0).toLowerCase() + text.slice(1)}…
          </p>
        </div>
      );
    }
    case 'failed':
      return <ExportFailedNotice message={state.message} onDismiss={onDismiss} />;
    case 'saved': {
      const { saved } = state;
      const what = state.kind === 'agency-packet' ? 'Agency packet' : 'Statement';
      return (
        <div role="status" className="export-notice saved">
          <div>
            <p>
              {what} saved: <strong>{saved.fileName}</strong> ({plural(saved.pages, 'page')}).
            </p>
            <LeftOutAttachments saved={saved} />
          </div>
          <div className="export-notice-actions">
            <ShowInFolderButton path={saved.path} />
            <button type="button" onClick={onDismiss}>
              Dismiss
            </button>
          </div>
        </div>
      );
    }
  }
}
