// In the app header, away from the Export screen: a multi-account export is still writing
// packets (or has finished and its summary is waiting), with the way back to it.
import { routes } from '../shell/router';
import { bulkDocumentWords } from './bulk-document-kinds';
import { useBulkExport } from './use-bulk-export';
import './export.css';

export function BulkExportHeaderStatus({ onExportScreen }: { onExportScreen: boolean }) {
  const { state } = useBulkExport();
  if (onExportScreen) return null;
  if (state.phase === 'running') {
    const { done, total } = state.progress;
    return (
      <a className="header-export-status" href={routes.export()}>
        {state.stopping ? 'Stopping the export…' : `Exporting ${bulkDocumentWords[state.kind].many}: ${done} of ${total} done`}
      </a>
    );
  }
  if (state.phase === 'finished') {
    return (
      <a className="header-export-status" href={routes.export()}>
        {state.run.stopped ? 'Export stopped: see what was written' : 'Export finished: see what was written'}
      </a>
    );
  }
  return null;
}
