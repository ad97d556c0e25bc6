import { describe, expect, it } from 'vitest';
import { adtsDuration, maxAdtsFramesCounted } from '../../../shared/recordings/adts';
import { probeAudio } from '../../../shared/recordings/audio-format';
import { concat, patched } from '../../fixtures/audio/bytes';
import { adtsFile, adtsFrame, id3v1Tag, id3v2Tag, mp3Frames, mp3Header, riffChunk, wavFile } from '../../fixtures/audio/crafted-frames';

describe('WAV', () => {
  it('reads PCM: the data chunk’s bytes over the byte rate', () => {
    // 8 kHz, 16-bit, mono: 16,000 bytes a second.
    expect(probeAudio(wavFile({ dataBytes: 16_000 * 3 }))).toEqual({ mime: 'audio/wav', durationSeconds: 3 });
    expect(probeAudio(wavFile({ sampleRate: 44100, channels: 2, dataBytes: 176_400 / 4 }))).toEqual({
      mime: 'audio/wav',
      durationSeconds: 0.25,
    });
    // μ-law, 8 bits: 8,000 bytes a second.
    expect(probeAudio(wavFile({ formatTag: 7, bitsPerSample: 8, dataBytes: 12_000 }))?.durationSeconds).toBe(1.5);
  });

  it('takes a compressed WAV’s length from its fact chunk, not its byte rate', () => {
    // GSM 6.10: the byte rate in fmt is only an average; the fact chunk counts the samples.
    const gsm = wavFile({ formatTag: 0x31, bitsPerSample: 0, byteRate: 1625, dataBytes: 3250, factSamples: 8000 * 2.5 });
    expect(probeAudio(gsm)).toEqual({ mime: 'audio/wav', durationSeconds: 2.5 });
  });

  it('walks past metadata chunks of odd size (padded to even) before fmt', () => {
    const list = riffChunk('LIST', new Uint8Array(11).fill(0x41));
    expect(probeAudio(wavFile({ dataBytes: 8000, leadingChunks: [list] }))?.durationSeconds).toBe(0.5);
  });

  it('counts the bytes that are there when the data size is unset, or larger than the file', () => {
    expect(probeAudio(wavFile({ dataBytes: 16_000, declaredDataBytes: 0xffffffff }))?.durationSeconds).toBe(1);
    expect(probeAudio(wavFile({ dataBytes: 16_000, declaredDataBytes: 0 }))?.durationSeconds).toBe(1);
    expect(probeAudio(wavFile({ dataBytes: 8000, declaredDataBytes: 0x7ffffff0 }))?.durationSeconds).toBe(0.5);
  });

  it('refuses a RIFF/WAVE without a readable fmt before its data', () => {
    const good = wavFile({ dataBytes: 100 });
    expect(probeAudio(good.subarray(0, 12))).toBeNull();
    expect(probeAudio(good.subarray(0, 30))).toBeNull(); // fmt cut short, no data chunk
    expect(probeAudio(patched(good, 12, [0x4a, 0x55, 0x4e, 0x4b]))).toBeNull(); // fmt renamed "JUNK"
    expect(probeAudio(patched(good, 22, [0, 0]))).toBeNull(); // no channels
    expect(probeAudio(patched(good, 8, [0x41, 0x56, 0x49, 0x20]))).toBeNull(); // RIFF "AVI "
  });

  it('gives no length for a byte rate of 0, but keeps the file as WAV', () => {
    expect(probeAudio(wavFile({ dataBytes: 100, byteRate: 0 }))).toEqual({ mime: 'audio/wav', durationSeconds: null });
  });
});

describe('MP3', () => {
  // MPEG-1 Layer III at 48 kHz and 128 kbit/s: 384-byte frames of 1,152 samples (24 ms).
  it('takes a constant bitrate over the audio when no frame count is written', () => {
    expect(probeAudio(mp3Frames({ frames: 250 }))).toEqual({ mime: 'audio/mpeg', durationSeconds: 6 });
    expect(probeAudio(mp3Frames({ frames: 250, kbps: 64 }))?.durationSeconds).toBe(6);
  });

  it('finds the first frame after an ID3v2 tag, and after zeros padding the tag', () => {
    expect(probeAudio(concat(id3v2Tag(1000), mp3Frames({ frames: 125 })))).toEqual({ mime: 'audio/mpeg', durationSeconds: 3 });
    expect(probeAudio(concat(id3v2Tag(1000), new Uint8Array(700), mp3Frames({ frames: 125 })))?.durationSeconds).toBe(3);
  });

  it('leaves an ID3v1 tag at the end out of the audio', () => {
    expect(probeAudio(concat(id3v2Tag(20), mp3Frames({ frames: 125 }), id3v1Tag()))?.durationSeconds).toBe(3);
  });

  it('uses the frame count of a Xing, Info or VBRI header over the file’s size', () => {
    // 44.1 kHz: 1,152 × 3,675 samples is exactly 96 s, though only ten frames are in the file.
    expect(probeAudio(mp3Frames({ frames: 10, sampleRate: 44100, xingFrames: 3675 }))?.durationSeconds).toBe(96);
    expect(probeAudio(mp3Frames({ frames: 10, sampleRate: 44100, mono: true, xingFrames: 3675 }))?.durationSeconds).toBe(96);
    expect(probeAudio(mp3Frames({ frames: 10, xingTag: 'Info', xingFrames: 500 }))?.durationSeconds).toBe(12);
    expect(probeAudio(mp3Frames({ frames: 10, vbriFrames: 1000 }))?.durationSeconds).toBe(24);
  });

  it('reads MPEG-2 frames (576 samples) and their Xing header after shorter side information', () => {
    // 16 kHz mono, 32 kbit/s: 144-byte frames of 36 ms.
    expect(probeAudio(mp3Frames({ version: 'mpeg2', sampleRate: 16000, kbps: 32, mono: true, frames: 50 }))?.durationSeconds).toBe(1.8);
    const xing = mp3Frames({ version: 'mpeg2', sampleRate: 16000, kbps: 32, mono: true, frames: 5, xingFrames: 2000 });
    expect(probeAudio(xing)?.durationSeconds).toBe(72);
  });

  it('refuses a lone header followed by something that is not a frame, and Layer II audio', () => {
    const { header } = mp3Header('mpeg1', 128, 48000, false);
    expect(probeAudio(concat(header, new Uint8Array(380), new Uint8Array(400).fill(0x20)))).toBeNull();
    const layer2 = mp3Frames({ frames: 3 }).map((byte, i) => (i % 384 === 1 ? 0xfd : byte));
    expect(probeAudio(layer2)).toBeNull();
    // Free-format (bitrate index 0) frames have no length to check the next frame with.
    expect(probeAudio(patched(mp3Frames({ frames: 3 }), 2, [0x04]))).toBeNull();
  });

  it('looks for the first frame only at the start of an untagged file', () => {
    expect(probeAudio(concat(new Uint8Array(1), mp3Frames({ frames: 5 })))).toBeNull();
  });
});

describe('raw AAC (ADTS)', () => {
  it('counts frames of 1,024 samples to the end', () => {
    expect(probeAudio(adtsFile(16000, 100))).toEqual({ mime: 'audio/aac', durationSeconds: 6.4 });
    expect(probeAudio(adtsFile(8000, 250, 37))?.durationSeconds).toBe(32);
    const twoBlocks = concat(...Array.from({ length: 50 }, () => adtsFrame(16000, 300, 2)));
    expect(probeAudio(twoBlocks)?.durationSeconds).toBe(6.4);
  });

  it('accepts an ID3 tag before the frames and ID3v1 after them, and leaves out a cut last frame', () => {
    expect(probeAudio(concat(id3v2Tag(64), adtsFile(16000, 100), id3v1Tag()))?.durationSeconds).toBe(6.4);
    expect(probeAudio(adtsFile(16000, 101).subarray(0, 100 * 200 + 150))?.durationSeconds).toBe(6.4);
  });

  it('keeps the file but gives no length when the frames stop before the end', () => {
    expect(probeAudio(concat(adtsFile(16000, 100), new Uint8Array(500).fill(0x20)))).toEqual({ mime: 'audio/aac', durationSeconds: null });
    expect(probeAudio(concat(adtsFile(16000, 10), adtsFile(8000, 10)))).toEqual({ mime: 'audio/aac', durationSeconds: null });
  });

  it('refuses a frame claiming to be no longer than its own header, and a reserved sample rate', () => {
    expect(probeAudio(patched(adtsFile(16000, 3), 0, adtsFrame(16000, 7)))).toBeNull();
    // A length of 0 would make a frame its own next frame.
    expect(probeAudio(patched(adtsFile(16000, 3), 3, [0x40, 0x00, 0x1f]))).toBeNull();
    expect(probeAudio(patched(adtsFile(16000, 3), 2, [0x40 | (13 << 2)]))).toBeNull();
  });

  it('stops counting at the cap and takes the rest at the same bytes per frame', () => {
    expect(maxAdtsFramesCounted).toBeGreaterThanOrEqual(600_000); // 4 hours at 44.1 kHz are counted in full
    const file = concat(adtsFile(16000, 50, 100), adtsFile(16000, 50, 300));
    // Ten 100-byte frames counted (0.64 s) over 1,000 of the file's 20,000 bytes.
    expect(adtsDuration(file, 0, 16000, 10)).toBeCloseTo(12.8, 10);
    expect(adtsDuration(file, 0, 16000)).toBe(6.4);
  });

  it('tells AAC from MP3 by the layer bits', () => {
    const file = adtsFile(16000, 3);
    expect(probeAudio(file)?.mime).toBe('audio/aac');
    // Layer bits 01 make the same header an MPEG-2 Layer III one, whose next frame is not there.
    expect(probeAudio(patched(file, 1, [0xf3]))).toBeNull();
  });
});
