// One take of "Record this call": the browser's MediaRecorder on the capture's track, Opus at a
// speech bitrate, its pieces gathered each second so a stop loses at most the last moment, and
// the whole take handed back as one Blob when it stops. Each piece is also handed to the owner as
// it comes, to be stored at once (take-store.ts), so a crash loses at most the last second.
import { liveRecordingBitsPerSecond, liveRecordingStopBytes } from '../../shared/recordings/live-recording';

export interface RecorderTake {
  /** Stops the recorder (if it still runs) and resolves with everything it wrote. */
  stop(): Promise<Blob>;
}

export interface TakeOptions {
  mimeType: string;
  /** The take has grown to the size a recording may be: the owner stops and keeps it. */
  onFull(): void;
  /** The recorder stopped by itself with an error: the owner keeps what there is. */
  onFailed(): void;
  /** A piece of the take, in order (the first holds the stream's header); all arrive before stop resolves. */
  onPiece(piece: Blob): void;
}

export function startTake(stream: MediaStream, { mimeType, onFull, onFailed, onPiece }: TakeOptions): RecorderTake {
  const recorder = new MediaRecorder(stream, { mimeType, audioBitsPerSecond: liveRecordingBitsPerSecond });
  const pieces: Blob[] = [];
  let size = 0;
  let full = false;
  const whole = () => new Blob(pieces, { type: recorder.mimeType || mimeType });
  const stopped = new Promise<Blob>((resolve) => recorder.addEventListener('stop', () => resolve(whole()), { once: true }));

  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size === 0) return;
    pieces.push(event.data);
    onPiece(event.data);
    size += event.data.size;
    if (size >= liveRecordingStopBytes && !full) {
      full = true;
      onFull();
    }
  });
  recorder.addEventListener('error', () => onFailed(), { once: true });
  recorder.start(1000);

  return {
    stop() {
      if (recorder.state !== 'inactive') recorder.stop();
      return stopped;
    },
  };
}
