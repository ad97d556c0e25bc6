// Settings: when promise reminders fire, how many grace days a promise gets before it counts as
// broken, and (kept by main) whether Call Desk keeps running to deliver them. The timing has
// its own Save and is merged into the latest settings, so it never undoes another section.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../shared/settings/schema';
import { Button } from '../ui/Button';
import { CheckboxField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { applySubmitError } from '../ui/submit-error';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import { DesktopPreferences } from './DesktopPreferences';
import { useSaveSettings, useSettings } from './queries';

const timingSchema = settingsSchema.pick({ reminderTime: true, remindDayBefore: true, promiseGraceDays: true }).extend({
  // Typed as text; a blank or non-number gets a sentence rather than zod's type message.
  promiseGraceDays: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: 'Enter a whole number of days, such as 2.' }).pipe(settingsSchema.shape.promiseGraceDays),
  ),
});
type TimingInput = z.input<typeof timingSchema>;
type Timing = z.output<typeof timingSchema>;
const timingFields = new Set<string>(['reminderTime', 'remindDayBefore', 'promiseGraceDays']);

export function ReminderSettingsSection() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Reminders</h2>
      {settings.isPending ? (
        <p className="muted">Loading…</p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The reminder settings could not be read: {settings.error.message}
        </p>
      ) : (
        <ReminderTimingForm settings={settings.data} />
      )}
      <fieldset className="ui-section" style={{ marginTop: 14 }}>
        <legend>When the window is closed</legend>
        <DesktopPreferences />
      </fieldset>
    </section>
  );
}

function ReminderTimingForm({ settings }: { settings: Settings }) {
  const saveSettings = useSaveSettings();
  const latest = useSettings().data ?? settings;
  const [status, setStatus] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const { register, handleSubmit, reset, setError, formState } = useForm<TimingInput, unknown, Timing>({
    resolver: zodResolver(timingSchema),
    defaultValues: { reminderTime: settings.reminderTime, remindDayBefore: settings.remindDayBefore, promiseGraceDays: String(settings.promiseGraceDays) },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = formState;

  const onValid = async (values: Timing) => {
    setStatus(null);
    setFormError(null);
    try {
      const saved = await saveSettings.mutateAsync({ ...latest, ...values });
      reset({ reminderTime: saved.reminderTime, remindDayBefore: saved.remindDayBefore, promiseGraceDays: String(saved.promiseGraceDays) });
      setStatus('Reminder settings saved.');
    } catch (error) {
      setFormError(applySubmitError(error, setError, (path) => (timingFields.has(path) ? (path as Path<TimingInput>) : null)));
      focusFirstError();
    }
  };
  const onInvalid = () => {
    setStatus(null);
    focusFirstError();
  };

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={handleSubmit(onValid, onInvalid)}>
      <FormErrorBanner message={formError} />
      <div className="ui-form-grid">
        <TextField
          label="Reminder time"
          required
          inputMode="numeric"
          maxLength={5}
          hint={`24-hour office time (${settings.officeTimeZone.replace(/_/g, ' ')}) for reminders on a promise's date, such as 09:00.`}
          error={errors.reminderTime?.message}
          {...register('reminderTime', { setValueAs: (v: unknown) => (typeof v === 'string' ? v.trim() : v) })}
        />
        <TextField
          label="Grace days before a promise counts as broken"
          required
          inputMode="numeric"
          maxLength={2}
          hint="Days after the promised date to allow for the post or the bank. 0 to 30."
          error={errors.promiseGraceDays?.message}
          {...register('promiseGraceDays')}
        />
      </div>
      <CheckboxField
        label="Also remind me on the working day before"
        hint="Monday's promises are announced on the Friday before."
        {...register('remindDayBefore')}
      />
      <div className="ui-form-actions">
        <p role="status" className="ui-status ui-form-actions__start">
          {status}
        </p>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Save reminder settings
        </Button>
      </div>
    </form>
  );
}
