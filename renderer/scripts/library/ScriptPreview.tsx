// The live preview beside the editor: the script as a call on the chosen account would show it,
// figures filled in and missing values as asides, updated as the user types.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { buildScriptContext } from '../../../shared/calls/script-context';
import { customerDisplayName } from '../../../shared/customers/schema';
import { fillScript, type ScriptTemplate } from '../../../shared/scripts';
import { useCustomerFile, useCustomerPage } from '../../customers/queries';
import { useNow } from '../../shell/clock';
import { useSettings } from '../../settings/queries';
import { StepBody } from '../StepBody';

const noTicks = () => false;

function FilledPreview({ template, customerId }: { template: ScriptTemplate; customerId: string }) {
  const file = useCustomerFile(customerId);
  const settings = useSettings().data;
  const now = useNow(60_000);
  const deferred = useDeferredValue(template);
  // As if calling the person who approves payment (else the first contact, else nobody in particular).
  const contact = file.data ? (file.data.contacts.find((c) => c.authorisesPayment) ?? file.data.contacts[0] ?? null) : null;
  const contactId = contact?.id ?? null;
  const filled = useMemo(() => {
    if (!file.data || !settings) return null;
    try {
      return fillScript(deferred, buildScriptContext({ ...file.data, contactId, settings, now }));
    } catch {
      return null; // half-typed: the next keystroke fixes it, and Save names the problem
    }
  }, [deferred, file.data, settings, now, contactId]);
  if (file.isPending || !settings) return <p className="muted">Reading the account…</p>;
  if (!filled) return <p className="muted">Nothing to preview yet.</p>;
  return (
    <div className="script-preview-body">
      <p className="muted small">{contact ? `As if calling ${contact.name}.` : 'As if calling without a named contact.'}</p>
      <ol className="script-steps">
        {filled.steps.map((step, index) => (
          <li key={`${step.id}-${index}`} className="script-step">
            <h4>{step.title || 'Untitled step'}</h4>
            <StepBody step={step} isChecked={noTicks} />
          </li>
        ))}
      </ol>
      {filled.branches.map((branch, index) => (
        <div key={`${branch.id}-${index}`} className="script-branch">
          <h4>Problem path: {branch.title}</h4>
          {branch.steps.map((step, stepIndex) => (
            <StepBody key={`${step.id}-${stepIndex}`} step={step} isChecked={noTicks} />
          ))}
        </div>
      ))}
    </div>
  );
}

export function ScriptPreview({ template }: { template: ScriptTemplate }) {
  const selectId = useId();
  // The accounts owing most first: the ones a script is written for.
  const accounts = useCustomerPage(0, 200, 'balance');
  const [chosen, setChosen] = useState<string | null>(null);
  const customerId = chosen ?? accounts.data?.[0]?.id ?? null;
  return (
    <section className="card script-preview" aria-label="Script preview">
      <h2>Preview</h2>
      <label htmlFor={selectId}>Preview on account</label>
      <select id={selectId} value={customerId ?? ''} onChange={(event) => setChosen(event.target.value)} disabled={!accounts.data?.length}>
        {accounts.data?.map((customer) => (
          <option key={customer.id} value={customer.id}>
            {customerDisplayName(customer)}
          </option>
        ))}
      </select>
      {customerId ? (
        <FilledPreview template={template} customerId={customerId} />
      ) : (
        <p className="muted">Add a customer to see a preview.</p>
      )}
    </section>
  );
}
