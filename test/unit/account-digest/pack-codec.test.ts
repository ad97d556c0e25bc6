// The numbers of a digest shard: small ones in a byte, any safe integer (an amount in minor units
// may pass 32 bits, or be a credit below zero) exact in at most eight, and a damaged byte array
// refused rather than read as something else.
import { describe, expect, it } from 'vitest';
import { PackReader, PackWriter } from '../../../shared/account-digest/pack-codec';

function packed(values: readonly number[]) {
  const out = new PackWriter();
  for (const value of values) out.int(value);
  return out.packed();
}

function readAll(bytes: Uint8Array): number[] {
  const from = new PackReader({ strings: [], numbers: bytes });
  const values: number[] = [];
  while (!from.atEnd) values.push(from.int());
  return values;
}

const boundaries = [
  0,
  1,
  -1,
  63,
  -63,
  64,
  -64,
  127,
  128,
  -128,
  8_191,
  8_192,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  2 ** 32,
  2 ** 52,
  -(2 ** 52),
  2 ** 52 + 3,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
];

describe('packed numbers', () => {
  it.each(boundaries)('keep %d exact', (value) => {
    expect(readAll(packed([value]).numbers)).toEqual([value]);
  });

  it('keep a run of numbers in order, through a structured clone', () => {
    expect(readAll(structuredClone(packed(boundaries)).numbers)).toEqual(boundaries);
  });

  it('take one byte up to 63 either side of zero, and never more than eight', () => {
    expect(packed([63]).numbers).toHaveLength(1);
    expect(packed([-63]).numbers).toHaveLength(1);
    expect(packed([64]).numbers).toHaveLength(2);
    expect(packed([Number.MAX_SAFE_INTEGER]).numbers).toHaveLength(8);
    expect(packed([Number.MIN_SAFE_INTEGER]).numbers).toHaveLength(8);
  });

  it('grow past the first block of bytes', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? i * 1_000_003 : -i));
    expect(readAll(packed(many).numbers)).toEqual(many);
  });

  it.each([2 ** 53, -(2 ** 53), 10.5, Number.NaN, Number.POSITIVE_INFINITY])('refuse %d, which is not a safe integer', (value) => {
    expect(() => packed([value])).toThrow(/cannot store/);
  });

  it('refuse a number cut off in the middle', () => {
    const bytes = packed([2 ** 40]).numbers;
    expect(() => readAll(bytes.slice(0, bytes.length - 1))).toThrow(/middle of an entry/);
  });

  it('refuse a number longer than any it writes', () => {
    expect(() => readAll(new Uint8Array([255, 255, 255, 255, 255, 255, 255, 255, 1]))).toThrow(/too long/);
  });

  it('keep an empty string apart from no string', () => {
    const out = new PackWriter();
    out.text('');
    out.text(null);
    out.text('');
    const from = new PackReader(out.packed());
    expect([from.maybeText(), from.maybeText(), from.maybeText()]).toEqual(['', null, '']);
    expect(out.packed().strings).toEqual(['']);
  });
});
