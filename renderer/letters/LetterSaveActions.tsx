// The foot of both letter dialogs: what saving does, the save button (which turns into "Record on
// timeline" when the PDF was saved but its timeline entry was not), Cancel, and Done once saved.
import type { ReactNode } from 'react';
import { Button } from '../ui/Button';
import type { SaveLettersState } from './use-save-letters';

interface Props {
  state: SaveLettersState;
  busy: boolean;
  /** Nothing can be saved yet (the reason is shown under `describedBy`). */
  blocked: boolean;
  describedBy: string | undefined;
  saveLabel: string;
  /** What saving does, and any reason it cannot yet. */
  explanation: ReactNode;
  onClose(): void;
}

export function LetterSaveActions({ state, busy, blocked, describedBy, saveLabel, explanation, onClose }: Props) {
  return (
    <div className="ui-form-actions">
      <p className="ui-form-actions__start muted small">{explanation}</p>
      {state.status === 'done' ? (
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      ) : (
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={blocked && state.status !== 'unrecorded'}
            aria-disabled={busy || undefined}
            aria-describedby={describedBy}
          >
            {state.status === 'unrecorded' ? 'Record on timeline' : saveLabel}
          </Button>
        </>
      )}
    </div>
  );
}
