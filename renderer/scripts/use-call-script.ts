// The script a call shows, filled with the account's figures: exactly the version the call
// recorded (an edit made since never changes an old call), the scripts it can switch to, and
// the one proposed for the account now (the office's own wording in place of a built-in).
import { useMemo } from 'react';
import type { Call } from '../../shared/calls/schema';
import { buildScriptContext } from '../../shared/calls/script-context';
import { fillScript, type FilledScript, type ScriptProposal, type ScriptTemplate } from '../../shared/scripts';
import { pickerScripts, scriptAsUsed, withOfficeScripts } from '../../shared/scripts/library/script-library';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { useScriptRows } from './library/queries';
import { proposedScriptFor } from './proposed-script';

export interface CallScript {
  /** Null while the library is read, or for a script no longer known. */
  script: FilledScript | null;
  proposal: ScriptProposal | null;
  /** What the Script list offers: the library's scripts for the account, and the one in use. */
  choices: ScriptTemplate[];
  /** The library could not be read. */
  error: Error | null;
}

export function useCallScript(
  call: Call | null | undefined,
  file: CustomerFile | null | undefined,
  settings: Settings | undefined,
  now: Date,
): CallScript {
  const rows = useScriptRows();
  const used = useMemo(
    () => (call && rows.data ? (scriptAsUsed(rows.data, call.scriptId, call.scriptVersion) ?? null) : null),
    [call, rows.data],
  );
  const script = useMemo(() => {
    if (!call || !file || !settings || !used) return null;
    // The consent line as it was when the call started (an older call: not known, so not shown).
    const asStarted = { ...settings, recordingConsentLine: call.recordingConsent ?? false };
    return fillScript(used, buildScriptContext({ ...file, contactId: call.contactId, settings: asStarted, now }));
  }, [call, file, settings, used, now]);
  // What the account calls for now; the call itself (still open) does not count as its last call.
  const proposal = useMemo(() => {
    if (!file || !settings || !rows.data) return null;
    return withOfficeScripts(proposedScriptFor(file, settings, now), rows.data, file.customer.kind);
  }, [file, settings, rows.data, now]);
  const choices = useMemo(() => {
    if (!file || !rows.data) return [];
    const offered = pickerScripts(rows.data, file.customer.kind);
    return used && !offered.some((s) => s.id === used.id) ? [...offered, used] : offered;
  }, [file, rows.data, used]);
  return { script, proposal, choices, error: rows.error };
}
