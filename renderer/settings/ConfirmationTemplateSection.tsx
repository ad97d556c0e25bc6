// Settings: the promise confirmation email's template (seed 000). A section of its own, with its
// own Save, so editing the wording never touches the rest of the settings form.
import { useId } from 'react';
import type { z } from 'zod';
import { confirmationPlaceholders, unknownPlaceholders } from '../../shared/promises/confirmation-email';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/settings/schema';
import { Button } from '../ui/Button';
import { TextAreaField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useSettings } from './queries';
import { SettingsSectionHeading } from './SettingsSectionHeading';
import { useSettingsSectionForm } from './use-settings-section-form';
import '../ui/ui.css';

const templateSchema = settingsSchema.pick({ confirmationSubject: true, confirmationBody: true });
type TemplateValues = z.infer<typeof templateSchema>;
const templateFields = new Set<string>(['confirmationSubject', 'confirmationBody']);

export function ConfirmationTemplateSection() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <SettingsSectionHeading id={headingId} section="confirmation-email" title="Promise confirmation email" />
      <p>
        After a promise to pay, “Email confirmation” opens your mail app with this text filled in from the promise. You can still change it
        for each email before it opens.
      </p>
      {settings.isPending ? (
        <p className="muted">Loading the email template…</p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The email template could not be read: {settings.error.message}
        </p>
      ) : (
        <TemplateForm settings={settings.data} />
      )}
    </section>
  );
}

function unknownHint(text: string): string | undefined {
  const unknown = unknownPlaceholders(text);
  if (unknown.length === 0) return undefined;
  return `Not a placeholder, sent as typed: ${unknown.map((n) => `{${n}}`).join(', ')}.`;
}

const templateValues = (saved: Settings): TemplateValues => ({
  confirmationSubject: saved.confirmationSubject,
  confirmationBody: saved.confirmationBody,
});

function TemplateForm({ settings }: { settings: Settings }) {
  const placeholdersId = useId();
  const { form, formRef, status, setStatus, formError, onSubmit } = useSettingsSectionForm<TemplateValues>({
    schema: templateSchema,
    fields: templateFields,
    valuesOf: templateValues,
    settings,
    savedMessage: 'Email template saved.',
    section: 'confirmation-email',
  });
  const { register, setValue, watch, formState } = form;
  const { errors, isSubmitting } = formState;
  const [subject, body] = watch(['confirmationSubject', 'confirmationBody']);

  const restoreDefaults = () => {
    const options = { shouldDirty: true, shouldValidate: true } as const;
    setValue('confirmationSubject', defaultSettings.confirmationSubject, options);
    setValue('confirmationBody', defaultSettings.confirmationBody, options);
    setStatus('The default text is back in the form: save to keep it.');
  };

  return (
    <form ref={formRef} className="ui-form" aria-label="Promise confirmation email" noValidate onSubmit={onSubmit}>
      <FormErrorBanner message={formError} />
      <TextField
        label="Email subject"
        required
        hint={unknownHint(subject)}
        error={errors.confirmationSubject?.message}
        {...register('confirmationSubject')}
      />
      <TextAreaField
        label="Email text"
        required
        rows={12}
        aria-describedby={placeholdersId}
        hint={unknownHint(body)}
        error={errors.confirmationBody?.message}
        {...register('confirmationBody')}
      />
      <div id={placeholdersId}>
        <p className="ui-field__hint">Placeholders, filled in from the promise when the email is prepared:</p>
        <ul className="ui-field__hint" aria-label="Placeholders">
          {confirmationPlaceholders.map((p) => (
            <li key={p.name}>
              <code>{`{${p.name}}`}</code> — {p.description}
            </li>
          ))}
        </ul>
      </div>
      <div className="ui-form-actions">
        <p aria-live="polite" className="ui-status ui-form-actions__start">
          {status}
        </p>
        <Button onClick={restoreDefaults}>Restore the default text</Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Save email template
        </Button>
      </div>
    </form>
  );
}
