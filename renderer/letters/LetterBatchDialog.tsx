// Letters for the accounts chosen on the Export screen: pick the letter, state the next step
// where it asks for one (the same step and date for the whole batch), see which accounts get a
// letter and which are left out and why, preview any of them, and save them all as one PDF: one
// print job, one letter per account, each from a new page, in the order of the list. Each account
// that got a letter has it recorded on its timeline once the file is written.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { composeLetterBatch, nextStepStated } from '../../shared/letters/letter-batch';
import { defaultLetterTemplate } from '../../shared/letters/letter-templates';
import { letterTemplatesInUse } from '../../shared/letters/letter-templates-in-use';
import { todayIn } from '../../shared/dates/calendar';
import { plural } from '../../shared/wording/plural';
import { useNow } from '../shell/clock';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { useLetterSources } from './letter-queries';
import { emptyNextStep, LetterNextStepFields, type NextStepValue } from './LetterNextStepFields';
import { LetterPreview } from './LetterPreview';
import { LetterSaveActions } from './LetterSaveActions';
import { LetterSaveStatus } from './LetterSaveStatus';
import { useSaveLetters } from './use-save-letters';
import type { LetterBatchSources } from './letter-sources';
import './letters.css';

export interface LetterBatchAccount {
  customerId: string;
  customerName: string;
}

interface Props {
  accounts: readonly LetterBatchAccount[];
  onClose(): void;
}

export function LetterBatchDialog({ accounts, onClose }: Props) {
  const ids = useMemo(() => accounts.map((a) => a.customerId), [accounts]);
  const sources = useLetterSources(ids);
  // Held here so Escape asks before throwing away a step the user typed.
  const [nextStep, setNextStep] = useState(emptyNextStep);
  const [saved, setSaved] = useState(false);
  const typed = !saved && (nextStep.action.trim() !== '' || nextStep.date !== '');
  return (
    <Dialog title="Letters" wide onClose={onClose} hasUnsavedInput={typed}>
      {sources.isError ? (
        <p role="alert" className="ui-form-error">
          The accounts could not be read: {sources.error.message}
        </p>
      ) : !sources.data ? (
        <p role="status" className="muted">
          Reading the accounts…
        </p>
      ) : (
        <LetterBatchForm
          sources={sources.data}
          nextStep={nextStep}
          onNextStep={setNextStep}
          onSaved={() => setSaved(true)}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

interface FormProps {
  sources: LetterBatchSources;
  nextStep: NextStepValue;
  onNextStep(next: NextStepValue): void;
  onSaved(): void;
  onClose(): void;
}

function LetterBatchForm({ sources, nextStep, onNextStep, onSaved, onClose }: FormProps) {
  const { settings, accounts } = sources;
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const reasonId = useId();
  const now = useNow();
  const [templateId, setTemplateId] = useState(defaultLetterTemplate.id);
  const [previewId, setPreviewId] = useState('');
  const { state, save, retryRecord } = useSaveLetters(settings);

  // The office's wording where it has one (Settings ▸ Letter templates), read with the accounts.
  const templates = useMemo(() => letterTemplatesInUse(settings.letterTemplates), [settings.letterTemplates]);
  const template = templates.find((t) => t.id === templateId) ?? templates[0] ?? defaultLetterTemplate;
  const today = todayIn(settings.officeTimeZone, now);
  const stated = nextStepStated(template, nextStep, today);
  const batch = useMemo(
    () => composeLetterBatch({ accounts, template, settings, now, nextStep }),
    [accounts, template, settings, now, nextStep],
  );
  const previewed = batch.ready.find((l) => l.customerId === previewId) ?? batch.ready[0] ?? null;
  const busy = state.status === 'saving';
  const locked = busy || state.status === 'done' || state.status === 'unrecorded';
  const errorText = state.status === 'failed' || state.status === 'unrecorded' ? state.message : null;
  const disabledReason = !stated
    ? `State the ${template.asksNextStep === 'agency' ? 'agency' : 'next step'} and the last day to settle above: the letters say exactly that.`
    : batch.ready.length === 0
      ? 'None of the chosen accounts can get this letter: see why below.'
      : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const outcome = state.status === 'unrecorded' ? await retryRecord() : disabledReason ? 'idle' : await save(batch.ready, now);
    if (outcome === 'done' || outcome === 'unrecorded') onSaved();
    if (outcome === 'failed' || outcome === 'unrecorded') focusFirstError();
  };

  return (
    <form
      ref={formRef}
      className="ui-form letter-dialog"
      aria-label="Letters for the chosen accounts"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormErrorBanner message={errorText} />
      <SelectField
        label="Letter"
        value={template.id}
        disabled={locked}
        hint={template.description}
        options={templates.map((t) => ({ value: t.id, label: t.name }))}
        onChange={(e) => setTemplateId(e.target.value)}
      />
      {template.asksNextStep && (
        <LetterNextStepFields asks={template.asksNextStep} value={nextStep} today={today} disabled={locked} onChange={onNextStep} />
      )}
      {stated && (
        <section aria-label="Accounts" className="letter-batch-accounts">
          <p role="status">
            {plural(batch.ready.length, 'letter', 'letters', settings.locale)} to print
            {batch.leftOutCount > 0 && `; ${plural(batch.leftOutCount, 'account', 'accounts', settings.locale)} left out`}.
          </p>
          {batch.leftOut.length > 0 && (
            <ul className="letter-batch-left-out" aria-label="Left out">
              {batch.leftOut.map((group) => (
                <li key={group.reason}>
                  <strong>{group.customerNames.join(', ')}</strong>: {group.reason}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {stated && previewed && (
        <>
          {batch.ready.length > 1 && (
            <SelectField
              label="Preview the letter to"
              value={previewed.customerId}
              options={batch.ready.map((l) => ({ value: l.customerId, label: l.customerName }))}
              onChange={(e) => setPreviewId(e.target.value)}
            />
          )}
          <LetterPreview draft={previewed} label={`Preview: ${previewed.customerName}`} />
        </>
      )}
      <LetterSaveStatus state={state} />
      <LetterSaveActions
        state={state}
        busy={busy}
        blocked={disabledReason !== null}
        describedBy={disabledReason ? reasonId : undefined}
        saveLabel={`Save ${plural(batch.ready.length, 'letter', 'letters', settings.locale)} as PDF…`}
        explanation={
          <>
            One PDF, one letter per account on its own page, ready to print in one go.
            {disabledReason && state.status === 'idle' && (
              <>
                {' '}
                <span id={reasonId}>{disabledReason}</span>
              </>
            )}
          </>
        }
        onClose={onClose}
      />
    </form>
  );
}
