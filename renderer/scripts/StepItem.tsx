// One step of the script as a list item: a "covered" checkbox labelled with the step title,
// the title (a button that brings the step forward, for main steps), and its content when open.
import { useId, type Ref } from 'react';
import type { FilledStep } from '../../shared/scripts';
import { StepBody } from './StepBody';

interface Props {
  step: FilledStep;
  covered: boolean;
  /** The step the keyboard shortcuts act on. */
  current: boolean;
  expanded: boolean;
  onToggleCovered(): void;
  /** Main steps: show this step. Branch steps are always open, so they have no title button. */
  onSelect?: () => void;
  /** Shown in the open step: mark covered and move on, the mouse twin of Mod+]. */
  onDone?: () => void;
  doneKeys?: string;
  isChecked(itemId: string): boolean;
  onToggleItem(itemId: string): void;
  itemRef?: Ref<HTMLLIElement>;
}

export function StepItem(props: Props) {
  const { step, covered, current, expanded, onSelect, onDone } = props;
  const titleId = useId();
  const bodyId = useId();
  const className = ['script-step', covered && 'is-covered', current && 'is-current'].filter(Boolean).join(' ');
  return (
    <li ref={props.itemRef} className={className} aria-current={current ? 'step' : undefined}>
      <div className="script-step-head">
        <input type="checkbox" className="script-step-check" checked={covered} onChange={props.onToggleCovered} aria-labelledby={titleId} />
        {onSelect ? (
          <button
            type="button"
            id={titleId}
            className="script-step-title"
            aria-expanded={expanded}
            aria-controls={expanded ? bodyId : undefined}
            onClick={onSelect}
          >
            {step.title}
          </button>
        ) : (
          <span id={titleId} className="script-step-title">
            {step.title}
          </span>
        )}
        {covered && (
          <span className="script-step-done" aria-hidden="true">
            ✓
          </span>
        )}
      </div>
      {expanded && (
        <div id={bodyId} className="script-step-content">
          <StepBody step={step} isChecked={props.isChecked} onToggleItem={props.onToggleItem} />
          {onDone && (
            <p className="script-step-actions">
              <button type="button" className="primary" onClick={onDone}>
                Covered, next step
              </button>
              {props.doneKeys && <kbd aria-hidden="true">{props.doneKeys}</kbd>}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
