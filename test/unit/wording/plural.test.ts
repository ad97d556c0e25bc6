import { describe, expect, it } from 'vitest';
import { plural, pluralIn, pluralWord } from '../../../shared/wording/plural';

describe('plural', () => {
  it('says "1 entry" and "0 entries", "2 entries"', () => {
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
    expect(plural(0, 'entry', 'entries')).toBe('0 entries');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
  });

  it('adds "s" when no plural form is given', () => {
    expect(plural(1, 'call')).toBe('1 call');
    expect(plural(3, 'call')).toBe('3 calls');
  });

  it('writes the number in the settings locale', () => {
    expect(plural(1204, 'call', 'calls', 'en-US')).toBe('1,204 calls');
    expect(plural(1204, 'call', 'calls', 'de-DE')).toBe('1.204 calls');
    expect(pluralIn('en-GB')(1, 'invoice')).toBe('1 invoice');
  });

  it('keeps English plural rules for the English words whatever the locale', () => {
    // French treats 0 as singular; the words are English, so 0 is still plural.
    expect(plural(0, 'entry', 'entries', 'fr-FR')).toBe('0 entries');
    expect(pluralWord(1, 'day', 'days', 'fr-CA')).toBe('day');
  });

  it('falls back to en-US for a locale Intl does not accept', () => {
    expect(plural(2, 'page', 'pages', 'not a locale')).toBe('2 pages');
  });
});
