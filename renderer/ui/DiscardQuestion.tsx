// The question a dialog asks before closing over unsaved input. It sits under the dialog's
// title (always in view) and takes the focus, on the safe choice: Enter keeps editing, a second
// Escape discards.
import { useId, useLayoutEffect, useRef } from 'react';
import { Button } from './Button';

export function DiscardQuestion({ onKeep, onDiscard }: { onKeep(): void; onDiscard(): void }) {
  const questionId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => keepRef.current?.focus(), []);
  return (
    <div className="ui-confirm ui-dialog__discard" role="group" aria-labelledby={questionId}>
      <p id={questionId}>
        <strong>Discard what you typed?</strong> <span className="muted">Press Esc again to discard.</span>
      </p>
      <Button ref={keepRef} variant="primary" onClick={onKeep}>
        Keep editing
      </Button>
      <Button variant="danger" onClick={onDiscard}>
        Discard
      </Button>
    </div>
  );
}
