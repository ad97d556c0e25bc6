// The sound for "Record this call". Main grants the microphone to nothing by default, so the
// window first opens main's window of permission (recording:begin), then the microphone, then,
// when asked and main allows it, the other side: the computer's own sound from getDisplayMedia
// (Electron's loopback capture), mixed with the microphone into one track. `close` stops every
// track and the mixer and closes the permission, whatever happened before.
import { errorMessage } from '../../shared/common/error-message';
import { microphoneProblem, systemAudioProblem } from '../../shared/recordings/capture-problem';
import { invoke } from '../platform/bridge';
import { isInsideElectron } from '../platform/environment';

/** A recording that could not start, with the sentence to show the user. */
export class CaptureRefused extends Error {
  override readonly name = 'CaptureRefused';
}

export interface OpenCapture {
  /** One audio track to record. */
  readonly stream: MediaStream;
  /** Whether the other side is in it. */
  readonly systemAudio: boolean;
  /** Said when the other side was asked for and could not be added: the microphone records alone. */
  readonly notice: string | null;
  /** Runs once if the microphone stops by itself (unplugged, taken by the system). */
  onMicrophoneEnded(listener: () => void): void;
  close(): Promise<void>;
}

const stopAll = (stream: MediaStream | null) => stream?.getTracks().forEach((track) => track.stop());

/** The computer's sound alone: the video getDisplayMedia insists on is stopped at once. */
async function openSystemAudio(): Promise<MediaStream> {
  const display = await navigator.mediaDevices.getDisplayMedia({ audio: true, video: true });
  display.getVideoTracks().forEach((track) => track.stop());
  if (display.getAudioTracks().length === 0) {
    stopAll(display);
    throw new Error('it sent no sound');
  }
  return new MediaStream(display.getAudioTracks());
}

/** Both sides into one track, so the recording is one file that plays both. */
function mix(microphone: MediaStream, system: MediaStream): { stream: MediaStream; context: AudioContext } {
  const context = new AudioContext();
  const destination = context.createMediaStreamDestination();
  context.createMediaStreamSource(microphone).connect(destination);
  context.createMediaStreamSource(system).connect(destination);
  return { stream: destination.stream, context };
}

export async function openCapture({ systemAudio }: { systemAudio: boolean }): Promise<OpenCapture> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CaptureRefused('This window cannot use a microphone.');
  let began;
  try {
    began = await invoke('recording:begin', { systemAudio });
  } catch (error) {
    throw new CaptureRefused(`Recording could not start: ${errorMessage(error)}`);
  }
  const { recordingId } = began;
  const endPermission = () =>
    invoke('recording:end', { recordingId }).then(
      () => undefined,
      () => undefined, // main closes it anyway when its time is up or the page goes
    );

  let microphone: MediaStream;
  try {
    microphone = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  } catch (error) {
    await endPermission();
    throw new CaptureRefused(microphoneProblem(error, isInsideElectron()));
  }

  let system: MediaStream | null = null;
  let notice: string | null = null;
  if (began.systemAudio) {
    try {
      system = await openSystemAudio();
    } catch (error) {
      notice = systemAudioProblem(error);
    }
  }
  const mixed = system ? mix(microphone, system) : null;
  let closed = false;
  return {
    stream: mixed?.stream ?? microphone,
    systemAudio: system !== null,
    notice,
    onMicrophoneEnded(listener) {
      microphone.getAudioTracks()[0]?.addEventListener('ended', listener, { once: true });
    },
    async close() {
      if (closed) return;
      closed = true;
      stopAll(mixed?.stream ?? null);
      stopAll(system);
      stopAll(microphone);
      await mixed?.context.close().catch(() => undefined);
      await endPermission();
    },
  };
}
