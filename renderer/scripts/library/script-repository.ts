// The script library's rows: every version of the office's own scripts, and each built-in
// script's wording as calls used it. A save never changes a stored version: it adds the next one,
// so a closed call can always show the words that were on screen.
import { scripts as builtInScripts } from '../../../shared/scripts/default-script';
import type { ScriptTemplate } from '../../../shared/scripts/model';
import { currentScript } from '../../../shared/scripts/library/script-library';
import { scriptSaveProblems, type ScriptSaveProblem } from '../../../shared/scripts/library/script-save-check';
import {
  scriptTemplateSchema,
  scriptVersionKey,
  storedScriptSchema,
  type StoredScript,
} from '../../../shared/scripts/library/script-schema';
import type { CallDeskDb } from '../../data/db';

/** A save refused for the script's content: each problem says where it is. */
export class ScriptSaveError extends Error {
  constructor(readonly problems: ScriptSaveProblem[]) {
    super(
      problems.length === 1
        ? `The script was not saved: ${problems[0]!.where ? `${problems[0]!.where}: ` : ''}${problems[0]!.message}`
        : `The script was not saved: it has ${problems.length} problems to fix (listed below).`,
    );
    this.name = 'ScriptSaveError';
  }
}

export function listScriptRows(db: CallDeskDb): Promise<StoredScript[]> {
  return db.scriptVersions.toArray();
}

const isBuiltIn = (scriptId: string) => builtInScripts.some((script) => script.id === scriptId);

export interface OfficeScriptSave {
  template: ScriptTemplate;
  /** Set on the first version of a copy. */
  basedOn?: { scriptId: string; version: number } | null;
  proposedInstead: string | null;
}

/** The office script's rows, newest version first (none for a script never saved). */
async function versionsOf(db: CallDeskDb, scriptId: string): Promise<StoredScript[]> {
  const rows = await db.scriptVersions.where('scriptId').equals(scriptId).toArray();
  return rows.sort((a, b) => b.version - a.version);
}

/** The same wording once both are in their stored form (trimmed, in the schema's key order). */
function sameWording(stored: ScriptTemplate, candidate: ScriptTemplate): boolean {
  const parsed = scriptTemplateSchema.safeParse({ ...candidate, version: stored.version });
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(stored);
}

/**
 * Saves an office script as its next version (the first for a new copy). Saving without a change
 * of wording keeps the version and updates only where it is proposed. Refused, with every
 * problem, while a line has an unknown merge field or a part is empty.
 */
export async function saveOfficeScript(db: CallDeskDb, save: OfficeScriptSave, now: Date = new Date()): Promise<StoredScript> {
  if (isBuiltIn(save.template.id)) throw new Error('A built-in script cannot be changed; duplicate it and edit the copy.');
  if (save.proposedInstead !== null && !isBuiltIn(save.proposedInstead))
    throw new Error('Choose a built-in script for it to stand in for.');
  return db.transaction('rw', db.scriptVersions, async () => {
    const [latest] = await versionsOf(db, save.template.id);
    const unchanged = latest !== undefined && sameWording(latest.template, save.template);
    const version = unchanged ? latest.version : (latest?.version ?? 0) + 1;
    const template = { ...save.template, version };
    const problems = scriptSaveProblems(template);
    if (problems.length > 0) throw new ScriptSaveError(problems);
    const row = storedScriptSchema.parse({
      id: scriptVersionKey(template.id, version),
      scriptId: template.id,
      version,
      origin: 'custom',
      template,
      basedOn: latest ? latest.basedOn : (save.basedOn ?? null),
      proposedInstead: save.proposedInstead,
      archived: latest?.archived ?? false,
      savedAt: unchanged ? latest.savedAt : now.toISOString(),
    });
    await db.scriptVersions.put(row);
    return row;
  });
}

/** Takes an office script out of the picker (or puts it back); calls that used it still show it. */
export async function setScriptArchived(db: CallDeskDb, scriptId: string, archived: boolean): Promise<void> {
  await db.transaction('rw', db.scriptVersions, async () => {
    const [latest] = await versionsOf(db, scriptId);
    if (!latest) throw new Error('This script no longer exists.');
    await db.scriptVersions.put({ ...latest, archived });
  });
}

/**
 * The script a call starts or switches to now (its newest version), with a built-in's wording
 * stored the first time a call uses that version. Call inside a transaction that includes
 * db.scriptVersions, so the call and the wording it names are stored together.
 */
export async function scriptForCall(db: CallDeskDb, scriptId: string, now: Date): Promise<ScriptTemplate> {
  const rows = isBuiltIn(scriptId) ? [] : await db.scriptVersions.where('scriptId').equals(scriptId).toArray();
  const template = currentScript(rows, scriptId);
  if (!template) throw new Error('This script is no longer in the library.');
  if (isBuiltIn(scriptId)) {
    const key = scriptVersionKey(template.id, template.version);
    if (!(await db.scriptVersions.get(key))) {
      await db.scriptVersions.add(
        storedScriptSchema.parse({
          id: key,
          scriptId: template.id,
          version: template.version,
          origin: 'built-in',
          template,
          basedOn: null,
          proposedInstead: null,
          archived: false,
          savedAt: now.toISOString(),
        }),
      );
    }
  } else if (rows.some((row) => row.archived && row.version === template.version)) {
    throw new Error('This script was taken out of the library; choose another.');
  }
  return template;
}
