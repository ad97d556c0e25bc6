// Settings ▸ Email templates / Letter templates ▸ Edit: a template's parts in the office's words,
// the merge-field picker, and a live preview on an account. Saving checks the wording with the
// engine first: while it has an unknown field, a stray brace or a [note] it is not saved, each
// problem is said under its part with its line and column, and the cursor goes to the first one.
// Errors then follow the typing.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import type { Settings } from '../../shared/settings/schema';
import type { WordingErrors } from '../../shared/templates/check-wording';
import { useSaveSettings, useSettings } from '../settings/queries';
import { useReportUnsaved } from '../settings/unsaved-sections';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextAreaField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { MergeFieldPicker } from './MergeFieldPicker';
import { useInsertAtCursor, type InsertablePart } from './use-insert-at-cursor';
import './template-wording.css';

export interface WordingPartSpec<P extends string> {
  part: P;
  label: string;
  /** Where the picker puts a field, for its button ("the subject"); null for a part printed as typed. */
  insertName: string | null;
  maxLength: number;
  /** Rows of a text area; one line when left out. */
  rows?: number;
  hint?: string;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

interface Props<P extends string> {
  title: string;
  formLabel: string;
  /** What the braces mean and what the template is for, read with the first part. */
  intro: ReactNode;
  parts: readonly WordingPartSpec<P>[];
  /** The wording in use when the editor opened. */
  initial: Record<P, string>;
  edited: boolean;
  /** The section's name for its "Unsaved changes" marker. */
  section: string;
  check(wording: Record<P, string>): WordingErrors<P>;
  /** The latest settings with this wording stored. */
  store(latest: Settings, wording: Record<P, string>): Settings;
  savedMessage: string;
  preview(wording: Record<P, string>): ReactNode;
  settings: Settings;
  onClose(): void;
  onSaved(message: string): void;
}

export function TemplateWordingEditor<P extends string>(props: Props<P>) {
  const { parts, initial, settings, check, onClose } = props;
  const introId = useId();
  const latest = useSettings().data ?? settings;
  const saveSettings = useSaveSettings();
  const [wording, setWording] = useState(initial);
  // Set by the first Save: from then on the errors are worked out again as the user types.
  const [checked, setChecked] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const elements = useRef<Partial<Record<P, Field | null>>>({});
  const insertable = Object.fromEntries(
    parts.map(({ part }) => [
      part,
      {
        element: () => elements.current[part] ?? null,
        value: wording[part],
        set: (value: string) => setWording((current) => ({ ...current, [part]: value })),
      } satisfies InsertablePart,
    ]),
  ) as Record<P, InsertablePart>;
  const firstInsertable = (parts.find((p) => p.insertName !== null) ?? parts[0])?.part as P;
  const cursor = useInsertAtCursor(insertable, firstInsertable);
  const dirty = parts.some(({ part }) => wording[part] !== initial[part]);
  useReportUnsaved(props.section, dirty);
  const errors = checked ? check(wording) : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setChecked(true);
    const found = check(wording);
    if (found.first) {
      const field = elements.current[found.first.part];
      field?.focus();
      field?.setSelectionRange(found.first.start, found.first.end);
      return;
    }
    setBusy(true);
    try {
      await saveSettings.mutateAsync(props.store(latest, wording));
      props.onSaved(props.savedMessage);
    } catch (error) {
      setFormError(`The template was not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const targetName = parts.find((p) => p.part === cursor.target)?.insertName ?? null;
  return (
    <Dialog title={props.title} wide onClose={onClose} hasUnsavedInput={dirty}>
      <form className="ui-form template-wording-editor" aria-label={props.formLabel} noValidate onSubmit={(e) => void save(e)}>
        <FormErrorBanner message={formError} />
        <p id={introId} className="ui-field__hint">
          {props.intro}
        </p>
        {parts.map((spec, index) => {
          const common = {
            label: spec.label,
            required: true,
            maxLength: spec.maxLength,
            value: wording[spec.part],
            hint: spec.hint,
            error: errors?.[spec.part],
            'aria-describedby': index === 0 ? introId : undefined,
            onFocus: () => {
              // A part printed as typed takes no field: the picker keeps its last target.
              if (spec.insertName !== null) cursor.enter(spec.part);
            },
          };
          const set = insertable[spec.part].set;
          return spec.rows ? (
            <TextAreaField
              key={spec.part}
              {...common}
              ref={(el) => void (elements.current[spec.part] = el)}
              rows={spec.rows}
              onChange={(e) => set(e.target.value)}
            />
          ) : (
            <TextField
              key={spec.part}
              {...common}
              ref={(el) => void (elements.current[spec.part] = el)}
              onChange={(e) => set(e.target.value)}
            />
          );
        })}
        <MergeFieldPicker targetName={targetName} onInsert={cursor.insert} />
        {props.preview(wording)}
        <div className="ui-form-actions">
          <p className="ui-form-actions__start muted small">
            {props.edited ? 'Your wording is in use.' : 'The built-in wording is in use.'}
          </p>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
            Save template
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
