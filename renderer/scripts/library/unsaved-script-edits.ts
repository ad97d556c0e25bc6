// Edits to an office script not saved yet, kept while the user looks elsewhere in the app (a call
// to check a line against, the customer list), so leaving the editor never throws work away. Held
// for the version they were made on: once another version is saved they no longer apply.
import type { ScriptFormValues } from './script-form';

interface UnsavedEdits {
  version: number;
  values: ScriptFormValues;
}

const edits = new Map<string, UnsavedEdits>();

export function keepUnsavedEdits(scriptId: string, version: number, values: ScriptFormValues): void {
  edits.set(scriptId, { version, values: structuredClone(values) });
}

/** The edits left on this version of the script, if any. */
export function unsavedEditsFor(scriptId: string, version: number): ScriptFormValues | null {
  const kept = edits.get(scriptId);
  return kept && kept.version === version ? structuredClone(kept.values) : null;
}

export function forgetUnsavedEdits(scriptId: string): void {
  edits.delete(scriptId);
}
