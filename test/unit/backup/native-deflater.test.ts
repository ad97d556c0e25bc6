// The browser's own deflate, as a zip entry needs it: the raw stream without gzip's header and
// trailer, the text's CRC-32 and length, and its SHA-256, as fflate's deflater gives them.
import { inflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflaterHere } from '../../../shared/backup/table-encoder';
import { joinBytes } from '../../../shared/common/join-bytes';
import { canDeflateNatively, nativeDeflater } from '../../../renderer/backup/native-deflater';

const pieces = [
  '[{"name":"Café Ørsted","minor":1250}',
  ...Array.from({ length: 400 }, (_, i) => `,{"name":"Orchard ${i % 7}","minor":${i * 37}}`),
  ']',
];

async function deflate(deflater: ReturnType<typeof nativeDeflater>, texts: readonly string[]) {
  texts.forEach((text, index) => deflater.push(text, index === texts.length - 1));
  return deflater.done();
}

describe('deflating with the platform’s zlib', () => {
  it('is there in Node, as in Chromium', () => {
    expect(canDeflateNatively()).toBe(true);
  });

  it('gives a raw deflate stream of the whole text, with the CRC, length and hash fflate gives', async () => {
    const native = await deflate(nativeDeflater(), pieces);
    const fflate = await deflate(deflaterHere(), pieces);
    const text = new TextEncoder().encode(pieces.join(''));
    expect(inflateSync(joinBytes(native.deflated))).toEqual(text);
    expect(native).toMatchObject({ crc: fflate.crc, size: text.length, sha256: fflate.sha256, flag: 0 });
  });

  it('deflates an empty list and a text of one piece', async () => {
    const native = await deflate(nativeDeflater(), ['[]']);
    expect(new TextDecoder().decode(inflateSync(joinBytes(native.deflated)))).toBe('[]');
    expect(native.crc).toBe((await deflate(deflaterHere(), ['[]'])).crc);
  });

  it('refuses pieces after the last, and an answer before it', async () => {
    const deflater = nativeDeflater();
    deflater.push('[1', false);
    await expect(deflater.done()).rejects.toThrow('not finished');
    deflater.push(']', true);
    expect(() => deflater.push(',2', false)).toThrow('already finished');
  });
});
