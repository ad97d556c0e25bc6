// "Record this call", on the open call only: the button (and "Include the other side" where the
// computer's sound can be recorded), a word on recording laws, and while it records a red dot,
// "Recording 0:03" and Stop. Focus follows the step: to Stop when recording starts, back to
// Record when a recording the user stopped is kept.
import { useEffect, useId, useRef, useState } from 'react';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import { routes } from '../shell/router';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import type { CallRecorder as Recorder } from './use-call-recorder';
import './call-recorder.css';

/** The time since `since`, ticking while it is shown. */
function Elapsed({ since }: { since: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  // A timer is not read aloud each second; the status around it says when recording starts.
  return (
    <span role="timer" aria-live="off" className="call-recorder__time">
      {formatRecordingDuration(Math.floor(Math.max(0, now - since) / 1000))}
    </span>
  );
}

function LawNote({ consentLineOn }: { consentLineOn: boolean }) {
  return (
    <p className="muted small call-recorder__law">
      Recording laws differ from place to place: in some, everyone on the call must agree first.{' '}
      {consentLineOn ? (
        'Your call scripts open with the consent line, so ask before you record.'
      ) : (
        <>
          Settings ▸ <a href={routes.settings()}>Calling rules</a> can open every call script with a consent line.
        </>
      )}
    </p>
  );
}

export function CallRecorder({ recorder, consentLineOn }: { recorder: Recorder; consentLineOn: boolean }) {
  const { view } = recorder;
  const [includeSystemAudio, setIncludeSystemAudio] = useState(false);
  const recordRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);
  const systemAudioId = useId();
  const live = view.phase === 'recording' || view.phase === 'saving';

  const previousPhase = useRef(view.phase);
  useEffect(() => {
    const previous = previousPhase.current;
    previousPhase.current = view.phase;
    // The button pressed has gone (Record became Stop, or back): focus the one in its place,
    // unless the user has moved on (typing in the note, say).
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (!focusLost) return;
    if (previous === 'starting' && view.phase === 'recording') stopRef.current?.focus();
    if (previous === 'saving' && view.phase === 'idle') recordRef.current?.focus();
  }, [view.phase]);

  if (!recorder.available) return null;
  const status =
    view.phase === 'recording' ? (
      <>
        <span className="call-recorder__dot" aria-hidden="true" />
        Recording <Elapsed since={view.startedAt} />
      </>
    ) : view.phase === 'saving' ? (
      'Keeping the recording…'
    ) : view.phase === 'idle' ? (
      view.notice
    ) : null;

  return (
    <section className={`call-recorder${live ? ' is-recording' : ''}`} aria-label="Record this call">
      <p role="status" className="call-recorder__status">
        {status}
      </p>
      {live ? (
        <>
          <span className="call-recorder__what">
            {view.phase === 'recording' && view.systemAudio ? 'Your microphone and the other side' : 'Your microphone'}
          </span>
          <Button ref={stopRef} variant="danger" onClick={recorder.stop} disabled={view.phase === 'saving'}>
            Stop recording
          </Button>
        </>
      ) : (
        <>
          <Button ref={recordRef} onClick={() => recorder.start(includeSystemAudio)} disabled={view.phase !== 'idle'}>
            <span className="call-recorder__dot" aria-hidden="true" />
            {view.phase === 'starting' ? 'Starting…' : 'Record this call'}
          </Button>
          {recorder.systemAudioOffered && (
            <span className="call-recorder__option">
              <input
                id={systemAudioId}
                type="checkbox"
                className="ui-checkbox"
                checked={includeSystemAudio}
                disabled={view.phase !== 'idle'}
                onChange={(event) => setIncludeSystemAudio(event.currentTarget.checked)}
              />
              <label htmlFor={systemAudioId}>Include the other side (system audio)</label>
            </span>
          )}
          <LawNote consentLineOn={consentLineOn} />
        </>
      )}
      {view.phase === 'recording' && view.notice && <p className="call-recorder__notice">{view.notice}</p>}
      {view.phase === 'recording' && view.storageProblem && (
        <p role="alert" className="call-recorder__problem">
          {view.storageProblem}
        </p>
      )}
      {(view.phase === 'idle' || view.phase === 'unsaved') && view.problem && (
        <div role="alert" className="call-recorder__problem">
          <p>{view.problem}</p>
          {view.phase === 'unsaved' && (
            <div className="call-recorder__actions">
              <Button variant="primary" onClick={recorder.retry}>
                Try again
              </Button>
              <ConfirmButton
                label="Discard recording"
                question="Discard this recording? It has not been kept anywhere."
                confirmLabel="Yes, discard it"
                cancelLabel="Keep it"
                onConfirm={recorder.discard}
              />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
