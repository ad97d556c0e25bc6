// What reading an audio file's header tells: its type (the MIME type kept with the recording)
// and, when the header says it without decoding any sound, its length.
import type { AudioMime } from './schema';

export interface AudioProbe {
  mime: AudioMime;
  /** Seconds, or null when the file does not say (the player finds out when it loads the sound). */
  durationSeconds: number | null;
}
