// Editing an office script: its name and when to use it, its steps and problem paths, merge
// fields from the picker, and a live preview on a chosen account. Save stores the next version
// (calls already made keep theirs); unknown fields and empty parts are refused with where they are.
import { useCallback, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type Path } from 'react-hook-form';
import { errorMessage } from '../../../shared/common/error-message';
import { scriptSaveProblems, type ScriptSaveProblem } from '../../../shared/scripts/library/script-save-check';
import type { StoredScript } from '../../../shared/scripts/library/script-schema';
import { stageScripts } from '../../../shared/scripts/stage-scripts';
import { scriptTones, scriptToneLabels } from '../../../shared/scripts/tones';
import { MergeFieldPicker, insertAt } from '../../templates/MergeFieldPicker';
import { Button } from '../../ui/Button';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFocusFirstError } from '../../ui/use-focus-first-error';
import { BranchListEditor } from './BranchListEditor';
import { InsertTargetContext, type InsertTarget } from './insert-target';
import { useSaveOfficeScript } from './queries';
import { useKeptEdits } from './use-kept-edits';
import { fromFormValues, toFormValues, type ScriptFormValues } from './script-form';
import { ScriptSaveError } from './script-repository';
import { ScriptPreview } from './ScriptPreview';
import { StepListEditor } from './StepListEditor';

const toneOptions = scriptTones.map((tone) => ({ value: tone, label: scriptToneLabels[tone] }));
const kindOptions = [
  { value: '', label: 'Any account' },
  { value: 'commercial', label: 'Businesses' },
  { value: 'consumer', label: 'Private persons' },
];
const insteadOptions = [
  { value: '', label: 'Not proposed: chosen from the list only' },
  ...stageScripts.map((s) => ({ value: s.id, label: `Wherever "${s.title}" would be proposed` })),
];

function LivePreview({ scriptId }: { scriptId: string }) {
  // The watched values are one object changed in place: its text is what says it changed.
  const text = JSON.stringify(useWatch<ScriptFormValues>());
  const template = useMemo(() => fromFormValues(JSON.parse(text) as ScriptFormValues, scriptId, 1).template, [text, scriptId]);
  return <ScriptPreview template={template} />;
}

export function ScriptEditForm({ row }: { row: StoredScript }) {
  const form = useForm<ScriptFormValues>({ defaultValues: toFormValues(row.template, row.proposedInstead) });
  const restored = useKeptEdits(form, row);
  const save = useSaveOfficeScript();
  const [problems, setProblems] = useState<ScriptSaveProblem[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [target, setTarget] = useState<InsertTarget | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, formState } = form;

  const insert = useCallback(
    (token: string) => {
      if (!target) return;
      const { element } = target;
      const next = insertAt(
        element.value,
        element.selectionStart ?? element.value.length,
        element.selectionEnd ?? element.value.length,
        token,
      );
      form.setValue(target.path as Path<ScriptFormValues>, next.text as never, { shouldDirty: true });
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    },
    [target, form],
  );

  const showProblems = (found: ScriptSaveProblem[]) => {
    setProblems(found);
    for (const problem of found) {
      if (problem.fieldPath) form.setError(problem.fieldPath as Path<ScriptFormValues>, { message: problem.message });
    }
    focusFirstError();
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setSaved(null);
    form.clearErrors();
    const { template, proposedInstead } = fromFormValues(values, row.scriptId, row.version);
    const found = scriptSaveProblems(template);
    if (found.length > 0) return showProblems(found);
    setProblems([]);
    try {
      const stored = await save.mutateAsync({ template, proposedInstead });
      restored.forget();
      form.reset(toFormValues(stored.template, stored.proposedInstead));
      setSaved(
        stored.version === row.version
          ? 'Saved: nothing in the wording changed, so it is still version ' + stored.version + '.'
          : `Saved as version ${stored.version}. Calls already made keep the version they used.`,
      );
    } catch (e) {
      if (e instanceof ScriptSaveError) return showProblems(e.problems);
      setProblems([{ where: '', message: `The script was not saved: ${errorMessage(e)}`, fieldPath: null }]);
      focusFirstError();
    }
  });

  return (
    <FormProvider {...form}>
      <InsertTargetContext.Provider value={setTarget}>
        <div className="script-editor-layout">
          <form ref={formRef} className="script-editor card" aria-label="Edit script" onSubmit={(event) => void onSubmit(event)} noValidate>
            {problems.length > 0 && (
              <div role="alert" tabIndex={-1} className="ui-form-error">
                <p>
                  {problems.length === 1
                    ? 'The script was not saved: one thing to fix.'
                    : `The script was not saved: ${problems.length} things to fix.`}
                </p>
                <ul>
                  {problems.map((problem, index) => (
                    <li key={index}>{problem.where ? `${problem.where}: ${problem.message}` : problem.message}</li>
                  ))}
                </ul>
              </div>
            )}
            {restored.shown && (
              <p role="status" className="script-editor-restored">
                Your changes from before you left this script are back, not saved yet.{' '}
                <Button variant="link" onClick={restored.discard}>
                  Discard them
                </Button>
              </p>
            )}
            <TextField label="Script name" {...register('title')} error={formState.errors.title?.message} />
            <TextAreaField label="When to use it" rows={2} {...register('description')} error={formState.errors.description?.message} />
            <div className="script-editor-row">
              <SelectField label="Tone" options={toneOptions} {...register('tone')} />
              <SelectField label="Written for" options={kindOptions} {...register('forKind')} />
              <SelectField label="Proposed in calls" options={insteadOptions} {...register('proposedInstead')} />
            </div>
            <div className="script-editor-toolbar">
              <MergeFieldPicker onInsert={insert} targetName={target?.label ?? null} />
            </div>
            <h3>Steps</h3>
            <StepListEditor path="steps" placePrefix="" />
            <h3>Problem paths</h3>
            <BranchListEditor />
            <div className="script-editor-actions">
              <Button type="submit" variant="primary" disabled={save.isPending}>
                {save.isPending ? 'Saving…' : 'Save script'}
              </Button>
              <span role="status" aria-label="Save status" className="muted">
                {saved ?? (formState.isDirty ? 'Changes not saved yet.' : `Version ${row.version}.`)}
              </span>
            </div>
          </form>
          <LivePreview scriptId={row.scriptId} />
        </div>
      </InsertTargetContext.Provider>
    </FormProvider>
  );
}
