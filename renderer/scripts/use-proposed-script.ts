// The script a new call on this account opens with: the one proposed for it now (the office's own
// wording where it stands in for a built-in), or the general script while that is not known yet.
import { useMemo } from 'react';
import { defaultScript } from '../../shared/scripts/default-script';
import { withOfficeScripts } from '../../shared/scripts/library/script-library';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useScriptRows } from './library/queries';
import { proposedScriptFor } from './proposed-script';

export function useOpeningScript(file: CustomerFile | null | undefined, settings: Settings | undefined, now: Date): string {
  const rows = useScriptRows().data;
  return useMemo(() => {
    if (!file || !settings || !rows) return defaultScript.id;
    return withOfficeScripts(proposedScriptFor(file, settings, now), rows, file.customer.kind).scriptId;
  }, [file, settings, rows, now]);
}
