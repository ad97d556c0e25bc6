// A recording's player: the browser's own audio controls (play, pause, the scrubber, volume),
// fed from a blob: URL made from the stored bytes and let go when the player goes. The bytes
// are read here rather than through the query cache, so only the blob holds the sound.
import { useEffect, useState } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import type { StoredRecordingDocument } from '../../shared/documents/schema';
import { useDb } from '../data/db-context';
import { useStoreRecordingDuration } from './queries';
import { readRecordingBytes } from './recording-repository';

type Source = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

function useRecordingUrl(id: string, mime: string): Source {
  const db = useDb();
  const [source, setSource] = useState<Source>({ status: 'loading' });
  useEffect(() => {
    let url: string | null = null;
    let current = true;
    setSource({ status: 'loading' });
    readRecordingBytes(db, id).then(
      (bytes) => {
        if (!current) return;
        url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
        setSource({ status: 'ready', url });
      },
      (error: unknown) => current && setSource({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [db, id, mime]);
  return source;
}

export function RecordingPlayer({ recording }: { recording: StoredRecordingDocument }) {
  const source = useRecordingUrl(recording.id, recording.mime);
  const storeDuration = useStoreRecordingDuration();
  const [unplayable, setUnplayable] = useState(false);
  const lengthUnknown = (recording.durationSeconds ?? null) === null;

  if (source.status === 'loading') {
    return (
      <p role="status" className="muted recording-player__message">
        Loading the recording…
      </p>
    );
  }
  if (source.status === 'failed') {
    return (
      <p role="alert" className="error-text recording-player__message">
        {recording.fileName} cannot be played: {source.message}
      </p>
    );
  }
  return (
    <>
      <audio
        className="recording-player"
        controls
        preload="metadata"
        src={source.url}
        aria-label={`Play ${recording.fileName}`}
        onLoadedMetadata={(event) => {
          // The file did not say how long it is; the player has found out, so keep it.
          if (lengthUnknown) storeDuration.mutate({ id: recording.id, seconds: event.currentTarget.duration });
        }}
        onError={() => setUnplayable(true)}
      />
      {unplayable && (
        <p role="alert" className="error-text recording-player__message">
          This computer cannot play {recording.fileName}. It is still kept with the call and in backups.
        </p>
      )}
    </>
  );
}
