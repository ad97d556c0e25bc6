// The form plumbing every Settings section shares: its own fields from one zod schema, merged
// into the latest saved settings on Save (so one section never undoes another), the form reset
// to what was saved, and errors shown on the field (or in a banner) with focus moved to them.
import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type BaseSyntheticEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path } from 'react-hook-form';
import type { z } from 'zod';
import type { Settings } from '../../shared/settings/schema';
import { applySubmitError } from '../ui/submit-error';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { useSaveSettings, useSettings } from './queries';
import { useReportUnsaved } from './unsaved-sections';

export interface SettingsSectionOptions<Input extends FieldValues> {
  /** The section's fields: what the user typed in, what is saved out. */
  schema: z.ZodType<Partial<Settings>, Input>;
  /** The settings keys this section owns; only these are taken from its values. */
  fields: ReadonlySet<string>;
  /** The form's values for some saved settings (at the start, and again after each save). */
  valuesOf: (settings: Settings) => Input;
  /** The settings the form starts from. */
  settings: Settings;
  /** Said in the section's status line after a save. */
  savedMessage: string;
  /** The section's name for its "Unsaved changes" marker (see SettingsSectionHeading). */
  section?: string;
}

export function useSettingsSectionForm<Input extends FieldValues>(options: SettingsSectionOptions<Input>) {
  const { schema, fields, valuesOf, settings, savedMessage, section } = options;
  const saveSettings = useSaveSettings();
  // The other sections save too: this section's fields are merged into the latest settings.
  const latest = useSettings().data ?? settings;
  const [status, setStatus] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const form = useForm<Input, unknown, Partial<Settings>>({
    resolver: zodResolver(schema),
    defaultValues: valuesOf(settings) as DefaultValues<Input>,
    shouldFocusError: false,
  });
  useReportUnsaved(section, form.formState.isDirty);

  const onValid = async (values: Partial<Settings>) => {
    setStatus(null);
    setFormError(null);
    try {
      const own = Object.fromEntries(Object.entries(values).filter(([key]) => fields.has(key)));
      form.reset(valuesOf(await saveSettings.mutateAsync({ ...latest, ...own })));
      setStatus(savedMessage);
    } catch (error) {
      setFormError(applySubmitError(error, form.setError, (path) => (fields.has(path) ? (path as Path<Input>) : null)));
      focusFirstError();
    }
  };
  const onInvalid = () => {
    setStatus(null);
    focusFirstError();
  };

  const submit = form.handleSubmit(onValid, onInvalid);
  // onValid reports its own failures; the form event handler itself returns nothing.
  const onSubmit = (event?: BaseSyntheticEvent) => void submit(event);
  return { form, formRef, status, setStatus, formError, onSubmit };
}
