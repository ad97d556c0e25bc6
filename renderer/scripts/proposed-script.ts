// The script proposed for an account right now (shared/scripts/script-selection.ts), from the
// customer file the screens already hold.
import type { Call } from '../../shared/calls/schema';
import { buildScriptContext, type ScriptSources } from '../../shared/calls/script-context';
import { proposeScript, selectionFactsFor, type ScriptProposal } from '../../shared/scripts';
import type { Settings } from '../../shared/settings/schema';

export type ProposalSources = Pick<ScriptSources, 'customer' | 'contacts' | 'invoices' | 'promises'> & { calls: readonly Call[] };

export function proposedScriptFor(file: ProposalSources, settings: Settings, now: Date): ScriptProposal {
  const context = buildScriptContext({ ...file, contactId: null, settings, now });
  return proposeScript(selectionFactsFor(context, file.calls, settings.officeTimeZone));
}
