// What the multi-account export wrote: each packet's file name and pages, any document a packet
// had to leave out, the accounts that failed and why, and "Show in folder".
import { useEffect, useRef } from 'react';
import { plural } from '../../shared/export/document-format';
import type { ChosenFolder } from '../../shared/ipc/files-contract';
import { bulkDocumentWords, type BulkDocumentKind } from './bulk-document-kinds';
import type { BulkExportRun } from './bulk-export';
import { ShowInFolderButton } from '../platform/ShowInFolderButton';

interface Props {
  kind: BulkDocumentKind;
  folder: ChosenFolder;
  run: BulkExportRun;
  /** How many accounts were selected (more than were tried when the run was stopped). */
  selected: number;
  onDone(): void;
}

export function BulkExportSummary({ kind, folder, run, selected, onDone }: Props) {
  const words = bulkDocumentWords[kind];
  const written = run.outcomes.flatMap((o) => (o.written ? [o] : []));
  const failed = run.outcomes.flatMap((o) => (o.written ? [] : [o]));
  const notTried = selected - run.outcomes.length;
  const firstPath = written[0]?.path;
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Focus follows the run's end, so the summary is in view and read first.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="card export-summary" aria-labelledby="export-summary-heading">
      <h2 id="export-summary-heading" ref={headingRef} tabIndex={-1}>
        {run.stopped ? 'Export stopped' : 'Export finished'}
      </h2>
      <p role="status">
        {plural(written.length, words.one, words.many)} written to {folder.path}
        {failed.length > 0 && `; ${failed.length} could not be written`}
        {run.stopped && notTried > 0 && `; ${plural(notTried, 'account was', 'accounts were')} not exported because you cancelled`}.
      </p>
      {written.length > 0 && (
        <>
          <h3>Written</h3>
          <ul className="export-written" aria-label={`${words.title} written`}>
            {written.map((o) => (
              <li key={o.customerId}>
                <strong>{o.fileName}</strong> <span className="muted">({plural(o.pages, 'page')})</span>
                {o.leftOut.length > 0 && (
                  <ul>
                    {o.leftOut.map((a, i) => (
                      <li key={`${i}-${a.name}`} className="warning-text">
                        Not included: {a.name}. {a.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {failed.length > 0 && (
        <>
          <h3>Not written</h3>
          <ul className="export-failed" aria-label={`${words.title} not written`}>
            {failed.map((o) => (
              <li key={o.customerId}>
                <strong>{o.customerName}</strong>: {o.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="export-summary-actions">
        {firstPath && <ShowInFolderButton path={firstPath} />}
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}
