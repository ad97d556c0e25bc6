import { describe, expect, it } from 'vitest';
import { probeAudio } from '../../../shared/recordings/audio-format';
import { lastPageSearchBytes } from '../../../shared/recordings/ogg';
import { ascii, concat } from '../../fixtures/audio/bytes';
import {
  box,
  ebml,
  ftyp,
  largeBox,
  m4aFile,
  moov,
  mvex,
  oggFile,
  oggPage,
  opusHead,
  timeHeader,
  trak,
  vorbisIdentification,
  blockGroup,
  ebmlUint,
  opusPacket60ms,
  recordedWebm,
  recorderCluster,
  simpleBlock,
  webmFile,
  webmIds,
} from '../../fixtures/audio/crafted-containers';

describe('M4A and MP4', () => {
  it('reads the sound track’s own duration (mdhd) before the movie’s', () => {
    expect(probeAudio(m4aFile(125))).toEqual({ mime: 'audio/mp4', durationSeconds: 125 });
    const differing = concat(ftyp('M4A '), moov(timeHeader('mvhd', 1000, 9_000n), trak({ timescale: 8000, duration: 8000n * 42n })));
    expect(probeAudio(differing)?.durationSeconds).toBe(42);
  });

  it('falls back to mvhd when the track gives no duration, and to mvex/mehd for a fragmented file', () => {
    const unknownTrack = concat(ftyp('mp42', 'isom'), moov(timeHeader('mvhd', 600, 600n * 7n), trak({ duration: 0xffffffffn })));
    expect(probeAudio(unknownTrack)?.durationSeconds).toBe(7);
    const fragmented = concat(
      ftyp('iso5', 'iso6', 'mp41'),
      moov(timeHeader('mvhd', 1000, 0n), trak(), mvex(3500)),
      box('moof'),
      box('mdat'),
    );
    expect(probeAudio(fragmented)).toEqual({ mime: 'audio/mp4', durationSeconds: 3.5 });
    expect(probeAudio(concat(ftyp('isom'), moov(timeHeader('mvhd', 1000, 0n), trak())))).toEqual({
      mime: 'audio/mp4',
      durationSeconds: null,
    });
  });

  it('reads version 1 (64-bit) headers', () => {
    const wide = concat(ftyp('M4A '), moov(trak({ timescale: 48000, duration: 48000n * 3600n, version: 1 })));
    expect(probeAudio(wide)?.durationSeconds).toBe(3600);
  });

  it('finds moov after the sound, past an mdat with a 64-bit size', () => {
    const sound = new Uint8Array(1000);
    const file = concat(
      ftyp('isom', 'mp41'),
      largeBox('mdat', BigInt(16 + sound.length), sound),
      moov(trak({ timescale: 1000, duration: 2500n })),
    );
    expect(probeAudio(file)).toEqual({ mime: 'audio/mp4', durationSeconds: 2.5 });
  });

  it('takes Opus in MP4 (newer MediaRecorders) as well as AAC', () => {
    expect(probeAudio(concat(ftyp('isom'), moov(trak({ codec: 'Opus', timescale: 48000, duration: 48000n }))))?.durationSeconds).toBe(1);
  });

  it('refuses video, a file without a sound track, other codecs and other brands', () => {
    const withVideo = concat(ftyp('isom'), moov(trak({ handler: 'vide', codec: 'avc1' }), trak()));
    expect(probeAudio(withVideo)).toBeNull();
    expect(probeAudio(concat(ftyp('M4A '), moov(trak({ handler: 'text', codec: 'tx3g' }))))).toBeNull();
    expect(probeAudio(concat(ftyp('M4A '), moov(trak({ codec: 'alac' }))))).toBeNull();
    expect(probeAudio(concat(ftyp('3gp4', '3gp4'), moov(trak({ codec: 'samr' }))))).toBeNull();
    expect(probeAudio(concat(ftyp('qt  ', 'qt  '), moov(trak())))).toBeNull();
    expect(probeAudio(concat(ftyp('M4A '), box('mdat', new Uint8Array(10))))).toBeNull(); // no moov
    expect(probeAudio(concat(box('free'), ftyp('M4A '), moov(trak())))).toBeNull(); // ftyp not first
  });

  it('does not take the minor version for a brand', () => {
    const minorIsBrand = concat(ascii('\0\0\0\x10ftypqt  M4A '), moov(trak()));
    expect(probeAudio(minorIsBrand)).toBeNull();
  });
});

describe('OGG', () => {
  it('reads Opus: the last granule position at 48 kHz, less the pre-skip', () => {
    expect(probeAudio(oggFile(opusHead(312), 48000n * 10n + 312n))).toEqual({ mime: 'audio/ogg', durationSeconds: 10 });
  });

  it('reads Vorbis at its own sample rate', () => {
    expect(probeAudio(oggFile(vorbisIdentification(44100), (44100n * 15n) / 2n))).toEqual({ mime: 'audio/ogg', durationSeconds: 7.5 });
  });

  it('skips a last page on which no packet ends, and pages of another stream', () => {
    const file = oggFile(opusHead(0), 48000n * 4n);
    const noPacketEnds = oggPage(new Uint8Array(10), { granule: 0xffffffffffffffffn, sequence: 9 });
    expect(probeAudio(concat(file, noPacketEnds))?.durationSeconds).toBe(4);
    const otherStream = oggPage(new Uint8Array(10), { serial: 99, granule: 48000n * 500n });
    expect(probeAudio(concat(file, otherStream))?.durationSeconds).toBe(4);
  });

  it('searches only the last 64 KB for the last page', () => {
    expect(lastPageSearchBytes).toBe(64 * 1024);
    // The last page is 329 bytes: it must start within the last 64 KB to be found.
    const file = oggFile(opusHead(0), 48000n * 4n);
    expect(probeAudio(concat(file, new Uint8Array(lastPageSearchBytes - 400)))?.durationSeconds).toBe(4);
    expect(probeAudio(concat(file, new Uint8Array(lastPageSearchBytes - 329)))?.durationSeconds).toBe(4);
    expect(probeAudio(concat(file, new Uint8Array(lastPageSearchBytes - 328)))).toEqual({ mime: 'audio/ogg', durationSeconds: null });
  });

  it('refuses other codecs, a first page that does not begin a stream, and other versions', () => {
    expect(probeAudio(oggFile(concat(ascii('Speex   '), new Uint8Array(72)), 8000n))).toBeNull();
    expect(probeAudio(oggFile(concat(ascii('\x7fFLAC'), new Uint8Array(40)), 8000n))).toBeNull();
    expect(probeAudio(concat(oggPage(opusHead(312)), oggPage(new Uint8Array(5), { granule: 48000n })))).toBeNull();
    expect(probeAudio(oggPage(opusHead(312), { flags: 2, version: 1 }))).toBeNull();
  });
});

describe('WebM', () => {
  it('reads the length of MediaRecorder’s output, which states no Duration, from its blocks', () => {
    // 50 packets of 60 ms in four Clusters of unknown size: 3 seconds.
    expect(probeAudio(recordedWebm(50))).toEqual({ mime: 'audio/webm', durationSeconds: 3 });
    expect(probeAudio(recordedWebm(1))?.durationSeconds).toBeCloseTo(0.06, 6);
    expect(probeAudio(recordedWebm(1000))?.durationSeconds).toBeCloseTo(60, 6);
  });

  it('times the last Opus packet by its TOC byte, and a block in a group by its BlockDuration', () => {
    const packet = (toc: number, ...rest: number[]) => Uint8Array.of(toc, ...rest);
    const lastPacket = (p: Uint8Array) =>
      webmFile({ clusters: [recorderCluster(0, simpleBlock(0, opusPacket60ms), simpleBlock(2000, p))] });
    expect(probeAudio(lastPacket(packet(0xf8)))?.durationSeconds).toBeCloseTo(2.02, 6); // CELT 20 ms, one frame
    expect(probeAudio(lastPacket(packet(0x18)))?.durationSeconds).toBeCloseTo(2.06, 6); // SILK 60 ms (config 3), one frame
    expect(probeAudio(lastPacket(packet(0x79)))?.durationSeconds).toBeCloseTo(2.04, 6); // hybrid 20 ms (config 15), two frames (code 1)
    expect(probeAudio(lastPacket(packet(0x83, 0x05)))?.durationSeconds).toBeCloseTo(2.0125, 6); // CELT 2.5 ms (config 16), code 3: five frames
    const grouped = webmFile({ clusters: [recorderCluster(500, blockGroup(0, packet(0xf8)), blockGroup(1500, packet(0xf8), 250))] });
    expect(probeAudio(grouped)?.durationSeconds).toBeCloseTo(1.75, 6);
  });

  it('reads blocks in Clusters of known size, a negative offset, another TimecodeScale, and Vorbis by its block starts', () => {
    const known = webmFile({
      clusters: [
        ebml(webmIds.cluster, ebmlUint(0xe7, 100), simpleBlock(-100, opusPacket60ms)),
        ebml(webmIds.cluster, ebmlUint(0xe7, 1000), simpleBlock(0, opusPacket60ms)),
      ],
    });
    expect(probeAudio(known)?.durationSeconds).toBeCloseTo(1.06, 6);
    const microTicks = webmFile({
      timecodeScale: 1000,
      clusters: [recorderCluster(0, simpleBlock(0, opusPacket60ms)), recorderCluster(30_000, simpleBlock(0, opusPacket60ms))],
    });
    expect(probeAudio(microTicks)?.durationSeconds).toBeCloseTo(0.09, 6);
    const vorbis = webmFile({
      tracks: [{ type: 2, codec: 'A_VORBIS' }],
      clusters: [recorderCluster(0, simpleBlock(0, opusPacket60ms), simpleBlock(4000, opusPacket60ms))],
    });
    expect(probeAudio(vorbis)?.durationSeconds).toBe(4);
  });

  it('keeps a WebM whose blocks cannot be read, or whose Info states its length, as before', () => {
    expect(probeAudio(webmFile())).toEqual({ mime: 'audio/webm', durationSeconds: null });
    expect(probeAudio(webmFile({ clusters: [] }))).toEqual({ mime: 'audio/webm', durationSeconds: null });
    // Info's Duration is the file's own word: the blocks are not read.
    expect(probeAudio(webmFile({ duration: 9000, clusters: [recorderCluster(0, simpleBlock(0, opusPacket60ms))] }))?.durationSeconds).toBe(
      9,
    );
    // A lone block with no packet after its header gives no length, not a guess.
    expect(probeAudio(webmFile({ clusters: [recorderCluster(0, simpleBlock(0, new Uint8Array()))] }))?.durationSeconds).toBeNull();
  });

  it('reads Info’s Duration in TimecodeScale ticks, as a 64- or 32-bit float', () => {
    expect(probeAudio(webmFile({ duration: 12_345 }))?.durationSeconds).toBe(12.345);
    expect(probeAudio(webmFile({ duration: 1500, durationWidth: 4 }))?.durationSeconds).toBe(1.5);
    expect(probeAudio(webmFile({ duration: 250, timecodeScale: 1_000_000_000 }))?.durationSeconds).toBe(250);
  });

  it('takes Matroska audio and Vorbis, and walks past a Void before Info', () => {
    expect(probeAudio(webmFile({ docType: 'matroska', duration: 2000 }))?.durationSeconds).toBe(2);
    expect(probeAudio(webmFile({ tracks: [{ type: 2, codec: 'A_VORBIS' }] }))?.mime).toBe('audio/webm');
    expect(probeAudio(webmFile({ leading: [ebml(webmIds.void, new Uint8Array(300))], duration: 3000 }))?.durationSeconds).toBe(3);
  });

  it('refuses video, other codecs, other document types and a file whose tracks come after the sound', () => {
    expect(
      probeAudio(
        webmFile({
          tracks: [
            { type: 1, codec: 'V_VP8' },
            { type: 2, codec: 'A_OPUS' },
          ],
        }),
      ),
    ).toBeNull();
    expect(probeAudio(webmFile({ tracks: [{ type: 2, codec: 'A_AAC' }] }))).toBeNull();
    expect(probeAudio(webmFile({ docType: 'mkvx' }))).toBeNull();
    const clusterFirst = webmFile({ leading: [ebml(webmIds.cluster, new Uint8Array(10))] });
    expect(probeAudio(clusterFirst)).toBeNull();
  });
});
