// utf8Bytes must give exactly what TextEncoder.encode gives, whatever the text holds and wherever
// a multi-byte character falls against the buffer's growth.
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../../shared/common/utf8-bytes';

const encode = (text: string) => new TextEncoder().encode(text);

describe('utf8Bytes', () => {
  it.each([
    ['nothing', ''],
    ['ASCII only', '[{"id":"a1","name":"Orchard Bakery","balanceMinor":1149677}]'],
    ['an accent first', 'Café Müller — 1.234,56 €'],
    ['nothing but three-byte characters', '請求書の支払い期限'.repeat(50)],
    ['pairs of surrogates (emoji)', '📞'.repeat(40) + 'x' + '🧾'.repeat(40)],
    ['lone surrogates, made U+FFFD as TextEncoder does', 'a\ud800b\udc00c' + '\ud83d'],
  ])('encodes %s as TextEncoder does', (_what, text) => {
    expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encode(text)));
  });

  it('matches TextEncoder on long mixed texts, wherever the wider characters fall', () => {
    const pieces = ['a', 'Zoë', '—', '€', '請', '📞', '"', '\\n', ' '];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let round = 0; round < 40; round++) {
      const asciiRun = 'x'.repeat(next() % 5_000);
      let text = asciiRun;
      const count = next() % 300;
      for (let i = 0; i < count; i++) text += pieces[next() % pieces.length]!;
      text += 'y'.repeat(next() % 2_000);
      const bytes = utf8Bytes(text);
      expect(bytes.length).toBe(encode(text).length);
      expect(Buffer.from(bytes).equals(Buffer.from(encode(text)))).toBe(true);
    }
  });
});
