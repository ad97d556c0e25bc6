// "Duplicate and edit": an office copy of any script, with a fresh id and its own version count.
// Step, checklist and problem path ids are kept, so switching between the copy and its source
// in a call keeps what was already covered, and a copy's records read like the source's.
import type { ScriptTemplate } from '../model';
import { freeTitle } from './script-library';

export function duplicateScript(source: ScriptTemplate, newId: string, takenTitles: readonly string[]): ScriptTemplate {
  const copy = structuredClone(source);
  const base = source.title.replace(/ \(our wording(?: \d+)?\)$/, '');
  return { ...copy, id: newId, version: 1, title: freeTitle(base, takenTitles) };
}

/** An id for an office script: never one a built-in could take ("custom-" and a random part). */
export function officeScriptId(random: string): string {
  return `custom-${random
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 24)}`;
}
