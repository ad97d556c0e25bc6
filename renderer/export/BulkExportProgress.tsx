// The multi-account export while it runs: a progress bar ("3 of 12: Harbor Point Dental
// Group") and Cancel, which stops after the file being written now.
import { useEffect, useRef } from 'react';
import { bulkDocumentWords, type BulkDocumentKind } from './bulk-document-kinds';
import type { BulkExportProgress as Progress } from './bulk-export';

interface Props {
  kind: BulkDocumentKind;
  progress: Progress;
  stopping: boolean;
  folderPath: string;
  /** True when the run was just started here (not when the user comes back to a running export). */
  focusCancel: boolean;
  onCancel(): void;
}

export function progressText(progress: Progress): string {
  if (!progress.current) return `${progress.done} of ${progress.total} done`;
  return `${Math.min(progress.done + 1, progress.total)} of ${progress.total}: ${progress.current.customerName}`;
}

export function BulkExportProgress({ kind, progress, stopping, folderPath, focusCancel, onCancel }: Props) {
  const text = progressText(progress);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // The export was started from the foot of a list that can be long: bring the progress into
  // view and put the keyboard on Cancel (the button pressed is disabled while this runs).
  useEffect(() => {
    if (focusCancel) cancelRef.current?.focus();
  }, [focusCancel]);
  return (
    <section className="card export-progress" aria-label="Export progress">
      <h2>Writing {bulkDocumentWords[kind].many}</h2>
      <p className="muted">Into {folderPath}</p>
      <progress aria-label={`${bulkDocumentWords[kind].title} written`} max={progress.total} value={progress.done} aria-valuetext={text} />
      <p role="status">{stopping ? `Stopping after the current file… (${text})` : text}</p>
      <button ref={cancelRef} type="button" onClick={onCancel} disabled={stopping}>
        Cancel
      </button>
    </section>
  );
}
