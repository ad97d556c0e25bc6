import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../shared/import/read/decode-text';
import { macRoman, utf16, utf8, windows1252 } from './sample-bytes';

const accents = 'Client,Solde\nCafé Lumière,€1 234,56\nNaïve Crêperie,10\n';

describe('decodeText', () => {
  it('follows a byte-order mark and strips it', () => {
    expect(decodeText(utf8(accents, true))).toEqual({ text: accents, encoding: 'utf-8', encodingReason: 'bom' });
    expect(decodeText(utf16(accents, 'le'))).toEqual({ text: accents, encoding: 'utf-16le', encodingReason: 'bom' });
    expect(decodeText(utf16(accents, 'be'))).toEqual({ text: accents, encoding: 'utf-16be', encodingReason: 'bom' });
  });

  it('takes valid UTF-8 as UTF-8', () => {
    expect(decodeText(utf8(accents))).toEqual({ text: accents, encoding: 'utf-8', encodingReason: 'utf-8' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    const bytes = windows1252(accents);
    expect(bytes).toContain(0xe9); // é as one byte, never valid on its own in UTF-8
    expect(bytes).toContain(0x80); // € in Windows-1252 (not Latin-1)
    expect(decodeText(bytes)).toEqual({ text: accents, encoding: 'windows-1252', encodingReason: 'fallback' });
  });

  it('decodes Windows-1252 punctuation at 0x80–0x9F the same in Node as in a browser', () => {
    const bytes = new Uint8Array([0xff, 0x80, 0x93, 0x41, 0x94, 0x96, 0x92, 0x9c, 0x81]);
    expect(decodeText(bytes).text).toBe('ÿ€“A”–’œ\u0081');
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(decodeText(utf16(accents, 'le', false))).toMatchObject({ text: accents, encoding: 'utf-16le' });
    expect(decodeText(utf16(accents, 'be', false))).toMatchObject({ text: accents, encoding: 'utf-16be' });
  });

  it('reads Mac Roman only when chosen', () => {
    const bytes = macRoman(accents);
    expect(decodeText(bytes).text).not.toBe(accents);
    expect(decodeText(bytes, 'macintosh')).toEqual({ text: accents, encoding: 'macintosh', encodingReason: 'chosen' });
  });

  it('uses the chosen encoding over what the bytes suggest', () => {
    const bytes = utf8('Café');
    expect(decodeText(bytes, 'windows-1252')).toEqual({ text: 'CafÃ©', encoding: 'windows-1252', encodingReason: 'chosen' });
    expect(decodeText(utf8('Café', true), 'utf-8').text).toBe('Café');
  });
});
