import { describe, expect, it } from 'vitest';
import { freeFileName, numberedFileName, splitExtension, withExtension } from '../../../../electron/services/files/free-file-name';

describe('free file names', () => {
  it('numbers before the extension, and keeps names without one whole', () => {
    expect(numberedFileName('Packet.pdf', 1)).toBe('Packet.pdf');
    expect(numberedFileName('Packet.pdf', 2)).toBe('Packet (2).pdf');
    expect(numberedFileName('Harbor Point v1.2.pdf', 3)).toBe('Harbor Point v1.2 (3).pdf');
    expect(numberedFileName('README', 2)).toBe('README (2)');
    expect(splitExtension('.profile')).toEqual({ stem: '.profile', extension: '' });
  });

  it('takes the first name not taken', async () => {
    const taken = new Set(['Packet.pdf', 'Packet (2).pdf', 'Packet (4).pdf']);
    expect(await freeFileName('Packet.pdf', async (name) => taken.has(name))).toBe('Packet (3).pdf');
    expect(await freeFileName('Other.pdf', async (name) => taken.has(name))).toBe('Other.pdf');
  });

  it('adds the expected extension only when the name lacks it', () => {
    expect(withExtension('Packet', ['pdf'])).toBe('Packet.pdf');
    expect(withExtension('Packet.PDF', ['pdf'])).toBe('Packet.PDF');
    expect(withExtension('customers.txt', ['csv', 'txt'])).toBe('customers.txt');
    expect(withExtension('Statement 2026.03', ['pdf'])).toBe('Statement 2026.03.pdf');
    expect(withExtension('anything.bin', ['*'])).toBe('anything.bin');
  });
});
