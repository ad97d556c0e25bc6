// "Duplicate and edit": stores an office copy of a script (its first version) and opens it in the
// editor. A copy of a built-in stage script stands in for it in the proposal from the start: the
// office wanted its own wording of that call. Proposal can be changed in the editor.
import { useState } from 'react';
import { errorMessage } from '../../../shared/common/error-message';
import { newId } from '../../../shared/common/ids';
import type { ScriptTemplate } from '../../../shared/scripts';
import { duplicateScript, officeScriptId } from '../../../shared/scripts/library/duplicate-script';
import { libraryScripts } from '../../../shared/scripts/library/script-library';
import type { StoredScript } from '../../../shared/scripts/library/script-schema';
import { stageScripts } from '../../../shared/scripts/stage-scripts';
import { navigate, routes } from '../../shell/router';
import { useSaveOfficeScript } from './queries';

export function useDuplicateScript(rows: readonly StoredScript[]) {
  const save = useSaveOfficeScript();
  const [error, setError] = useState<string | null>(null);
  const duplicate = async (source: ScriptTemplate, sourceProposedInstead: string | null) => {
    setError(null);
    const titles = libraryScripts(rows).map((s) => s.template.title);
    const copy = duplicateScript(source, officeScriptId(newId()), titles);
    const standsInFor = stageScripts.some((s) => s.id === source.id) ? source.id : sourceProposedInstead;
    try {
      await save.mutateAsync({ template: copy, basedOn: { scriptId: source.id, version: source.version }, proposedInstead: standsInFor });
      navigate(routes.script(copy.id));
    } catch (e) {
      setError(`The copy was not made: ${errorMessage(e)}`);
    }
  };
  return { duplicate, error, pending: save.isPending };
}
