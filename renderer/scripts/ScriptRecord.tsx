// The script as it stood when a call closed: every main step with whether it was covered,
// and each problem path that was opened. Nothing to tick: a closed call is evidence.
import type { FilledScript, FilledStep, ScriptProgress } from '../../shared/scripts';
import { branchStepKey, checklistKey, isCovered } from '../../shared/scripts';
import { BranchPath } from './BranchPath';
import { StepBody } from './StepBody';

interface Props {
  script: FilledScript;
  progress: ScriptProgress;
}

function RecordStep({ step, progressKey, progress }: { step: FilledStep; progressKey: string; progress: ScriptProgress }) {
  const covered = isCovered(progress, progressKey);
  return (
    <li className={covered ? 'script-step is-covered' : 'script-step'}>
      <div className="script-step-head">
        <span className="script-step-done" aria-hidden="true">
          {covered ? '✓' : '○'}
        </span>
        <span className="script-step-title">
          <span className="visually-hidden">{covered ? 'Covered: ' : 'Not covered: '}</span>
          {step.title}
        </span>
      </div>
      <div className="script-step-content">
        <StepBody step={step} isChecked={(itemId) => isCovered(progress, checklistKey(progressKey, itemId))} />
      </div>
    </li>
  );
}

export function ScriptRecord({ script, progress }: Props) {
  const taken = script.branches.filter((branch) => progress.branchesTaken.includes(branch.id));
  const coveredCount = script.steps.filter((step) => isCovered(progress, step.id)).length;
  return (
    <section className="script-panel is-read-only" aria-label="Call script">
      <header className="script-panel-head">
        <h2>{script.title}</h2>
        <span className="script-count muted">
          {coveredCount} of {script.steps.length} steps covered
        </span>
      </header>
      <p className="muted script-paths-summary">
        {taken.length > 0 ? `Problem paths opened: ${taken.map((b) => b.title).join(', ')}.` : 'No problem path was opened.'}
      </p>
      <ol className="script-steps">
        {script.steps.map((step) => (
          <RecordStep key={step.id} step={step} progressKey={step.id} progress={progress} />
        ))}
      </ol>
      {taken.map((branch) => (
        <BranchPath
          key={branch.id}
          branch={branch}
          renderStep={(step) => (
            <RecordStep key={step.id} step={step} progressKey={branchStepKey(branch.id, step.id)} progress={progress} />
          )}
        />
      ))}
    </section>
  );
}
