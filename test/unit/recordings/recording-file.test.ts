import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../../shared/documents/file-size';
import {
  acceptedAudioTypesText,
  audioExtensionFor,
  describeAudioMime,
  detectAudioMime,
  readAudioDuration,
} from '../../../shared/recordings/audio-format';
import { formatRecordingDuration } from '../../../shared/recordings/duration-format';
import { checkRecordingFile, recordingRefusalBeforeReading } from '../../../shared/recordings/file-check';
import { recordedFileName } from '../../../shared/recordings/recorded-file-name';
import { audioMimeSchema, maxRecordingBytes, recordingLimitText, storedRecordingSchema } from '../../../shared/recordings/schema';
import { ascii, concat } from '../../fixtures/audio/bytes';
import { m4aFile, oggFile, opusHead, webmFile } from '../../fixtures/audio/crafted-containers';
import { adtsFile, id3v2Tag, mp3Frames, wavFile } from '../../fixtures/audio/crafted-frames';

describe('checkRecordingFile', () => {
  it('gives each accepted type with its size and length, read from the bytes', () => {
    const cases = [
      ['call.wav', wavFile({ dataBytes: 16_000 * 2 }), 'audio/wav', 2],
      ['call.mp3', concat(id3v2Tag(30), mp3Frames({ frames: 125 })), 'audio/mpeg', 3],
      ['call.aac', adtsFile(16000, 100), 'audio/aac', 6.4],
      ['call.m4a', m4aFile(61), 'audio/mp4', 61],
      ['call.opus', oggFile(opusHead(312), 48000n * 9n + 312n), 'audio/ogg', 9],
      ['Recording 2026-12-03 14.05.webm', webmFile(), 'audio/webm', null],
    ] as const;
    for (const [name, bytes, mime, durationSeconds] of cases) {
      expect(checkRecordingFile(name, bytes), name).toEqual({ ok: true, mime, size: bytes.byteLength, durationSeconds });
      expect(detectAudioMime(bytes)).toBe(mime);
      expect(readAudioDuration(bytes)).toBe(durationSeconds);
    }
  });

  it('keeps a WAV named .mp3 as WAV: the name never decides the type', () => {
    const wav = wavFile({ dataBytes: 8000 });
    expect(checkRecordingFile('softphone-call.mp3', wav)).toEqual({
      ok: true,
      mime: 'audio/wav',
      size: wav.byteLength,
      durationSeconds: 0.5,
    });
    expect(checkRecordingFile('no-extension', wav)).toMatchObject({ ok: true, mime: 'audio/wav' });
  });

  it('refuses a file that is not sound, naming the accepted types, whatever it is named', () => {
    const text = ascii('Call back Tuesday about invoice 1042.\n');
    const check = checkRecordingFile('  call.mp3 ', text);
    expect(check).toEqual({
      ok: false,
      reason: `call.mp3 is not a sound recording Call Desk can keep. It may be damaged, or a different kind of file. Recordings can be ${acceptedAudioTypesText} audio files.`,
    });
    for (const type of ['WAV', 'MP3', 'M4A', 'AAC', 'OGG', 'WebM']) expect(acceptedAudioTypesText).toContain(type);
  });

  it('refuses an empty file and one without a name', () => {
    expect(checkRecordingFile('call.wav', new Uint8Array())).toEqual({
      ok: false,
      reason: 'call.wav is empty (0 bytes), so there is no recording to keep.',
    });
    expect(checkRecordingFile('   ', wavFile({ dataBytes: 10 }))).toEqual({
      ok: false,
      reason: 'A recording without a file name cannot be kept.',
    });
    expect(recordingRefusalBeforeReading(`${'x'.repeat(252)}.mp3`, 10)).toContain('too long (at most 255 characters)');
    expect(recordingRefusalBeforeReading(`${'x'.repeat(251)}.mp3`, 10)).toBeNull();
  });

  it('refuses a file over 100 MB before reading it, and takes one of exactly 100 MB', () => {
    expect(maxRecordingBytes).toBe(100 * 1024 * 1024);
    expect(recordingRefusalBeforeReading('long call.wav', maxRecordingBytes)).toBeNull();
    expect(recordingRefusalBeforeReading('long call.wav', maxRecordingBytes + 1)).toBe(
      'long call.wav is too large to keep (100 MB; the limit is 100 MB). Save it as MP3 or M4A, or split it, and attach that.',
    );
    expect(recordingRefusalBeforeReading('long call.wav', 600 * 1024 * 1024)).toContain('(600 MB; the limit is 100 MB)');
    expect(recordingLimitText).toContain(formatFileSize(maxRecordingBytes));
  });
});

describe('the stored recording', () => {
  const record = {
    id: 'rec-1',
    callId: 'call-1',
    customerId: 'cust-1',
    fileName: 'Recording 2026-12-03 14.05.webm',
    mime: 'audio/webm',
    size: 48_213,
    durationSeconds: null,
    source: 'recorded',
    addedAt: '2026-12-03T19:05:00.000Z',
  };

  it('takes a recording with or without a known length', () => {
    expect(storedRecordingSchema.parse(record)).toEqual(record);
    expect(storedRecordingSchema.parse({ ...record, durationSeconds: 12.5, source: 'attached', mime: 'audio/mpeg' }).durationSeconds).toBe(
      12.5,
    );
  });

  it('refuses a size outside the limit, an unknown type, a negative length, an unknown source and a local time', () => {
    const accepted = (change: Record<string, unknown>) => storedRecordingSchema.safeParse({ ...record, ...change }).success;
    expect(accepted({ size: maxRecordingBytes })).toBe(true);
    expect(accepted({ size: maxRecordingBytes + 1 })).toBe(false);
    expect(accepted({ size: 0 })).toBe(false);
    expect(accepted({ mime: 'audio/flac' })).toBe(false);
    expect(accepted({ durationSeconds: -1 })).toBe(false);
    expect(accepted({ durationSeconds: Number.NaN })).toBe(false);
    expect(accepted({ source: 'uploaded' })).toBe(false);
    expect(accepted({ fileName: '  ' })).toBe(false);
    expect(accepted({ addedAt: '2026-12-03T14:05:00' })).toBe(false);
  });

  it('has a name, an extension and a description for every type', () => {
    for (const mime of audioMimeSchema.options) {
      expect(audioExtensionFor(mime)).toMatch(/^\.[a-z0-9]+$/);
      expect(describeAudioMime(mime)).toMatch(/^an? .+ recording$/);
    }
  });
});

describe('recordedFileName', () => {
  it('names a recording made in the app by the office clock, with a dot in the time', () => {
    const at = new Date('2026-12-03T19:05:42Z');
    expect(recordedFileName(at, 'America/New_York', 'audio/webm')).toBe('Recording 2026-12-03 14.05.webm');
    expect(recordedFileName(at, 'Asia/Tokyo', 'audio/mp4')).toBe('Recording 2026-12-04 04.05.m4a');
  });
});

describe('formatRecordingDuration', () => {
  it('writes minutes and seconds, with hours past an hour', () => {
    expect(formatRecordingDuration(7)).toBe('0:07');
    expect(formatRecordingDuration(205)).toBe('3:25');
    expect(formatRecordingDuration(3729)).toBe('1:02:09');
    expect(formatRecordingDuration(36_000)).toBe('10:00:00');
    expect(formatRecordingDuration(0)).toBe('0:00');
  });

  it('rounds to the nearest second', () => {
    expect(formatRecordingDuration(59.6)).toBe('1:00');
    expect(formatRecordingDuration(6.4)).toBe('0:06');
    expect(formatRecordingDuration(3599.5)).toBe('1:00:00');
  });

  it('writes a dash for an unknown or impossible length', () => {
    expect(formatRecordingDuration(null)).toBe('—');
    expect(formatRecordingDuration(Number.NaN)).toBe('—');
    expect(formatRecordingDuration(-3)).toBe('—');
    expect(formatRecordingDuration(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
