// A tiny seeded PRNG (mulberry32) so generated data is the same on every run: tests and
// benchmarks can rely on it, and Math.random never leaks into stored records.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A UUID-shaped identifier (version 4 layout) drawn from this stream. */
  uuid(): string;
}

const hexCodes = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const dash = '-'.charCodeAt(0);

/**
 * Writes 128 random bits as a version-4-shaped UUID in one flat string (the benchmark
 * generator makes hundreds of thousands of ids; concatenating pieces would churn memory).
 */
function uuidFrom(words: [number, number, number, number], codes: number[]): string {
  let at = 0;
  for (let nibble = 0; nibble < 32; nibble += 1) {
    if (nibble === 8 || nibble === 12 || nibble === 16 || nibble === 20) codes[at++] = dash;
    const word = words[nibble >>> 3] as number;
    let value = (word >>> (28 - (nibble & 7) * 4)) & 0xf;
    if (nibble === 12) value = 4;
    if (nibble === 16) value = 0x8 | (value & 0x3);
    codes[at++] = hexCodes[value] as number;
  }
  return String.fromCharCode(...codes);
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => nextUint32() / 4_294_967_296;
  const words: [number, number, number, number] = [0, 0, 0, 0];
  const codes: number[] = new Array<number>(36).fill(0);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('Cannot pick from an empty list.');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (probability) => next() < probability,
    uuid: () => {
      for (let i = 0; i < 4; i += 1) words[i] = nextUint32();
      return uuidFrom(words, codes);
    },
  };
}

/** A 32-bit seed from any text (FNV-1a), e.g. to derive a stream from a name. */
export function seedFromText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
