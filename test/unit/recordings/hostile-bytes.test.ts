// Recordings come from anywhere: cut short, damaged, renamed or crafted. Reading one must never
// throw, never take a declared size at its word, and never run on without end.
import { describe, expect, it } from 'vitest';
import { probeAudio } from '../../../shared/recordings/audio-format';
import { maxPlausibleDurationSeconds } from '../../../shared/recordings/bytes';
import { ascii, concat, seededBytes, u32be } from '../../fixtures/audio/bytes';
import {
  box,
  ebml,
  ebmlUnknownSize,
  ftyp,
  largeBox,
  m4aFile,
  moov,
  oggFile,
  opusHead,
  timeHeader,
  recordedWebm,
  trak,
  webmFile,
  webmIds,
} from '../../fixtures/audio/crafted-containers';
import { adtsFile, id3v2Tag, mp3Frames, riffChunk, wavFile } from '../../fixtures/audio/crafted-frames';

const goodFiles: Record<string, Uint8Array> = {
  wav: wavFile({ dataBytes: 16_000 }),
  mp3: concat(id3v2Tag(100), mp3Frames({ frames: 20, xingFrames: 20 })),
  aac: adtsFile(16000, 20),
  m4a: m4aFile(5),
  ogg: oggFile(opusHead(312), 48000n * 5n),
  webm: webmFile({ duration: 5000 }),
  recordedWebm: recordedWebm(40),
};

describe('reading hostile bytes', () => {
  it('refuses empty input, a few bytes, text and a PDF', () => {
    expect(probeAudio(new Uint8Array())).toBeNull();
    expect(probeAudio(Uint8Array.of(0xff, 0xfb, 0x90))).toBeNull();
    expect(probeAudio(ascii('Call back Tuesday about invoice 1042.\n'))).toBeNull();
    expect(probeAudio(ascii('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'))).toBeNull();
  });

  it('refuses random bytes of many sizes without throwing', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const bytes = seededBytes(seed * 37, seed);
      expect(() => probeAudio(bytes)).not.toThrow();
      expect(probeAudio(bytes)).toBeNull();
    }
  });

  it('refuses random bytes behind each format’s signature, without throwing', () => {
    const signatures = [
      ascii('RIFF\xff\xff\xff\x7fWAVE'),
      ascii('OggS\0\x02'),
      Uint8Array.of(0x1a, 0x45, 0xdf, 0xa3),
      ascii('\0\0\0\x14ftypM4A '),
      id3v2Tag(0),
    ];
    for (const signature of signatures) {
      for (let seed = 1; seed <= 50; seed += 1) {
        const bytes = concat(signature, seededBytes(seed * 53, seed));
        expect(() => probeAudio(bytes)).not.toThrow();
        const probe = probeAudio(bytes);
        // A WAV signature with nothing readable after it is refused; random bytes never read as sound.
        expect(probe).toBeNull();
      }
    }
  });

  it('reads every prefix of a good file without throwing, and never reports a length longer than the file’s', () => {
    for (const [name, file] of Object.entries(goodFiles)) {
      const full = probeAudio(file);
      expect(full, name).not.toBeNull();
      for (let length = 0; length < file.length; length += 1) {
        const probe = probeAudio(file.subarray(0, length));
        if (probe !== null) {
          expect(probe.mime, `${name} cut at ${length}`).toBe(full!.mime);
          if (probe.durationSeconds !== null) expect(probe.durationSeconds).toBeLessThanOrEqual(full!.durationSeconds!);
        }
      }
    }
  });

  it('does not follow an ID3 tag claiming more bytes than the file has', () => {
    // The largest size a tag can state: 256 MB.
    expect(probeAudio(concat(id3v2Tag(100, 0x0fffffff), mp3Frames({ frames: 20 })))).toBeNull();
    const frames = mp3Frames({ frames: 20 });
    expect(probeAudio(concat(id3v2Tag(100, 100 + frames.length), frames))).toBeNull();
  });

  it('refuses an ID3 tag whose size is not syncsafe, and skips only up to 4 KB of zeros after one', () => {
    const notSyncsafe = concat(id3v2Tag(0), mp3Frames({ frames: 5 }));
    notSyncsafe[9] = 0x80;
    expect(probeAudio(notSyncsafe)).toBeNull();
    expect(probeAudio(concat(id3v2Tag(0), new Uint8Array(4096), mp3Frames({ frames: 5 })))?.mime).toBe('audio/mpeg');
    expect(probeAudio(concat(id3v2Tag(0), new Uint8Array(4097), mp3Frames({ frames: 5 })))).toBeNull();
    expect(probeAudio(concat(id3v2Tag(0), Uint8Array.of(0x20), mp3Frames({ frames: 5 })))).toBeNull();
  });

  it('does not take a huge declared size at its word', () => {
    // An mdat claiming 2^60 bytes hides what follows: there is no moov to read.
    const hugeMdat = concat(ftyp('M4A '), largeBox('mdat', 1n << 60n, new Uint8Array(100)), moov(trak({ duration: 44100n })));
    expect(probeAudio(hugeMdat)).toBeNull();
    // A moov claiming 4 GB is read as far as the file goes.
    const hugeMoov = concat(ftyp('M4A '), u32be(0xfffffff0), ascii('moov'), trak({ timescale: 100, duration: 250n }));
    expect(probeAudio(hugeMoov)).toEqual({ mime: 'audio/mp4', durationSeconds: 2.5 });
    // A Void element claiming 2^55 bytes before the tracks.
    const hugeVoid = Uint8Array.of(webmIds.void, 0x01, 0x80, 0, 0, 0, 0, 0, 0);
    expect(probeAudio(webmFile({ leading: [hugeVoid] }))).toBeNull();
    // A WAV chunk claiming 4 GB before fmt.
    const hugeChunk = concat(
      ascii('RIFF'),
      u32be(0),
      ascii('WAVE'),
      riffChunk('LIST', new Uint8Array(8), 0xfffffff0),
      riffChunk('fmt ', new Uint8Array(16)),
    );
    expect(probeAudio(hugeChunk)).toBeNull();
  });

  it('gives no length for durations no phone call has', () => {
    const forever = concat(ftyp('M4A '), moov(trak({ timescale: 1, duration: 0xfffffffen })));
    expect(probeAudio(forever)).toEqual({ mime: 'audio/mp4', durationSeconds: null });
    const justUnder = concat(ftyp('M4A '), moov(trak({ timescale: 1, duration: BigInt(maxPlausibleDurationSeconds) })));
    expect(probeAudio(justUnder)?.durationSeconds).toBe(maxPlausibleDurationSeconds);
    expect(probeAudio(webmFile({ duration: Number.POSITIVE_INFINITY }))?.durationSeconds).toBeNull();
    expect(probeAudio(webmFile({ duration: -5 }))?.durationSeconds).toBeNull();
    expect(probeAudio(oggFile(opusHead(0), 0x7fffffffffffffffn))?.durationSeconds).toBeNull();
  });

  it('stops on boxes and elements that do not move forward', () => {
    // Zero-size boxes mean "to the end": one swallows the rest; a size under the header stops the walk.
    expect(probeAudio(concat(ftyp('M4A '), u32be(0), ascii('moov'), trak({ timescale: 10, duration: 30n }))))?.toEqual({
      mime: 'audio/mp4',
      durationSeconds: 3,
    });
    expect(probeAudio(concat(ftyp('M4A '), u32be(4), ascii('free'), moov(trak())))).toBeNull();
    // Thousands of empty elements in the Segment, then the tracks: the walk gives up before them.
    const empties = Array.from({ length: 5000 }, () => ebml(webmIds.void));
    expect(probeAudio(webmFile({ leading: empties }))).toBeNull();
    // An unknown-size element ends the walk (where the next one starts is not known).
    expect(probeAudio(webmFile({ leading: [ebmlUnknownSize(webmIds.void)] }))).toBeNull();
    // Thousands of empty WAV chunks before fmt.
    const chunks = Array.from({ length: 5000 }, () => riffChunk('JUNK', new Uint8Array()));
    expect(probeAudio(wavFile({ dataBytes: 10, leadingChunks: chunks }))).toBeNull();
    // A moov of thousands of empty boxes.
    expect(
      probeAudio(concat(ftyp('M4A '), moov(...Array.from({ length: 5000 }, () => box('free')), trak(), timeHeader('mvhd', 1, 1n)))),
    ).toBeNull();
  });
});
