// Breaks a well-formed request one part at a time: the whole request, then every value inside it
// (objects and arrays, not into bytes), replaced by each hostile value; objects given keys that
// target prototypes or are absurdly long, or turned into arrays. The rest of the request stays
// well formed, so each case tests one part's check.
import { withOwnKey, type HostileValue } from './hostile-values';

export interface Mutation {
  /** Where the request was broken ("destination.fileName", "(whole request)"), and how. */
  label: string;
  input: unknown;
}

type Path = readonly (string | number)[];

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return (
    typeof value === 'object' &&
    value !== null &&
    !ArrayBuffer.isView(value) &&
    (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)
  );
}

/** Every path into the request's objects and arrays, the request itself first. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  const found: Path[] = [at];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...pathsOf(item, [...at, i])));
  else if (isContainer(value)) for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...at, key]));
  return found;
}

/** A copy of the request with the value at `path` replaced; only the containers on the way are copied. */
export function replaceAt(value: unknown, path: Path, replacement: (old: unknown) => unknown): unknown {
  if (path.length === 0) return replacement(value);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? replaceAt(item, rest, replacement) : item));
  const object = value as Record<string, unknown>;
  return { ...object, [head]: replaceAt(object[head], rest, replacement) };
}

export function pathLabel(path: Path): string {
  return path.length === 0
    ? '(whole request)'
    : path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .replace(/^\./, '');
}

/** Keys that target prototypes, a key of a megabyte, a key that is a path. */
const hostileKeys: readonly string[] = ['__proto__', 'constructor', 'prototype', 'K'.repeat(1024 * 1024), '../../etc/passwd'];
const pollution = { polluted: 'yes' };

/** `keys: false` leaves out the hostile keys and the objects turned into arrays. */
export function mutationsOf(sample: unknown, values: readonly HostileValue[], { keys = true } = {}): Mutation[] {
  const mutations: Mutation[] = [];
  for (const path of pathsOf(sample)) {
    const where = pathLabel(path);
    for (const { name, value } of values) mutations.push({ label: `${where} = ${name}`, input: replaceAt(sample, path, () => value) });
    const here = path.reduce<unknown>((node, part) => (node as Record<string | number, unknown>)[part], sample);
    if (keys && isContainer(here) && !Array.isArray(here)) {
      for (const key of hostileKeys) {
        const shown = key.length > 40 ? `${key.slice(0, 8)}… (${key.length} characters)` : key;
        mutations.push({
          label: `${where} + key ${shown}`,
          input: replaceAt(sample, path, (old) => withOwnKey(key, pollution, old as Record<string, unknown>)),
        });
      }
      mutations.push({ label: `${where} as an array`, input: replaceAt(sample, path, (old) => [old]) });
    }
  }
  return mutations;
}
