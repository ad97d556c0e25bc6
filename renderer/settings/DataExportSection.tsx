// Settings → Export data: the customers, invoices, calls and promises as CSV files (one per
// kind, opening cleanly in Excel) in a folder the user chooses.
import { useId, useState } from 'react';
import { useDb } from '../data/db-context';
import { hasDesktopBridge, invoke } from '../platform/bridge';
import { Button } from '../ui/Button';
import { buildCsvFiles, writeCsvFiles, type CsvFile, type WrittenCsvFile } from './csv-export';
import { useSettings } from './queries';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';
import '../backup/backups.css';
import { plural } from '../../shared/wording/plural';
import { errorMessage } from '../../shared/common/error-message';

type ExportState =
  | { step: 'idle' }
  | { step: 'working' }
  | { step: 'done'; folder: string; written: WrittenCsvFile[]; failure: { fileName: string; message: string } | null }
  | { step: 'failed'; message: string };

const writeToFolder = (file: CsvFile, folderId: string) =>
  invoke('export:text-file', {
    content: file.content,
    fileType: { name: 'CSV file', extensions: ['csv'] },
    destination: { kind: 'folder', folderId, fileName: file.fileName, ifExists: 'keep-both' },
  });

export function DataExportSection() {
  const headingId = useId();
  const db = useDb();
  const settings = useSettings().data;
  const [state, setState] = useState<ExportState>({ step: 'idle' });

  const exportCsv = async () => {
    if (!settings) return;
    setState({ step: 'working' });
    try {
      const { folder } = await invoke('files:choose-folder', { purpose: 'csv-export' });
      if (!folder) {
        setState({ step: 'idle' });
        return;
      }
      const files = await buildCsvFiles(db, settings, new Date());
      const { written, failure } = await writeCsvFiles(files, folder.id, writeToFolder);
      setState({ step: 'done', folder: folder.path, written, failure });
    } catch (error) {
      setState({ step: 'failed', message: `The CSV files were not exported: ${errorMessage(error)}` });
    }
  };

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Export data</h2>
      <p>
        Save your customers, invoices, calls and promises to pay as four CSV files, for a spreadsheet or your accounting software. They open
        in Excel with accents and currency signs intact.
      </p>
      {hasDesktopBridge() ? (
        <div className="backups-section__actions">
          <Button onClick={() => void exportCsv()} disabled={!settings || state.step === 'working'}>
            Export CSV files…
          </Button>
        </div>
      ) : (
        <p className="muted">Exporting files needs the desktop app.</p>
      )}
      <div aria-live="polite">
        {state.step === 'working' && <p className="muted">Exporting…</p>}
        {state.step === 'done' && state.written.length > 0 && (
          <div role="status">
            <p className="ui-status">
              {state.written.length === 4 ? 'Exported 4 files' : `Exported ${state.written.length} of 4 files`} to{' '}
              <span className="backups-section__path">{state.folder}</span>:
            </p>
            <ul className="data-export__files">
              {state.written.map((file) => (
                <li key={file.path}>
                  {file.fileName}: {plural(file.rows, file.record.one, file.record.many)}
                </li>
              ))}
            </ul>
            <ShowInFolderButton path={state.written[0]!.path} />
          </div>
        )}
      </div>
      {state.step === 'done' && state.failure && (
        <p role="alert" className="ui-form-error">
          {state.failure.fileName} was not exported: {state.failure.message}
        </p>
      )}
      {state.step === 'failed' && (
        <p role="alert" className="ui-form-error">
          {state.message}
        </p>
      )}
    </section>
  );
}
