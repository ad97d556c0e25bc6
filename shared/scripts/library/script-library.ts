// The office's script library: the built-in scripts (in code, read-only) and the office's own,
// each stored version by version. Pure: the renderer reads the rows and asks these questions.
import type { CustomerKind } from '../../customers/schema';
import { scripts as builtInScripts } from '../default-script';
import type { ScriptTemplate } from '../model';
import type { ScriptProposal } from '../script-selection';
import type { StoredScript } from './script-schema';

/** A script as the picker and the library screen show it: its newest version. */
export interface LibraryScript {
  template: ScriptTemplate;
  origin: 'built-in' | 'custom';
  /** For an office script: the built-in whose place it takes in the proposal, if any. */
  proposedInstead: string | null;
  archived: boolean;
  /** When the newest version was saved (office scripts only). */
  savedAt: string | null;
  basedOn: { scriptId: string; version: number } | null;
}

const builtIn = (template: ScriptTemplate): LibraryScript => ({
  template,
  origin: 'built-in',
  proposedInstead: null,
  archived: false,
  savedAt: null,
  basedOn: null,
});

/** The newest stored version of each office script. */
export function latestOfficeScripts(rows: readonly StoredScript[]): StoredScript[] {
  const latest = new Map<string, StoredScript>();
  for (const row of rows) {
    if (row.origin !== 'custom') continue;
    const seen = latest.get(row.scriptId);
    if (!seen || row.version > seen.version) latest.set(row.scriptId, row);
  }
  return [...latest.values()].sort((a, b) => a.template.title.localeCompare(b.template.title));
}

/** Every script: the built-ins in their order, then the office's own by name (archived ones too). */
export function libraryScripts(rows: readonly StoredScript[]): LibraryScript[] {
  return [
    ...builtInScripts.map(builtIn),
    ...latestOfficeScripts(rows).map((row) => ({
      template: row.template,
      origin: 'custom' as const,
      proposedInstead: row.proposedInstead,
      archived: row.archived,
      savedAt: row.savedAt,
      basedOn: row.basedOn,
    })),
  ];
}

const suits = (template: ScriptTemplate, kind: CustomerKind) => !template.forKind || template.forKind === kind;

/** The scripts a call with this kind of account can switch to: newest versions, none archived. */
export function pickerScripts(rows: readonly StoredScript[], kind: CustomerKind): ScriptTemplate[] {
  return libraryScripts(rows)
    .filter((script) => !script.archived && suits(script.template, kind))
    .map((script) => script.template);
}

/** The newest version of a script (what a call that switches to it now uses); undefined if unknown. */
export function currentScript(rows: readonly StoredScript[], scriptId: string): ScriptTemplate | undefined {
  const own = latestOfficeScripts(rows).find((row) => row.scriptId === scriptId);
  return own?.template ?? builtInScripts.find((script) => script.id === scriptId);
}

/**
 * The script exactly as a call used it: the stored version when there is one (a built-in's
 * wording is stored the first time a call uses it), else the built-in in code when its version
 * matches. A call from before versions were recorded used version 1.
 */
export function scriptAsUsed(rows: readonly StoredScript[], scriptId: string, version: number | undefined): ScriptTemplate | undefined {
  const wanted = version ?? 1;
  const stored = rows.find((row) => row.scriptId === scriptId && row.version === wanted);
  if (stored) return stored.template;
  const shipped = builtInScripts.find((script) => script.id === scriptId);
  if (shipped && shipped.version === wanted) return shipped;
  // An older built-in version no call stored (there is none today): its newest wording is the
  // closest there is, and the closed call still says which version was recorded.
  return shipped;
}

/**
 * The proposal with the office's own script in place of the built-in it replaces, when the
 * office has one for this kind of account (the reason stays: it is about the account).
 */
export function withOfficeScripts(proposal: ScriptProposal, rows: readonly StoredScript[], kind: CustomerKind): ScriptProposal {
  const own = latestOfficeScripts(rows).find(
    (row) => !row.archived && row.proposedInstead === proposal.scriptId && suits(row.template, kind),
  );
  if (!own) return proposal;
  return { ...proposal, scriptId: own.scriptId, sentence: `Proposed: ${own.template.title} — ${proposal.reason}.` };
}

/** A title no other script has: "Second call (our wording)", then "(our wording 2)"… */
export function freeTitle(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((t) => t.toLowerCase()));
  const first = `${base} (our wording)`;
  if (!names.has(first.toLowerCase())) return first;
  for (let n = 2; ; n += 1) {
    const next = `${base} (our wording ${n})`;
    if (!names.has(next.toLowerCase())) return next;
  }
}
