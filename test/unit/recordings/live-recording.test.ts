// The rules a recording made in the app follows: the format asked of the recorder, where the other
// side can be recorded, limits that keep every take storable, and plain words for a refused start.
import { describe, expect, it } from 'vitest';
import { microphoneProblem, systemAudioProblem } from '../../../shared/recordings/capture-problem';
import {
  liveRecordingBitsPerSecond,
  liveRecordingStopBytes,
  maxLiveRecordingSeconds,
  recorderMimeType,
  systemAudioCapturePossible,
} from '../../../shared/recordings/live-recording';
import { maxRecordingBytes } from '../../../shared/recordings/schema';

const domError = (name: string, message = 'browser words') => Object.assign(new Error(message), { name });

describe('a recording made in the app', () => {
  it('asks the recorder for Opus in WebM first, then Ogg, and for nothing it cannot write', () => {
    expect(recorderMimeType(() => true)).toBe('audio/webm;codecs=opus');
    expect(recorderMimeType((type) => type.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(recorderMimeType((type) => type === 'audio/webm')).toBe('audio/webm');
    expect(recorderMimeType(() => false)).toBeNull();
  });

  it('offers the other side only in the desktop app on Windows and macOS', () => {
    expect(systemAudioCapturePossible({ platform: 'win32', electronVersion: '41.10.0' })).toBe(true);
    expect(systemAudioCapturePossible({ platform: 'darwin', electronVersion: '41.10.0' })).toBe(true);
    expect(systemAudioCapturePossible({ platform: 'linux', electronVersion: '41.10.0' })).toBe(false);
    expect(systemAudioCapturePossible({ platform: 'win32', electronVersion: null })).toBe(false);
  });

  it('fits the longest take, at the recorder’s bitrate, well inside what a recording may be', () => {
    expect((maxLiveRecordingSeconds * liveRecordingBitsPerSecond) / 8).toBeLessThan(liveRecordingStopBytes / 2);
    expect(liveRecordingStopBytes).toBeLessThan(maxRecordingBytes);
  });

  it('says why the microphone could not be opened, in words to act on', () => {
    expect(microphoneProblem(domError('NotAllowedError'), true)).toMatch(
      /^Call Desk was not allowed to use the microphone\. .*Privacy & Security/,
    );
    expect(microphoneProblem(domError('NotAllowedError'), false)).toMatch(/^The browser did not allow Call Desk/);
    expect(microphoneProblem(domError('NotFoundError'), true)).toMatch(/^No microphone was found\./);
    expect(microphoneProblem(domError('OverconstrainedError'), true)).toMatch(/^No microphone was found\./);
    expect(microphoneProblem(domError('NotReadableError'), true)).toMatch(/^The microphone is busy or not answering/);
    expect(microphoneProblem(domError('Weird', 'It broke.'), true)).toBe('The microphone could not be opened: It broke.');
    expect(microphoneProblem(null, true)).toBe('The microphone could not be opened.');
    expect(systemAudioProblem(domError('NotAllowedError'))).toMatch(/^Only your microphone is being recorded: .*did not allow/);
    expect(systemAudioProblem(new Error('it sent no sound'))).toBe(
      'Only your microphone is being recorded: the other side could not be added, because it sent no sound.',
    );
  });
});
