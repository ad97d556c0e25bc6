// The scripts the app ships. A call records its script id, so a closed call can always be shown
// with the script that was on screen at the time: a shipped id is never renamed or removed.
import { problemBranches } from './content/branches';
import { mainSteps } from './content/main-steps';
import type { CustomerKind } from '../customers/schema';
import type { ScriptTemplate } from './model';
import { stageScripts } from './stage-scripts';

/** The original all-purpose call (the only script before the library): any stage, any account. */
export const defaultScript: ScriptTemplate = {
  id: 'collection-call',
  version: 1,
  title: 'Past-due account call',
  tone: 'general',
  description: 'The all-purpose call: every step from preparation to a confirmed promise, for any stage.',
  steps: mainSteps,
  branches: problemBranches,
};

/** Every built-in script, in the picker's order. */
export const scripts: readonly ScriptTemplate[] = [defaultScript, ...stageScripts];

export function scriptById(id: string): ScriptTemplate | undefined {
  return scripts.find((script) => script.id === id);
}

/** The scripts to offer for an account: those written for its kind, or for any account. */
export function scriptsFor(kind: CustomerKind): ScriptTemplate[] {
  return scripts.filter((script) => !script.forKind || script.forKind === kind);
}
