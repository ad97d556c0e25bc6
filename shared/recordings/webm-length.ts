// The length of a WebM whose Info states none, as MediaRecorder writes it for "Record this call":
// read from its blocks, from the start of the first to the end of the last. Each Cluster gives a
// Timecode; each SimpleBlock (or Block in a BlockGroup) an offset from it, then its sound. The
// last block's own length is its BlockDuration, or for Opus what its first byte (the TOC) says.
// MediaRecorder's Clusters have an unknown size, so the walk steps into every Cluster and reads
// on: the next Cluster's id is where the last one ended.
import { plausibleSeconds } from './bytes';
import { readElement, readUint, vintLength, type EbmlElement } from './ebml';

const ids = { cluster: 0x1f43b675, timecode: 0xe7, simpleBlock: 0xa3, blockGroup: 0xa0, block: 0xa1, blockDuration: 0x9b } as const;

/** Milliseconds per frame for each Opus configuration (RFC 6716, section 3.1): SILK, hybrid, CELT. */
function opusFrameMs(config: number): number {
  if (config < 12) return [10, 20, 40, 60][config % 4]!;
  if (config < 16) return [10, 20][config % 2]!;
  return [2.5, 5, 10, 20][config % 4]!;
}

/** How long one Opus packet plays, from its TOC byte and frame count, or null when it is cut short. */
export function opusPacketSeconds(bytes: Uint8Array, offset: number, end: number): number | null {
  if (offset >= end) return null;
  const toc = bytes[offset]!;
  const code = toc & 0x03;
  const frames = code === 0 ? 1 : code < 3 ? 2 : offset + 1 < end ? bytes[offset + 1]! & 0x3f : null;
  return frames === null ? null : (frames * opusFrameMs(toc >> 3)) / 1000;
}

interface BlockTiming {
  /** Ticks from the Cluster's Timecode (signed). */
  offsetTicks: number;
  /** Seconds the block's sound plays, when its codec tells (0 when not known). */
  soundSeconds: number;
}

/** A block's header: its track number, a signed 16-bit offset, flags (lacing in bits 1-2), then its sound. */
function readBlock(bytes: Uint8Array, block: EbmlElement, opus: boolean): BlockTiming | null {
  const trackLength = vintLength(bytes[block.start] ?? 0, 8);
  const timeAt = block.start + trackLength;
  if (trackLength === 0 || timeAt + 3 > block.end) return null;
  const raw = (bytes[timeAt]! << 8) | bytes[timeAt + 1]!;
  const offsetTicks = raw >= 0x8000 ? raw - 0x10000 : raw;
  const laced = ((bytes[timeAt + 2]! >> 1) & 0x03) !== 0;
  // A laced block holds several packets behind a table; one packet's length would be a guess.
  const sound = opus && !laced ? opusPacketSeconds(bytes, timeAt + 3, block.end) : null;
  return { offsetTicks, soundSeconds: sound ?? 0 };
}

function readGroup(bytes: Uint8Array, group: EbmlElement, opus: boolean, tickSeconds: number): BlockTiming | null {
  let timing: BlockTiming | null = null;
  let durationTicks: number | null = null;
  let offset = group.start;
  for (let count = 0; count < 16 && offset < group.end; count += 1) {
    const element = readElement(bytes, offset, group.end);
    if (element === null) break;
    if (element.id === ids.block) timing = readBlock(bytes, element, opus);
    if (element.id === ids.blockDuration) durationTicks = readUint(bytes, element);
    offset = element.end;
  }
  if (timing === null || durationTicks === null) return timing;
  return { ...timing, soundSeconds: durationTicks * tickSeconds };
}

/**
 * Seconds from the first block's start to the last block's end in the Segment's data
 * [start, end), or null when no block could be read. `tickSeconds` is Info's TimecodeScale.
 */
export function webmBlocksSeconds(bytes: Uint8Array, start: number, end: number, tickSeconds: number, opus: boolean): number | null {
  let clusterTicks: number | null = null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // Every step moves at least two bytes (an id and a size), so the walk ends within the file.
  for (let offset = start; offset < end;) {
    const element = readElement(bytes, offset, end);
    if (element === null) break;
    if (element.id === ids.cluster) {
      clusterTicks = null;
      offset = element.start;
      continue;
    }
    if (element.id === ids.timecode) clusterTicks = readUint(bytes, element);
    const isBlock = element.id === ids.simpleBlock || element.id === ids.blockGroup;
    if (isBlock && clusterTicks !== null) {
      const timing = element.id === ids.simpleBlock ? readBlock(bytes, element, opus) : readGroup(bytes, element, opus, tickSeconds);
      if (timing !== null) {
        const at = (clusterTicks + timing.offsetTicks) * tickSeconds;
        first = Math.min(first, at);
        last = Math.max(last, at + timing.soundSeconds);
      }
    }
    // Past anything else of unknown size there is no telling where the next element starts.
    if (element.unknownSize) break;
    offset = element.end;
  }
  return last > first ? plausibleSeconds(last - first) : null;
}
