// "Import from your books": choose or drop a file, check what was recognised and the columns,
// answer what the file cannot say, see the preview, and confirm. Nothing is stored before
// "Import"; the history below can undo the last import.
import { useEffect, useState } from 'react';
import { officeClockOf } from '../../shared/dates/office-time';
import { useOfficeToday } from '../shell/use-office-today';
import { useSettings } from '../settings/queries';
import { ChooseImportFile } from './ChooseImportFile';
import { ImportHistory } from './ImportHistory';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { onImportRequest, takeImportRequest } from './import-requests';
import { PreviewStep } from './PreviewStep';
import { ReviewStep } from './ReviewStep';
import { useApplyImport } from './use-apply-import';
import { useImportFlow } from './use-import-flow';
import './import.css';

export function ImportScreen() {
  const settings = useSettings().data;
  const today = useOfficeToday();
  const base = settings && today ? { defaultCurrency: settings.currency, locale: settings.locale, today } : null;
  const flow = useImportFlow(base);
  const applying = useApplyImport(flow.workerClient);
  const [takeFromFile, setTakeFromFile] = useState<ReadonlySet<string>>(new Set());
  const { chooseFile, openDropped } = flow.actions;
  const ready = base !== null;
  const { phase } = flow;

  // Ctrl+I, the menu and a file dropped on the window arrive here (see import-requests.ts).
  useEffect(() => {
    if (!ready) return undefined;
    const take = () => {
      const request = takeImportRequest();
      if (!request) return;
      applying.reset();
      setTakeFromFile(new Set());
      if (request.kind === 'dialog') void chooseFile();
      else void openDropped(request.file);
    };
    take();
    return onImportRequest(take);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- applying.reset is a fresh function each render; the request is what matters
  }, [ready, chooseFile, openDropped]);

  if (!settings || !base) return <p className="loading">Loading…</p>;
  const office = officeClockOf(settings);
  const busy = applying.state.step === 'saving-safety-copy' || applying.state.step === 'importing';
  const startOver = () => {
    applying.reset();
    setTakeFromFile(new Set());
    flow.actions.startOver();
  };

  return (
    <main className="screen import-screen" aria-labelledby="import-heading">
      <div className="screen-header">
        <h1 id="import-heading">Import from your books</h1>
        {phase.step !== 'choose' && applying.state.step !== 'done' && !flow.progress && (
          <div className="actions">
            <button type="button" onClick={startOver} disabled={busy}>
              Choose another file
            </button>
          </div>
        )}
      </div>
      {flow.error && (
        <p role="alert" className="ui-form-error">
          {flow.error}
        </p>
      )}
      {applying.state.step === 'idle' && applying.state.error && (
        <p role="alert" className="ui-form-error">
          {applying.state.error}
        </p>
      )}
      {applying.state.step === 'done' && phase.step === 'preview' ? (
        <ImportResult
          applied={applying.state.applied}
          safetyCopy={applying.state.safetyCopy}
          locale={settings.locale}
          onAnother={startOver}
        />
      ) : flow.progress ? (
        <ImportProgress progress={flow.progress} onCancel={flow.actions.cancel} />
      ) : phase.step === 'choose' ? (
        <ChooseImportFile onChoose={() => void chooseFile()} />
      ) : phase.step === 'review' ? (
        <ReviewStep review={phase.review} office={office} actions={flow.actions} />
      ) : (
        <PreviewStep
          review={phase.review}
          plan={phase.plan}
          locale={settings.locale}
          takeFromFile={takeFromFile}
          applying={applying.state}
          onTakeFromFile={(id, take) =>
            setTakeFromFile((previous) => {
              const next = new Set(previous);
              if (take) next.add(id);
              else next.delete(id);
              return next;
            })
          }
          onBack={flow.actions.backToColumns}
          onImport={async () => {
            const done = await applying.apply(phase.plan, {
              fileName: phase.review.analysis.fileName,
              presetName: phase.review.analysis.preset?.name ?? 'Columns chosen by hand',
              takeFromFile: [...takeFromFile],
            });
            if (done) await flow.actions.rememberColumns(new Date());
          }}
        />
      )}
      <ImportHistory office={office} />
    </main>
  );
}
