import { describe, expect, it } from 'vitest';
import { joinBytes } from '../../../shared/common/join-bytes';

describe('joinBytes', () => {
  it('joins pieces in order into an array of its own, views included', () => {
    const buffer = Uint8Array.from([9, 1, 2, 3, 9]);
    const joined = joinBytes([buffer.subarray(1, 4), new Uint8Array(0), Uint8Array.from([4, 5])]);
    expect(Array.from(joined)).toEqual([1, 2, 3, 4, 5]);
    expect(joined.buffer).not.toBe(buffer.buffer);
    expect(joined.byteLength).toBe(joined.buffer.byteLength);
  });

  it('gives an empty array for no pieces', () => {
    expect(joinBytes([])).toEqual(new Uint8Array(0));
  });
});
