// A built-in script as written: each step's lines with their merge fields, beside a preview on an
// account. Read-only: the wording a call used must stay as it was.
import type { ScriptStepTemplate, ScriptTemplate } from '../../../shared/scripts';
import { describeWhen, whenToKey } from '../../../shared/scripts/library/condition-labels';
import { ScriptPreview } from './ScriptPreview';

const kindWords = { commercial: 'businesses only', consumer: 'private persons only' } as const;

function StepAsWritten({ step }: { step: ScriptStepTemplate }) {
  return (
    <li>
      <h4>{step.title}</h4>
      <ul className="script-as-written">
        {[...step.lines, ...step.guidance].map((line, index) => {
          const notes = [line.only ? kindWords[line.only] : '', describeWhen(whenToKey(line.when))].filter(Boolean).join('; ');
          return (
            <li key={index}>
              {line.text}
              {notes && <span className="muted small"> ({notes})</span>}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

export function BuiltInScriptView({ template }: { template: ScriptTemplate }) {
  return (
    <div className="script-editor-layout">
      <section className="card" aria-label="Script as written">
        <p>
          <span className="badge">Built in — read only</span> Version {template.version}. {template.description}
        </p>
        <ol className="script-as-written-steps">
          {template.steps.map((step) => (
            <StepAsWritten key={step.id} step={step} />
          ))}
        </ol>
        <h3>Problem paths</h3>
        <ul>
          {template.branches.map((branch) => (
            <li key={branch.id}>
              <strong>{branch.title}</strong>: {branch.whenToUse}
            </li>
          ))}
        </ul>
      </section>
      <ScriptPreview template={template} />
    </div>
  );
}
