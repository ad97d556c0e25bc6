// The script a recorded call used, found by id and version: what the exports ask to name its
// problem paths and count its steps. Built once per export from the stored rows; with no rows it
// knows the built-in scripts only.
import type { ScriptTemplate } from '../model';
import { scriptAsUsed } from './script-library';
import type { StoredScript } from './script-schema';

export type ScriptLookup = (scriptId: string, version: number | undefined) => ScriptTemplate | undefined;

export function scriptLookupOf(rows: readonly StoredScript[]): ScriptLookup {
  const found = new Map<string, ScriptTemplate | undefined>();
  return (scriptId, version) => {
    const key = `${scriptId}@${version ?? 1}`;
    if (!found.has(key)) found.set(key, scriptAsUsed(rows, scriptId, version));
    return found.get(key);
  };
}

/** The built-in scripts only (an export from data that holds no office script). */
export const builtInScriptLookup: ScriptLookup = scriptLookupOf([]);
