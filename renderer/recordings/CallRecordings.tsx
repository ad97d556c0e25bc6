// A call's recordings, on the open call and on its closed record: each with its name, length and
// a player, "Attach recording…" for the file a softphone or recorder saved, and what could not
// be attached, said here, and any recording of the call that was interrupted (InterruptedTakes).
// Files can also be dropped anywhere on the call (useRecordingAttach).
import { useId } from 'react';
import { formatInstant, type OfficeClock } from '../../shared/dates/office-time';
import { formatFileSize } from '../../shared/documents/file-size';
import { formatRecordingDuration } from '../../shared/recordings/duration-format';
import { recordingLimitText } from '../../shared/recordings/schema';
import { errorMessage } from '../../shared/common/error-message';
import { Button } from '../ui/Button';
import { InterruptedTakes } from './InterruptedTakes';
import { useCallRecordings } from './queries';
import { RecordingPlayer } from './RecordingPlayer';
import type { RecordingAttach } from './use-recording-attach';
import '../documents/documents.css';
import './recordings.css';

/** What the chooser offers; the bytes decide in the end (a WAV named .mp3 is kept as WAV). */
const acceptedFiles = 'audio/*,.wav,.mp3,.m4a,.mp4,.aac,.ogg,.oga,.opus,.webm';

function lengthText(seconds: number | null): string {
  return seconds === null ? 'Length not known yet' : `Length ${formatRecordingDuration(seconds)}`;
}

interface Props {
  customerId: string;
  callId: string;
  attach: RecordingAttach;
  office: OfficeClock;
}

export function CallRecordings({ customerId, callId, attach, office }: Props) {
  const headingId = useId();
  const { recordings, isLoading, error } = useCallRecordings(customerId, callId);

  return (
    <section className={`card call-recordings${attach.isOver ? ' is-drop-target' : ''}`} aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>Recordings</h2>
        {recordings.length > 0 && <span className="muted">{recordings.length}</span>}
        <div className="actions">
          <Button onClick={attach.choose} disabled={attach.busy}>
            Attach recording…
          </Button>
        </div>
      </div>
      <input
        ref={attach.inputRef}
        type="file"
        multiple
        accept={acceptedFiles}
        aria-label="Recordings to attach"
        className="visually-hidden"
        tabIndex={-1}
        onChange={attach.onInputChange}
      />
      <InterruptedTakes customerId={customerId} callId={callId} officeTimeZone={office.timeZone} />
      <p role="status" className="call-recordings__status">
        {attach.busy ? 'Checking the recording…' : attach.status}
      </p>
      {attach.refusals.length > 0 && (
        <div role="alert" className="attach-refusals">
          <p>{attach.refusals.length === 1 ? 'Not attached:' : `${attach.refusals.length} files were not attached:`}</p>
          <ul>
            {attach.refusals.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      {error ? (
        <p role="alert" className="error-text">
          The recordings could not be loaded: {errorMessage(error)}
        </p>
      ) : isLoading ? null : recordings.length === 0 ? (
        <p className="muted call-recordings__empty">
          No recording of this call. Attach the file your phone system or recorder saved, or drag it onto this call.
        </p>
      ) : (
        <ul className="recording-list" aria-label="Recordings of this call">
          {recordings.map((recording) => (
            <li key={recording.id} className="recording-item" aria-label={recording.fileName}>
              <p className="recording-item__facts">
                <strong className="recording-item__name">{recording.fileName}</strong>
                <span>{lengthText(recording.durationSeconds ?? null)}</span>
                <span>{formatFileSize(recording.size, office.locale)}</span>
                <span>Added {formatInstant(recording.addedAt, office, 'date')}</span>
              </p>
              <RecordingPlayer recording={recording} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{recordingLimitText}</p>
      {attach.isOver && (
        <div className="documents-drop-hint" aria-hidden="true">
          Drop the recording to keep it with this call
        </div>
      )}
    </section>
  );
}
