import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import type { DraftStatus } from './use-crash-safe-draft';

const statusText: Record<DraftStatus, string> = {
  loading: 'Loading draft…',
  'load-failed': 'The note could not be read.',
  saved: 'All typing saved',
  saving: 'Saving…',
  unsaved: 'Saving…',
  'save-failed': 'Not saved yet.',
};

export interface NoteEditorHandle {
  focus(): void;
}

interface Props {
  text: string;
  status: DraftStatus;
  /** A plain sentence when the draft could not be read or saved. */
  problem?: string | null;
  onRetryLoad?: () => void;
  readOnly?: boolean;
  /** The stamp from Ctrl+; is office time, like every time on screen. */
  office: OfficeClock;
  onChange(text: string): void;
  onBlur(): void;
}

export function timestampLabel(now: Date, office: OfficeClock): string {
  return `[${formatInstant(now, office, 'stamp')}] `;
}

/** The note typed during the call; its text is kept by useCrashSafeDraft. */
export const NoteEditor = forwardRef<NoteEditorHandle, Props>(function NoteEditor(
  { text, status, problem, onRetryLoad, readOnly, office, onChange, onBlur },
  ref,
) {
  const area = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => area.current?.focus() }), []);

  const insertTimestamp = () => {
    const el = area.current;
    if (!el || readOnly) return;
    const stamp = timestampLabel(new Date(), office);
    const start = el.selectionStart ?? text.length;
    const end = el.selectionEnd ?? text.length;
    // Start the stamp on its own line unless the cursor is already at a line start.
    const prefix = start > 0 && text[start - 1] !== '\n' ? '\n' : '';
    const next = text.slice(0, start) + prefix + stamp + text.slice(end);
    // The new text is rendered at once and the caret placed after the stamp before the next
    // key is handled: a caret set later would let quick typing land on the wrong side of it.
    flushSync(() => onChange(next));
    const caret = start + prefix.length + stamp.length;
    el.focus();
    el.setSelectionRange(caret, caret);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === ';') {
      event.preventDefault();
      insertTimestamp();
    }
  };

  return (
    <section className="card note-editor" aria-labelledby="note-heading">
      <div className="card-header">
        <h2 id="note-heading">
          <label htmlFor="call-note">Call note</label>
        </h2>
        <div className="actions">
          {!readOnly && (
            <button type="button" onClick={insertTimestamp} aria-keyshortcuts="Control+;">
              Insert time <kbd>Ctrl+;</kbd>
            </button>
          )}
        </div>
      </div>
      <textarea
        id="call-note"
        ref={area}
        value={text}
        readOnly={readOnly || status === 'loading' || status === 'load-failed'}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        rows={12}
        spellCheck
        placeholder="What did they say? Who did you speak to? What was agreed?"
      />
      {!readOnly && (
        <p className={`status-line small${problem ? ' error-text' : ''}`} role="status" aria-live="polite" data-testid="note-status">
          {problem ?? statusText[status]}
          {status === 'load-failed' && onRetryLoad && (
            <>
              {' '}
              <button type="button" onClick={onRetryLoad}>
                Try again
              </button>
            </>
          )}
        </p>
      )}
    </section>
  );
});
