// Whether a chosen or recorded file can be kept with a call, and if not, a sentence saying why
// and what to do. The attach dialog runs it as files are dropped and the repository again before
// writing. The type is read from the bytes: a WAV named ".mp3" is kept, as WAV.
import { formatFileSize } from '../documents/file-size';
import { acceptedAudioTypesText, probeAudio } from './audio-format';
import { maxRecordingBytes, type AudioMime } from './schema';

export const maxRecordingFileNameLength = 255;

export type RecordingFileCheck =
  { ok: true; mime: AudioMime; size: number; durationSeconds: number | null } | { ok: false; reason: string };

/** The refusals that need no bytes: checked first so a huge file is never read into memory. */
export function recordingRefusalBeforeReading(fileName: string, size: number): string | null {
  const name = fileName.trim();
  if (name === '') return 'A recording without a file name cannot be kept.';
  if (name.length > maxRecordingFileNameLength) {
    return `The file name "${name.slice(0, 40)}…" is too long (at most ${maxRecordingFileNameLength} characters). Rename the file and attach it again.`;
  }
  if (size === 0) return `${name} is empty (0 bytes), so there is no recording to keep.`;
  if (size > maxRecordingBytes) {
    return `${name} is too large to keep (${formatFileSize(size)}; the limit is ${formatFileSize(maxRecordingBytes)}). Save it as MP3 or M4A, or split it, and attach that.`;
  }
  return null;
}

/** The full check, on the file's whole bytes (an MP4's moov, or an OGG's last page, can be at the end). */
export function checkRecordingFile(fileName: string, bytes: Uint8Array): RecordingFileCheck {
  const early = recordingRefusalBeforeReading(fileName, bytes.byteLength);
  if (early) return { ok: false, reason: early };
  const probe = probeAudio(bytes);
  if (probe === null) {
    return {
      ok: false,
      reason: `${fileName.trim()} is not a sound recording Call Desk can keep. It may be damaged, or a different kind of file. Recordings can be ${acceptedAudioTypesText} audio files.`,
    };
  }
  return { ok: true, mime: probe.mime, size: bytes.byteLength, durationSeconds: probe.durationSeconds };
}
