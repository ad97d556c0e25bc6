// Bytes → text. Accounting exports are UTF-8 (often with a BOM: Excel's "CSV UTF-8"), UTF-16
// (Excel's "Unicode Text") or, from older desktop software, Windows-1252. Valid UTF-8 is almost
// never produced by accident from Windows-1252 accents, so strict UTF-8 first is a safe test.
import type { TextEncodingName } from '../model';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  encodingReason: 'bom' | 'utf-8' | 'fallback' | 'chosen';
}

/** The encoding a byte-order mark at the start names, with the mark's length. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in every other place
 * (the high byte of each character). Looks at the first 4 KB.
 */
export function looksLikeUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  // Most characters zero on one side, almost none on the other.
  if (zeroOdd >= pairs * 0.6 && zeroEven <= pairs * 0.05) return 'utf-16le';
  if (zeroEven >= pairs * 0.6 && zeroOdd <= pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Windows-1252's characters at bytes 0x80–0x9F (€, curly quotes, dashes, Œ, Ÿ…), where Latin-1
 * has control characters. Browsers decode these; Node 20 decodes 'windows-1252' as Latin-1, so
 * they are mapped here too, and the result is the same wherever this code runs.
 */
export const windows1252HighBytes: Readonly<Record<number, string>> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWith(bytes: Uint8Array, encoding: TextEncodingName): string {
  // The decoder drops a BOM of its own encoding; a stray U+FEFF at the start goes too.
  let text = new TextDecoder(encoding).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (encoding === 'windows-1252') {
    text = text.replace(/[\u0080-\u009f]/g, (c) => windows1252HighBytes[c.charCodeAt(0)] ?? c);
  }
  return text;
}

/**
 * Decodes a text file: the user's choice when given; else a byte-order mark; else UTF-16 by its
 * pattern of zero bytes; else strict UTF-8; else Windows-1252. Mac Roman is only ever chosen.
 */
export function decodeText(bytes: Uint8Array, chosen?: TextEncodingName): DecodedText {
  if (chosen) return { text: decodeWith(bytes, chosen), encoding: chosen, encodingReason: 'chosen' };
  const bom = byteOrderMark(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding), encoding: bom.encoding, encodingReason: 'bom' };
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { text: decodeWith(bytes, utf16), encoding: utf16, encodingReason: 'fallback' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: 'utf-8', encodingReason: 'utf-8' };
  } catch {
    return { text: decodeWith(bytes, 'windows-1252'), encoding: 'windows-1252', encodingReason: 'fallback' };
  }
}
