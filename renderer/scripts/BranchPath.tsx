// A problem path opened during the call: its own steps, the outcome it usually ends in, and
// the way back to the main script. The caller renders each step (live or read-only).
import type { ReactNode, Ref } from 'react';
import type { FilledBranch, FilledStep } from '../../shared/scripts';

interface Props {
  branch: FilledBranch;
  renderStep(step: FilledStep, index: number): ReactNode;
  /** Absent when read-only. */
  onBack?: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}

export function BranchPath({ branch, renderStep, onBack, headingRef }: Props) {
  return (
    <section className="script-branch" aria-label={`Problem path: ${branch.title}`}>
      <div className="script-branch-head">
        {/* Focus lands here when the path opens, so keyboard and screen-reader users follow. */}
        <h3 ref={headingRef} tabIndex={-1}>
          {branch.title}
        </h3>
        {onBack && (
          <button type="button" onClick={onBack}>
            Back to main script
          </button>
        )}
      </div>
      <p className="script-branch-when muted">{branch.whenToUse}</p>
      <ol className="script-steps">{branch.steps.map(renderStep)}</ol>
      <p className="script-outcome">
        <strong>Suggested outcome: {branch.suggestedOutcomeLabel}.</strong> {branch.outcomeHint}
      </p>
    </section>
  );
}
