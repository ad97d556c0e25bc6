// The worker at work: what it is doing, how far, and Cancel (which stops it; nothing is written).
import { useEffect, useRef } from 'react';
import { importStageLabels } from './import-worker-protocol';
import type { Progress } from './use-import-flow';

export function ImportProgress({ progress, onCancel }: { progress: Progress; onCancel(): void }) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const label = importStageLabels[progress.stage];
  const percent = Math.round(progress.fraction * 100);
  return (
    <section className="card import-progress" aria-label="Import progress">
      <p role="status">
        {label}… {percent}%
      </p>
      <progress aria-label={label} max={100} value={percent} />
      <button ref={cancelRef} type="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
