// A destructive action behind a second, explicit step: the first button asks, the second acts.
// Escape backs out of the question without closing the surrounding dialog.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from './Button';
import './ui.css';

export interface ConfirmButtonProps {
  /** The first button, e.g. "Delete contact". */
  label: string;
  /** The sentence asking for confirmation. */
  question: string;
  /** The button that acts, e.g. "Yes, delete contact". */
  confirmLabel: string;
  /** The button that backs out, e.g. "Keep contact". */
  cancelLabel?: string;
  busy?: boolean;
  onConfirm(): void | Promise<void>;
}

export function ConfirmButton({ label, question, confirmLabel, cancelLabel = 'Cancel', busy = false, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const openerRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // Focus follows the step: to the safe choice when asking, back to the opener when not.
  useEffect(() => {
    if (asking) keepRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault(); // a cancelled keydown does not reach the <dialog> as a close request
    event.stopPropagation();
    setAsking(false);
  };

  const confirm = async () => {
    try {
      await onConfirm();
    } finally {
      setAsking(false); // the owner shows the outcome; the question has been answered
    }
  };

  if (!asking) {
    return (
      <Button ref={openerRef} variant="danger" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="ui-confirm" role="group" aria-label={label} onKeyDown={onKeyDown}>
      <p>{question}</p>
      <Button variant="danger" disabled={busy} onClick={() => void confirm()}>
        {confirmLabel}
      </Button>
      <Button ref={keepRef} onClick={() => setAsking(false)}>
        {cancelLabel}
      </Button>
    </div>
  );
}
