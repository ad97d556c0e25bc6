// The content of one script step: what to say, what to listen for, and the preparation
// checklist. Shared by the live panel, problem paths and the read-only record of a call.
import type { FilledStep } from '../../shared/scripts';
import { ScriptText } from './ScriptText';

interface Props {
  step: FilledStep;
  /** Whether a checklist item is ticked (stored as 'stepId#itemId' in the call's progress). */
  isChecked(itemId: string): boolean;
  /** Absent when read-only: ticks are then shown, not editable. */
  onToggleItem?: (itemId: string) => void;
}

export function StepBody({ step, isChecked, onToggleItem }: Props) {
  return (
    <div className="script-step-body">
      {step.lines.length > 0 && (
        <div className="script-say">
          <span className="script-label">Say</span>
          {step.lines.map((line, index) => (
            <p key={index} className="script-line">
              <ScriptText text={line} />
            </p>
          ))}
        </div>
      )}
      {step.guidance.length > 0 && (
        <div className="script-guidance">
          <span className="script-label">Listen and do</span>
          <ul>
            {step.guidance.map((line, index) => (
              <li key={index}>
                <ScriptText text={line} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {step.checklist.length > 0 && (
        <fieldset className="script-checklist">
          <legend className="script-label">Before you dial</legend>
          <ul>
            {step.checklist.map((item) => {
              const checked = isChecked(item.id);
              return (
                <li key={item.id} className={checked ? 'is-checked' : undefined}>
                  {onToggleItem ? (
                    <label>
                      <input type="checkbox" checked={checked} onChange={() => onToggleItem(item.id)} />{' '}
                      <span>
                        <ScriptText text={item.label} />
                      </span>
                    </label>
                  ) : (
                    <>
                      <span className="script-tick" aria-hidden="true">
                        {checked ? '✓' : '○'}
                      </span>
                      <span className="visually-hidden">{checked ? 'Done: ' : 'Not done: '}</span>
                      <ScriptText text={item.label} />
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}
    </div>
  );
}
