// Zod lists every key of an object it checks strictly, and the keys of a typed array are its
// indices: 64 MB of bytes sent where the contract expects an object would have zod collect 64
// million key names, and main run out of memory before the request is refused. So the router
// first walks the request along its schema, reading only the keys the schema names: wherever
// the schema expects an object, the value must be a plain one (as structured clone and JSON make
// them), not bytes, a Map, a Date or any other kind of object.
import type { z } from 'zod';

type Path = (string | number)[];
interface Def {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** Nothing in the contract nests deeper; a schema that recurses is not followed further. */
const deepestSchema = 32;

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** "Uint8Array", "Map", "Date": what the value is, without calling anything the value defines. */
function kindOf(value: object): string {
  return Object.prototype.toString.call(value).slice(8, -1);
}

function childAt(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** Where a value that is not a plain object stands in for an object, and what it is instead. */
export interface NonPlainObject {
  path: Path;
  kind: string;
}

/**
 * The first value that is not a plain object where `schema` expects an object, or null. Values
 * zod refuses cheaply by their type (numbers, arrays where objects go) are left to zod.
 */
export function findNonPlainObject(schema: z.ZodType, value: unknown, path: Path = []): NonPlainObject | null {
  // Only an object can be, or hold, an object that is not plain; and a list of a million
  // numbers or nulls is left to zod's own checks without a walk.
  if (typeof value !== 'object' || value === null || path.length > deepestSchema) return null;
  const def = defOf(schema);
  const inner = (next: unknown, nextValue: unknown, nextPath: Path) => findNonPlainObject(next as z.ZodType, nextValue, nextPath);
  switch (def.type) {
    case 'object': {
      if (Array.isArray(value)) return null;
      if (!isPlainObject(value)) return { path, kind: kindOf(value) };
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        const found = inner(field, childAt(value, key), [...path, key]);
        if (found) return found;
      }
      return null;
    }
    case 'record': {
      if (Array.isArray(value)) return null;
      if (!isPlainObject(value)) return { path, kind: kindOf(value) };
      for (const key of Object.keys(value)) {
        const found = inner(def.valueType, childAt(value, key), [...path, key]);
        if (found) return found;
      }
      return null;
    }
    case 'array': {
      if (!Array.isArray(value)) return null;
      for (let i = 0; i < value.length; i += 1) {
        const item: unknown = value[i];
        if (typeof item !== 'object' || item === null) continue;
        const found = inner(def.element, item, [...path, i]);
        if (found) return found;
      }
      return null;
    }
    case 'union': {
      // Zod may try every option: none of them may meet an object that is not plain.
      for (const option of def.options as unknown[]) {
        const found = inner(option, value, path);
        if (found) return found;
      }
      return null;
    }
    case 'intersection':
      return inner(def.left, value, path) ?? inner(def.right, value, path);
    case 'pipe':
      return inner(def.in, value, path);
    case 'lazy':
      return inner((def.getter as () => unknown)(), value, path);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType, value, path);
    default:
      return null;
  }
}
