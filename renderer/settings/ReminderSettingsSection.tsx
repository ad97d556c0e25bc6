// Settings: when promise reminders fire, how many grace days a promise gets before it counts as
// broken, and (kept by main) whether Call Desk keeps running to deliver them. The timing has
// its own Save and is merged into the latest settings, so it never undoes another section.
import { useId } from 'react';
import { z } from 'zod';
import { settingsSchema, type Settings } from '../../shared/settings/schema';
import { Button } from '../ui/Button';
import { CheckboxField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { DesktopPreferences } from './DesktopPreferences';
import { useSettings } from './queries';
import { SettingsSectionHeading } from './SettingsSectionHeading';
import { useSettingsSectionForm } from './use-settings-section-form';

const timingSchema = settingsSchema.pick({ reminderTime: true, remindDayBefore: true, promiseGraceDays: true }).extend({
  // Typed as text; a blank or non-number gets a sentence rather than zod's type message.
  promiseGraceDays: z.preprocess(
    (v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: 'Enter a whole number of days, such as 2.' }).pipe(settingsSchema.shape.promiseGraceDays),
  ),
});
type TimingInput = z.input<typeof timingSchema>;
const timingFields = new Set<string>(['reminderTime', 'remindDayBefore', 'promiseGraceDays']);

export function ReminderSettingsSection() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <SettingsSectionHeading id={headingId} section="reminders" title="Reminders" />
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

const timingValues = (saved: Settings): TimingInput => ({
  reminderTime: saved.reminderTime,
  remindDayBefore: saved.remindDayBefore,
  promiseGraceDays: String(saved.promiseGraceDays),
});

function ReminderTimingForm({ settings }: { settings: Settings }) {
  const { form, formRef, status, formError, onSubmit } = useSettingsSectionForm<TimingInput>({
    schema: timingSchema,
    fields: timingFields,
    valuesOf: timingValues,
    settings,
    savedMessage: 'Reminder settings saved.',
    section: 'reminders',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={onSubmit}>
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
