// What kind of recording a file is, read from its bytes and never from its name: a call
// recorder that saves WAV as "call.mp3" is still kept as WAV, and a document renamed ".mp3" is
// refused. The same reading gives the length when the header states it (see each format's file).
import type { AudioProbe } from './audio-probe';
import { probeAdtsAt } from './adts';
import { skipLeadingTags } from './id3';
import { probeMp3At } from './mp3';
import { probeMp4 } from './mp4';
import { probeOgg } from './ogg';
import type { AudioMime } from './schema';
import { probeWav } from './wav';
import { probeWebm } from './webm';

export type { AudioProbe } from './audio-probe';

/** How many zero bytes may follow an ID3 tag before the first frame: some taggers pad beyond the tag's size. */
export const maxPaddingAfterTag = 4096;

/**
 * MP3 or raw AAC: frames from the start, or right after ID3 tags and any zero padding. Only
 * zeros are skipped: searching further for something that looks like a frame would, in a few
 * kilobytes of other bytes, find one by chance.
 */
function probeFrames(bytes: Uint8Array): AudioProbe | null {
  const tags = skipLeadingTags(bytes);
  if (tags === null) return null;
  let offset = tags.audioStart;
  if (tags.tagged) {
    const lastPadding = Math.min(tags.audioStart + maxPaddingAfterTag, bytes.length);
    while (offset < lastPadding && bytes[offset] === 0) offset += 1;
  }
  return probeMp3At(bytes, offset) ?? probeAdtsAt(bytes, offset);
}

/** The type and, when the file states it, the length; null when the bytes are none of the accepted types. */
export function probeAudio(bytes: Uint8Array): AudioProbe | null {
  if (bytes.length < 4) return null;
  return probeWav(bytes) ?? probeOgg(bytes) ?? probeWebm(bytes) ?? probeMp4(bytes) ?? probeFrames(bytes);
}

export function detectAudioMime(bytes: Uint8Array): AudioMime | null {
  return probeAudio(bytes)?.mime ?? null;
}

/** Seconds, or null when the type is not accepted or its header does not say. */
export function readAudioDuration(bytes: Uint8Array): number | null {
  return probeAudio(bytes)?.durationSeconds ?? null;
}

const audioNames: Record<AudioMime, string> = {
  'audio/wav': 'a WAV recording',
  'audio/mpeg': 'an MP3 recording',
  'audio/mp4': 'an M4A recording',
  'audio/aac': 'an AAC recording',
  'audio/ogg': 'an OGG recording',
  'audio/webm': 'a WebM recording',
};

/** "a WAV recording", "an MP3 recording"...: for sentences telling the user what a file is. */
export function describeAudioMime(mime: AudioMime): string {
  return audioNames[mime];
}

const extensions: Record<AudioMime, string> = {
  'audio/wav': '.wav',
  'audio/mpeg': '.mp3',
  'audio/mp4': '.m4a',
  'audio/aac': '.aac',
  'audio/ogg': '.ogg',
  'audio/webm': '.webm',
};

/** The usual extension for a type: for naming a recording made in the app, or saving one elsewhere. */
export function audioExtensionFor(mime: AudioMime): string {
  return extensions[mime];
}

/** The accepted types, as the refusal and the attach dialog name them. */
export const acceptedAudioTypesText = 'WAV, MP3, M4A, AAC, OGG (Opus or Vorbis) or WebM';
