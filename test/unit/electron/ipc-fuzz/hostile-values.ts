// Hostile values for fuzzing the IPC boundary: what a compromised or buggy page could send through
// Electron's structured clone (functions and symbols cannot cross it, so none are here). Each has
// a name, so a failing case says which value broke it. The random ones come from a seeded
// generator, so a failure reproduces from its seed.
import { createRandom, type Random } from '../../../../shared/demo/random';

export interface HostileValue {
  name: string;
  value: unknown;
}

/** 5 MB of text: far past every string limit in the contract. */
const hugeText = 'A'.repeat(5 * 1024 * 1024);

/** `levels` objects, each inside the last: { a: { a: { ... } } }. Built in a loop, no recursion. */
export function deeplyNested(levels: number, wrap: (inner: unknown) => unknown = (inner) => ({ a: inner })): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level += 1) value = wrap(value);
  return value;
}

/** An object holding `key` as its own property, as JSON.parse and structured clone make it. */
export function withOwnKey(key: string, value: unknown, base: Record<string, unknown> = {}): Record<string, unknown> {
  const object = { ...base };
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
}

const pollution = { polluted: 'yes', isAdmin: true, toString: 'overridden' };

/** Path tricks: traversal, absolute paths, NUL bytes, Windows device names, URL forms. */
export const traversalNames: readonly string[] = [
  '../../etc/passwd',
  '..\\..\\Windows\\System32\\config\\SAM',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\backup.cdbackup',
  'backups/../../preferences.json',
  'report.pdf\u0000.exe',
  '\u0000',
  'CON',
  'COM1.txt',
  'nul.csv',
  'LPT¹',
  '.',
  '..',
  '...',
  ' ',
  'file:///etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '\u202egpj.exe',
];

let catalogue: readonly HostileValue[] | undefined;

/**
 * The fixed catalogue: null, numbers, huge text, deep nesting, keys aimed at prototypes, lists
 * where objects go, path tricks, oversized bytes. Built once (a 10-million list takes a while);
 * nothing that checks a request changes it.
 */
export function hostileCatalogue(): readonly HostileValue[] {
  return (catalogue ??= buildCatalogue());
}

function buildCatalogue(): HostileValue[] {
  return [
    { name: 'null', value: null },
    { name: 'undefined', value: undefined },
    { name: 'zero', value: 0 },
    { name: 'negative number', value: -1 },
    { name: 'NaN', value: Number.NaN },
    { name: 'Infinity', value: Number.POSITIVE_INFINITY },
    { name: 'huge number', value: 1e308 },
    { name: 'bigint', value: 10n ** 30n },
    { name: 'true', value: true },
    { name: 'empty string', value: '' },
    { name: '5 MB string', value: hugeText },
    { name: 'empty object', value: {} },
    { name: 'empty array', value: [] },
    { name: 'array of strings', value: ['a', 'b'] },
    { name: '10,000 nested objects', value: deeplyNested(10_000) },
    { name: '10,000 nested arrays', value: deeplyNested(10_000, (inner) => [inner]) },
    { name: 'own __proto__ key', value: JSON.parse(`{"__proto__": ${JSON.stringify(pollution)}}`) as unknown },
    { name: 'constructor.prototype keys', value: { constructor: { prototype: { ...pollution } } } },
    { name: 'prototype key', value: { prototype: { ...pollution } } },
    { name: 'null-prototype object', value: Object.assign(Object.create(null) as object, { polluted: 'yes' }) },
    { name: 'Date', value: new Date(0) },
    { name: 'Map', value: new Map([['url', 'tel:+15551234567']]) },
    { name: 'Set', value: new Set(['x']) },
    { name: 'RegExp', value: /./g },
    { name: 'ArrayBuffer', value: new ArrayBuffer(8) },
    { name: 'empty bytes', value: new Uint8Array(0) },
    // Past any real request's bytes where an object goes, far too many keys to list one by one.
    { name: '16 MB of zero bytes', value: new Uint8Array(16 * 1024 * 1024) },
    { name: 'sparse array of 10 million', value: new Array(10_000_000) },
    ...traversalNames.map((name) => ({ name: `name ${JSON.stringify(name)}`, value: name })),
  ];
}

const awkwardCodePoints = [0x0, 0x1f, 0x7f, 0x202e, 0xfeff, 0xd800, 0xdfff, 0xffff, 0x1f4a9, 0x2f, 0x5c, 0x2e, 0x3a];

function randomText(random: Random, maxLength: number): string {
  const length = random.int(0, maxLength);
  let text = '';
  for (let i = 0; i < length; i += 1) {
    const code = random.chance(0.3) ? random.pick(awkwardCodePoints) : random.int(0x20, 0x7e);
    text += String.fromCodePoint(code);
  }
  return text;
}

/** A random structure: nested objects and arrays of random depth holding random leaves and keys. */
function randomValue(random: Random, depth: number): unknown {
  const kind = depth <= 0 ? random.int(0, 4) : random.int(0, 7);
  switch (kind) {
    case 0:
      return randomText(random, 40);
    case 1:
      return random.pick([0, -0, 1, -1, 0.5, 2 ** 53, -(2 ** 31), Number.NaN, Number.NEGATIVE_INFINITY]);
    case 2:
      return random.pick([null, undefined, true, false]);
    case 3:
      return random.pick(traversalNames);
    case 4:
      return new Uint8Array(random.int(0, 64)).map(() => random.int(0, 255));
    case 5:
    case 6: {
      const object: Record<string, unknown> = {};
      const keys = random.int(0, 4);
      for (let i = 0; i < keys; i += 1) {
        const key = random.chance(0.3)
          ? random.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'])
          : randomText(random, 12);
        Object.defineProperty(object, key, { value: randomValue(random, depth - 1), enumerable: true, writable: true, configurable: true });
      }
      return object;
    }
    default:
      return Array.from({ length: random.int(0, 4) }, () => randomValue(random, depth - 1));
  }
}

/** `count` random values from `seed`: the same seed gives the same values on every run. */
export function randomHostileValues(seed: number, count: number): HostileValue[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => ({ name: `random value ${i} of seed ${seed}`, value: randomValue(random, 5) }));
}
