// The call note is saved while the user types: a short debounce (with a hard cap) plus an
// immediate flush when the window hides or the page unloads, so a reload or crash loses at most
// a second of typing. Two failures are handled so that typing is never lost:
// - a draft that could not be read is not replaced: typing waits until a retry reads it;
// - a save that failed is tried again on a timer (not only on the next key), and the text stays
//   in the window meanwhile, with a plain sentence saying so.
import { useCallback, useEffect, useRef, useState } from 'react';
import { storageProblemOf } from '../../shared/common/storage-problem';
import { useDb } from '../data/db-context';
import { getNoteDraft, saveNoteDraft } from './note-draft-repository';

const idleMs = 250;
const maxWaitMs = 800;
/** Waits between save retries; the last one repeats until a save succeeds. */
export const defaultRetryDelaysMs = [2_000, 4_000, 8_000, 15_000, 30_000];

export type DraftStatus = 'loading' | 'load-failed' | 'saved' | 'saving' | 'unsaved' | 'save-failed';

/** The sentence shown under the note when its draft could not be saved. */
export function draftSaveProblem(error: unknown): string {
  switch (storageProblemOf(error)) {
    case 'disk-full':
      return 'The disk is full: your note is kept in this window. Free some space and it will be saved.';
    case 'storage-failed':
    case 'storage-closed':
      return "Call Desk's storage is not answering: your note is kept in this window and will be saved as soon as it answers.";
    case null:
      return 'Your note could not be saved yet: it is kept in this window and Call Desk keeps trying.';
  }
}

export const draftLoadProblem = 'The note saved for this call could not be read. Typing is paused so it is not replaced; try again.';

interface Options {
  retryDelaysMs?: readonly number[];
}

export function useCrashSafeDraft(callId: string, customerId: string, enabled: boolean, options: Options = {}) {
  const db = useDb();
  // Kept in a ref: a new array each render must not make a new flush (whose change flushes).
  const retryDelays = useRef(options.retryDelaysMs ?? defaultRetryDelaysMs);
  const [text, setTextState] = useState('');
  const [status, setStatus] = useState<DraftStatus>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [loadAttempt, setLoadAttempt] = useState(0);
  const latest = useRef('');
  const savedText = useRef('');
  /** Only a draft that was read (or found absent) may be written over. */
  const loaded = useRef(false);
  const idleTimer = useRef<number | null>(null);
  const retryTimer = useRef<number | null>(null);
  const failures = useRef(0);
  const firstPendingAt = useRef<number | null>(null);
  const writing = useRef<Promise<void>>(Promise.resolve());
  const flushRef = useRef<() => Promise<void>>(() => Promise.resolve());
  const mounted = useRef(true);

  useEffect(() => {
    let cancelled = false;
    loaded.current = false;
    setStatus('loading');
    setProblem(null);
    getNoteDraft(db, callId).then(
      (draft) => {
        if (cancelled) return;
        latest.current = draft?.text ?? '';
        savedText.current = latest.current;
        loaded.current = true;
        setTextState(latest.current);
        setStatus('saved');
      },
      () => {
        if (cancelled) return;
        setStatus('load-failed');
        setProblem(draftLoadProblem);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db, callId, loadAttempt]);

  const clearTimer = (timer: { current: number | null }) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback((): Promise<void> => {
    clearTimer(idleTimer);
    clearTimer(retryTimer);
    firstPendingAt.current = null;
    const value = latest.current;
    if (!enabled || !loaded.current || value === savedText.current) return writing.current;
    setStatus('saving');
    // Writes are chained so an older text can never land after a newer one.
    writing.current = writing.current
      .then(() => saveNoteDraft(db, { callId, customerId, text: value }))
      .then(
        () => {
          savedText.current = value;
          failures.current = 0;
          setProblem(null);
          setStatus(latest.current === value ? 'saved' : 'unsaved');
        },
        (error: unknown) => {
          setStatus('save-failed');
          setProblem(draftSaveProblem(error));
          const delays = retryDelays.current;
          const wait = delays[Math.min(failures.current, delays.length - 1)];
          failures.current += 1;
          clearTimer(retryTimer);
          if (mounted.current) retryTimer.current = window.setTimeout(() => void flushRef.current(), wait);
        },
      );
    return writing.current;
  }, [db, callId, customerId, enabled]);
  flushRef.current = flush;

  const setText = useCallback(
    (value: string) => {
      if (!loaded.current) return;
      latest.current = value;
      setTextState(value);
      setStatus((now) => (now === 'save-failed' ? now : 'unsaved'));
      const now = Date.now();
      firstPendingAt.current ??= now;
      clearTimer(idleTimer);
      const wait = Math.max(0, Math.min(idleMs, firstPendingAt.current + maxWaitMs - now));
      idleTimer.current = window.setTimeout(() => void flush(), wait);
    },
    [flush],
  );

  const retryLoad = useCallback(() => setLoadAttempt((n) => n + 1), []);

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

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimer(retryTimer);
    };
  }, []);

  return { text, setText, status, problem, flush, retryLoad };
}
