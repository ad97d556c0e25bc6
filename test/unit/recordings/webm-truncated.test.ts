// A recording kept after a crash: its pieces up to the last whole one, or a file whose last block
// was cut short. The probe still reads it as WebM, and its length from the blocks it has: never
// less than the whole blocks before the cut, never more than the whole take.
import { describe, expect, it } from 'vitest';
import { probeAudio } from '../../../shared/recordings/audio-format';
import { opusPacket60ms, recordedWebm, recorderCluster, simpleBlock, webmFile } from '../../fixtures/audio/crafted-containers';

describe('a recorded WebM cut short', () => {
  const packets = 50;
  const whole = recordedWebm(packets);
  const wholeLast = recordedWebm(packets - 1);
  // The last block: SimpleBlock id, size, track, 2-byte time, flags, then a 6-byte Opus packet.
  const lastBlockBytes = 2 + 4 + 6;

  it('reads the take whole, then with its last block cut at every byte', () => {
    expect(probeAudio(whole)).toEqual({ mime: 'audio/webm', durationSeconds: 3 });
    const blockStart = whole.length - lastBlockBytes;
    for (let cut = blockStart; cut < whole.length; cut += 1) {
      const probe = probeAudio(whole.subarray(0, cut));
      expect(probe?.mime, `cut at ${cut}`).toBe('audio/webm');
      expect(probe!.durationSeconds!, `cut at ${cut}`).toBeGreaterThanOrEqual(((packets - 1) * 60) / 1000 - 1e-9);
      expect(probe!.durationSeconds!, `cut at ${cut}`).toBeLessThanOrEqual(3);
    }
    // Without the last block at all, it is the file of one packet fewer.
    expect(probeAudio(whole.subarray(0, blockStart))?.durationSeconds).toBe(probeAudio(wholeLast)?.durationSeconds);
  });

  it('reads a take cut anywhere in the header of its last Cluster as the Clusters before it', () => {
    const block = () => simpleBlock(0, opusPacket60ms);
    const clusters = [recorderCluster(0, block()), recorderCluster(60, block()), recorderCluster(120, block())];
    const file = webmFile({ clusters });
    const lastStart = file.length - clusters[2]!.length;
    const lastHeader = clusters[2]!.length - block().length;
    expect(probeAudio(file)?.durationSeconds).toBeCloseTo(0.18, 6);
    for (let cut = lastStart; cut <= lastStart + lastHeader; cut += 1) {
      const probe = probeAudio(file.subarray(0, cut));
      expect(probe?.mime, `cut at ${cut}`).toBe('audio/webm');
      expect(probe!.durationSeconds!, `cut at ${cut}`).toBeCloseTo(0.12, 6);
    }
  });
});
