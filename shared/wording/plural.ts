// Counts in running text: "1 entry", "2 entries", "1,204 calls". One helper for every screen,
// script and document so no label says "entry(s)" or "1 entries".
//
// The app's words are English, so English plural rules pick the word: a French or German
// locale would otherwise call 0 or 1.5 "one" and print "0 entry". The settings locale writes
// the number itself (1,204 or 1.204). Rules and formats are built once per locale and reused.

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function rulesFor(locale: string): Intl.PluralRules {
  const english = new Intl.Locale(locale).language === 'en' ? locale : 'en';
  let rules = rulesCache.get(english);
  if (!rules) {
    rules = new Intl.PluralRules(english);
    rulesCache.set(english, rules);
  }
  return rules;
}

function numberFor(locale: string): Intl.NumberFormat {
  let f = numberCache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberCache.set(locale, f);
  }
  return f;
}

/** The word alone, for a count shown elsewhere: pluralWord(2, 'entry', 'entries') is "entries". */
export function pluralWord(count: number, one: string, many = `${one}s`, locale = 'en-US'): string {
  return rulesFor(safeLocale(locale)).select(count) === 'one' ? one : many;
}

/** The count and its word: plural(1, 'entry', 'entries') is "1 entry"; many defaults to one + "s". */
export function plural(count: number, one: string, many = `${one}s`, locale = 'en-US'): string {
  const tag = safeLocale(locale);
  return `${numberFor(tag).format(count)} ${pluralWord(count, one, many, tag)}`;
}

/** A plural bound to one locale, for a screen or document that writes many counts. */
export function pluralIn(locale: string): (count: number, one: string, many?: string) => string {
  const tag = safeLocale(locale);
  return (count, one, many) => plural(count, one, many, tag);
}
