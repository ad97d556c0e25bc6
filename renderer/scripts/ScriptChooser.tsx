// Above the script during a call: which script is proposed for this account and why, with one
// button to take it, and the choice of any other. A call opens on the script proposed when it
// started; the call records the script (and its version) in use.
import { useId } from 'react';
import type { ScriptProposal, ScriptTemplate } from '../../shared/scripts';
import { scriptToneLabels } from '../../shared/scripts/tones';

export interface ScriptChooserProps {
  /** The scripts to offer (the library's for this kind of account, and the one in use). */
  choices: readonly ScriptTemplate[];
  /** The script in use now. */
  scriptId: string;
  proposal: ScriptProposal | null;
  onChoose(scriptId: string): void;
  disabled?: boolean;
  error?: string | null;
}

export function ScriptChooser({ choices, scriptId, proposal, onChoose, disabled = false, error = null }: ScriptChooserProps) {
  const selectId = useId();
  const proposalId = useId();
  return (
    <div className="script-chooser">
      <label htmlFor={selectId}>Script</label>
      <select
        id={selectId}
        value={scriptId}
        disabled={disabled}
        aria-describedby={proposal ? proposalId : undefined}
        onChange={(event) => onChoose(event.target.value)}
      >
        {choices.map((script) => (
          <option key={script.id} value={script.id}>
            {script.title} ({scriptToneLabels[script.tone].toLowerCase()})
          </option>
        ))}
      </select>
      {proposal && (
        <p id={proposalId} className="script-proposal">
          {proposal.sentence}{' '}
          {proposal.scriptId !== scriptId && (
            <button type="button" className="link" disabled={disabled} onClick={() => onChoose(proposal.scriptId)}>
              Use the proposed script
            </button>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
