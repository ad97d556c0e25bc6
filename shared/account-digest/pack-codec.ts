// The writer and reader a digest shard is packed and unpacked with. Strings go once each into a
// string list and are pointed at by position; every other field (positions, counts, flags and
// amounts in minor units) is a whole number written into one byte array: the sign and six bits
// in the first byte, seven bits in each further one. The small numbers that make up most of an
// entry take one or two bytes instead of four or eight, and any safe integer at most eight.
// packed.ts says why a shard is stored this way.

/** A shard's entries as stored. */
export interface PackedDigestEntries {
  strings: string[];
  numbers: Uint8Array;
}

/** Where a missing string (null) is pointed at. */
const noString = -1;

/** A safe integer (53 bits) takes at most this many bytes: 6 bits in the first, 7 in each other. */
const longestNumber = 8;

export class PackWriter {
  private readonly strings: string[] = [];
  private readonly positions = new Map<string, number>();
  private bytes = new Uint8Array(4096);
  private length = 0;

  /**
   * A string, or none (null). A row without a field its schema fills in (an old backup's payment
   * with no reference) is stored as having none, which reads back as the empty string.
   */
  text(value: string | null | undefined): void {
    if (value === null || value === undefined) {
      this.int(noString);
      return;
    }
    let at = this.positions.get(value);
    if (at === undefined) {
      at = this.strings.length;
      this.strings.push(value);
      this.positions.set(value, at);
    }
    this.int(at);
  }

  /** A whole number (a count, a position or an amount in minor units). */
  int(value: number): void {
    if (!Number.isSafeInteger(value)) throw new Error(`A digest entry holds a number it cannot store: ${value}.`);
    if (this.length + longestNumber > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    // Arithmetic, not bit operators: those work on 32 bits, and amounts can pass that.
    let magnitude = Math.abs(value);
    let byte = (magnitude % 64) * 2 + (value < 0 ? 1 : 0);
    magnitude = Math.floor(magnitude / 64);
    while (magnitude > 0) {
      this.bytes[this.length++] = byte + 128;
      byte = magnitude % 128;
      magnitude = Math.floor(magnitude / 128);
    }
    this.bytes[this.length++] = byte;
  }

  flag(value: boolean): void {
    this.int(value ? 1 : 0);
  }

  amount(value: number): void {
    this.int(value);
  }

  /** A list: its length, then each item as `write` puts it. */
  list<T>(items: readonly T[], write: (item: T) => void): void {
    this.int(items.length);
    for (const item of items) write(item);
  }

  packed(): PackedDigestEntries {
    return { strings: this.strings, numbers: this.bytes.slice(0, this.length) };
  }
}

export class PackReader {
  private at = 0;

  constructor(private readonly packed: PackedDigestEntries) {}

  get atEnd(): boolean {
    return this.at >= this.packed.numbers.length;
  }

  int(): number {
    const bytes = this.packed.numbers;
    let at = this.at;
    if (at >= bytes.length) throw new Error('A digest shard ends in the middle of an entry.');
    let byte = bytes[at++]!;
    const negative = (byte & 1) === 1;
    let magnitude = (byte & 127) >> 1;
    let scale = 64;
    for (let read = 1; byte >= 128; read += 1) {
      if (at >= bytes.length) throw new Error('A digest shard ends in the middle of an entry.');
      if (read === longestNumber) throw new Error('A digest shard holds a number too long to be one of its own.');
      byte = bytes[at++]!;
      magnitude += (byte & 127) * scale;
      scale *= 128;
    }
    this.at = at;
    return negative ? -magnitude : magnitude;
  }

  flag(): boolean {
    return this.int() === 1;
  }

  maybeText(): string | null {
    const at = this.int();
    if (at === noString) return null;
    const text = this.packed.strings[at];
    if (text === undefined) throw new Error('A digest shard points at a string it does not hold.');
    return text;
  }

  text(): string {
    return this.maybeText() ?? '';
  }

  amount(): number {
    return this.int();
  }

  /** A list written by PackWriter.list, each item as `read` takes it. */
  list<T>(read: () => T): T[] {
    const items: T[] = [];
    for (let n = this.int(); n > 0; n -= 1) items.push(read());
    return items;
  }
}
