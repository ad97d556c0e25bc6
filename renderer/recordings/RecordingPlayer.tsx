// A recording's player. Nothing is read until the user presses Play: a call's list of recordings
// holds no sound in memory. Then the stored bytes become a blob: URL for the browser's own audio
// controls (play, pause, the scrubber, volume), which start playing and take the focus; the URL
// is let go when the player goes. The bytes are read here rather than through the query cache,
// so only the blob holds the sound.
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import type { StoredRecordingDocument } from '../../shared/documents/schema';
import { useDb } from '../data/db-context';
import { Button } from '../ui/Button';
import { useStoreRecordingDuration } from './queries';
import { readRecordingBytes } from './recording-repository';

type Source = { status: 'waiting' } | { status: 'loading' } | { status: 'ready'; url: string } | { status: 'failed'; message: string };

/** The recording's blob: URL once `wanted`; revoked when the player goes or the recording changes. */
function useRecordingUrl(id: string, mime: string, wanted: boolean): Source {
  const db = useDb();
  const [source, setSource] = useState<Source>({ status: 'waiting' });
  useEffect(() => {
    if (!wanted) {
      setSource({ status: 'waiting' });
      return;
    }
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
  }, [db, id, mime, wanted]);
  return source;
}

export function RecordingPlayer({ recording }: { recording: StoredRecordingDocument }) {
  const [wanted, setWanted] = useState(false);
  const source = useRecordingUrl(recording.id, recording.mime, wanted);
  const storeDuration = useStoreRecordingDuration();
  const [unplayable, setUnplayable] = useState(false);
  const audioRef = useRef<HTMLAudioElement>(null);
  const lengthUnknown = (recording.durationSeconds ?? null) === null;
  const label = `Play ${recording.fileName}`;

  // The Play button has gone: its place (and the keyboard's) is the player's.
  useEffect(() => {
    if (source.status === 'ready') audioRef.current?.focus();
  }, [source.status]);

  if (source.status === 'waiting') {
    return (
      <Button className="recording-player__play" aria-label={label} onClick={() => setWanted(true)}>
        <span aria-hidden="true">▶</span> Play
      </Button>
    );
  }
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
        ref={audioRef}
        className="recording-player"
        controls
        autoPlay
        preload="metadata"
        src={source.url}
        aria-label={label}
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
