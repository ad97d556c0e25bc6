// The scripts the app ships. A call records its script id and version, so a closed call can
// always be shown with the wording that was on screen at the time.
import { problemBranches } from './content/branches';
import { mainSteps } from './content/main-steps';
import type { ScriptTemplate } from './model';

export const defaultScript: ScriptTemplate = {
  id: 'collection-call',
  version: 1,
  title: 'Past-due account call',
  steps: mainSteps,
  branches: problemBranches,
};

export const scripts: readonly ScriptTemplate[] = [defaultScript];

export function scriptById(id: string): ScriptTemplate | undefined {
  return scripts.find((script) => script.id === id);
}
