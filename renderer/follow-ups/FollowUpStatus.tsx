// The Follow-ups screen's status line: what was just done, and for "Done" an Undo that stays for
// a few seconds. It is a live region, so the result is read out; Undo is a normal button in it.
import { useEffect, useRef } from 'react';
import { Button } from '../ui/Button';

/** How long "Done" can be undone from the status line. */
export const undoSeconds = 10;

export type FollowUpMessage = { ok: boolean; text: string; undo?: () => void } | null;

export function FollowUpStatus({ message, onExpired }: { message: FollowUpMessage; onExpired(): void }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const undo = message?.undo;

  useEffect(() => {
    if (!undo) return;
    // The Done button left with its row; give a keyboard user the Undo instead of the page.
    const active = document.activeElement;
    if (!active || active === document.body) undoRef.current?.focus();
    const timer = window.setTimeout(onExpired, undoSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [undo, onExpired]);

  return (
    <div role="status" className={message?.ok === false ? 'follow-up-message error-text' : 'follow-up-message ui-status'}>
      {message?.text}
      {undo && (
        <>
          {' '}
          <Button ref={undoRef} variant="link" onClick={undo}>
            Undo
          </Button>
        </>
      )}
    </div>
  );
}
