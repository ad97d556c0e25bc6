// Every import so far (file, layout, when, what it did), and "Undo last import", which puts the
// data back as it was just before it, after a confirmation.
import { useState } from 'react';
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { countsText } from './import-counts';
import { useImportHistory, useUndoLastImport } from './import-history-queries';

export function ImportHistory({ office }: { office: OfficeClock }) {
  const { locale } = office;
  const history = useImportHistory();
  const undo = useUndoLastImport();
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState<string | null>(null);
  const imports = history.data ?? [];
  const last = imports[0];

  return (
    <section className="card import-history" aria-labelledby="import-history-heading">
      <div className="card-header">
        <h2 id="import-history-heading">Import history</h2>
        {last && (
          <div className="actions">
            <Button onClick={() => (undo.reset(), setConfirming(true))}>Undo last import</Button>
          </div>
        )}
      </div>
      {undone && <p role="status">{undone}</p>}
      {imports.length === 0 ? (
        <p className="muted">No imports yet.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Layout</th>
              <th scope="col">When</th>
              <th scope="col">What it did</th>
            </tr>
          </thead>
          <tbody>
            {imports.map((record) => (
              <tr key={record.id}>
                <th scope="row">{record.fileName}</th>
                <td>{record.presetName}</td>
                <td>{formatInstant(record.startedAt, office)}</td>
                <td>{countsText(record.counts, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && last && (
        <Dialog title="Undo last import" onClose={() => setConfirming(false)}>
          <p>
            Undo the import of <strong>{last.fileName}</strong> ({formatInstant(last.startedAt, office)})? Customers, invoices and payments
            go back exactly to how they were just before it.
          </p>
          {undo.error && (
            <p role="alert" className="ui-form-error">
              {undo.error.message}
            </p>
          )}
          <div className="ui-form-actions">
            <Button onClick={() => setConfirming(false)}>Keep it</Button>
            <Button
              variant="danger"
              disabled={undo.isPending}
              onClick={() =>
                undo.mutate(undefined, {
                  onSuccess: (record) => {
                    setConfirming(false);
                    setUndone(`The import of ${record.fileName} was undone.`);
                  },
                })
              }
            >
              Undo import
            </Button>
          </div>
        </Dialog>
      )}
    </section>
  );
}
