// "Letter…" on the customer file: pick a letter (in the office's wording where it has one) and
// who it is for the attention of, state the next step where the letter announces one, read the
// letter as it will print, then save it as a PDF through main. Saving records it on the timeline with its text as printed. While anything
// is missing the dialog says what and where to add it, and nothing can be saved.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { composeLetter, isReadyLetter, type ComposeLetterInput } from '../../shared/letters/compose-letter';
import { letterAddressees } from '../../shared/letters/letter-layout';
import { defaultLetterTemplate, type LetterTemplate } from '../../shared/letters/letter-templates';
import { letterTemplatesInUse } from '../../shared/letters/letter-templates-in-use';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { emptyNextStep, LetterNextStepFields } from './LetterNextStepFields';
import { LetterNotReady } from './LetterNotReady';
import { LetterPreview } from './LetterPreview';
import { LetterSaveActions } from './LetterSaveActions';
import { LetterSaveStatus } from './LetterSaveStatus';
import { useSaveLetters } from './use-save-letters';
import './letters.css';

interface Props {
  file: CustomerFile;
  settings: Settings;
  now: Date;
  onClose(): void;
}

/** The addressee select's value for "no one by name". */
const noOne = '';

export function LetterDialog({ file, settings, now, onClose }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const notReadyId = useId();
  const addressees = useMemo(() => letterAddressees(file.contacts), [file.contacts]);
  // The office's wording where it has one (Settings ▸ Letter templates).
  const templates = useMemo(() => letterTemplatesInUse(settings.letterTemplates), [settings.letterTemplates]);
  const [templateId, setTemplateId] = useState(() => firstFittingTemplateId(templates, { ...file, settings, now }));
  const [addresseeId, setAddresseeId] = useState(addressees[0]?.id ?? noOne);
  const [nextStep, setNextStep] = useState(emptyNextStep);
  const { state, save, retryRecord } = useSaveLetters(settings);

  const template = templates.find((t) => t.id === templateId) ?? templates[0] ?? defaultLetterTemplate;
  const draft = composeLetter({ template, ...file, settings, now, addresseeId: addresseeId || null, nextStep });
  const busy = state.status === 'saving';
  const locked = busy || state.status === 'done' || state.status === 'unrecorded';
  const errorText = state.status === 'failed' || state.status === 'unrecorded' ? state.message : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const outcome = state.status === 'unrecorded' ? await retryRecord() : isReadyLetter(draft) ? await save([draft], now) : 'idle';
    if (outcome === 'failed' || outcome === 'unrecorded') focusFirstError();
  };

  const typed = template.asksNextStep !== null && (nextStep.action.trim() !== '' || nextStep.date !== '');
  return (
    <Dialog title="Letter" wide onClose={onClose} hasUnsavedInput={typed && state.status === 'idle'}>
      <form ref={formRef} className="ui-form letter-dialog" aria-label="Letter from a template" noValidate onSubmit={(e) => void submit(e)}>
        <FormErrorBanner message={errorText} />
        <div className="ui-form-grid">
          <SelectField
            label="Letter"
            value={template.id}
            disabled={locked}
            hint={template.description}
            options={templates.map((t) => ({ value: t.id, label: t.name }))}
            onChange={(e) => setTemplateId(e.target.value)}
          />
          <SelectField
            label="For the attention of"
            value={addresseeId}
            disabled={locked}
            hint="Contacts who asked not to be contacted are not listed."
            options={[
              ...addressees.map((c) => ({ value: c.id, label: `${c.name}${c.role ? `, ${c.role}` : ''}` })),
              { value: noOne, label: 'No one by name' },
            ]}
            onChange={(e) => setAddresseeId(e.target.value)}
          />
        </div>
        {template.asksNextStep && (
          <LetterNextStepFields
            asks={template.asksNextStep}
            value={nextStep}
            today={draft.layout.date}
            disabled={locked}
            onChange={setNextStep}
          />
        )}
        <LetterPreview draft={draft} />
        {draft.refusal && <LetterNotReady id={notReadyId} refusal={draft.refusal} />}
        <LetterSaveStatus state={state} />
        <LetterSaveActions
          state={state}
          busy={busy}
          blocked={!draft.written}
          describedBy={draft.refusal ? notReadyId : undefined}
          saveLabel="Save PDF…"
          explanation="Saved as a PDF to print and post; it is then recorded on the timeline."
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

/** The first letter (in the picker's order) that tells the truth about this account. */
function firstFittingTemplateId(templates: readonly LetterTemplate[], sources: Omit<ComposeLetterInput, 'template' | 'nextStep'>): string {
  const fitting = templates.find((template) => !composeLetter({ ...sources, template, nextStep: emptyNextStep }).refusal?.unfit);
  return (fitting ?? defaultLetterTemplate).id;
}
