// The call note is saved while the user types: a short debounce (with a hard one-second cap)
// plus an immediate flush when the window hides or the page unloads, so a reload or crash
// loses at most a second of typing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useDb } from '../data/db-context';
import { getNoteDraft, saveNoteDraft } from '../calls/call-repository';

const idleMs = 250;
const maxWaitMs = 800;

export type DraftStatus = 'loading' | 'saved' | 'saving' | 'unsaved' | 'error';

export function useCrashSafeDraft(callId: string, customerId: string, enabled: boolean) {
  const db = useDb();
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<DraftStatus>('loading');
  const latest = useRef('');
  const savedText = useRef('');
  const idleTimer = useRef<number | null>(null);
  const firstPendingAt = useRef<number | null>(null);
  const writing = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let cancelled = false;
    getNoteDraft(db, callId).then(
      (draft) => {
        if (cancelled) return;
        latest.current = draft?.text ?? '';
        savedText.current = latest.current;
        setTextState(latest.current);
        setStatus('saved');
      },
      () => !cancelled && setStatus('error'),
    );
    return () => {
      cancelled = true;
    };
  }, [db, callId]);

  const flush = useCallback((): Promise<void> => {
    if (idleTimer.current !== null) window.clearTimeout(idleTimer.current);
    idleTimer.current = null;
    firstPendingAt.current = null;
    const value = latest.current;
    if (!enabled || value === savedText.current) return writing.current;
    setStatus('saving');
    // Writes are chained so an older text can never land after a newer one.
    writing.current = writing.current
      .then(() => saveNoteDraft(db, { callId, customerId, text: value }))
      .then(() => {
        savedText.current = value;
        setStatus(latest.current === value ? 'saved' : 'unsaved');
      })
      .catch(() => setStatus('error'));
    return writing.current;
  }, [db, callId, customerId, enabled]);

  const setText = useCallback(
    (value: string) => {
      latest.current = value;
      setTextState(value);
      setStatus('unsaved');
      const now = Date.now();
      firstPendingAt.current ??= now;
      if (idleTimer.current !== null) window.clearTimeout(idleTimer.current);
      const wait = Math.max(0, Math.min(idleMs, firstPendingAt.current + maxWaitMs - now));
      idleTimer.current = window.setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { text, setText, status, flush };
}
