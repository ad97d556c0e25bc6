// Settings: the contact rules checked before a call (shared/contact-rules). Which kinds of
// account they guard, and the calling window on the customer's own clock. Do-not-call and
// cease-contact flags on an account or a contact are always honoured, whatever is chosen here.
// Also what every call says first: the recording consent line, for places where both sides
// must agree to a recording.
import { useId } from 'react';
import { z } from 'zod';
import { contactRuleSettingsSchema } from '../../shared/contact-rules/settings-schema';
import type { Settings } from '../../shared/settings/schema';
import { Button } from '../ui/Button';
import { CheckboxField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useSettings } from './queries';
import { SettingsSectionHeading } from './SettingsSectionHeading';
import { useSettingsSectionForm } from './use-settings-section-form';

const rulesSchema = z.object({ contactRules: contactRuleSettingsSchema, recordingConsentLine: z.boolean() });
type RulesInput = z.input<typeof rulesSchema>;
const rulesFields = new Set<string>(['contactRules', 'recordingConsentLine']);
const rulesValues = (saved: Settings): RulesInput => ({
  contactRules: { ...saved.contactRules },
  recordingConsentLine: saved.recordingConsentLine,
});
const trim = (v: unknown) => (typeof v === 'string' ? v.trim() : v);

export function CallingRulesSection() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <SettingsSectionHeading id={headingId} section="calling-rules" title="Calling rules" />
      <p className="muted">
        Before a call, Call Desk checks the customer&apos;s local time and how often the account has been called. The limits follow the US
        Regulation F presumption: at most 7 call attempts in 7 days, and no call in the 7 days after a conversation. A call against a rule
        asks for a reason, which is written on the account&apos;s timeline. &ldquo;Do not call&rdquo; and &ldquo;Cease contact&rdquo; on an
        account or a contact always ask, whatever is switched on here.
      </p>
      {settings.isPending ? (
        <p className="muted">Loading…</p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The calling rules could not be read: {settings.error.message}
        </p>
      ) : (
        <CallingRulesForm settings={settings.data} />
      )}
    </section>
  );
}

function CallingRulesForm({ settings }: { settings: Settings }) {
  const { form, formRef, status, formError, onSubmit } = useSettingsSectionForm<RulesInput>({
    schema: rulesSchema,
    fields: rulesFields,
    valuesOf: rulesValues,
    settings,
    savedMessage: 'Calling rules saved.',
    section: 'calling-rules',
  });
  const { register, formState } = form;
  const { errors, isSubmitting } = formState;

  return (
    <form ref={formRef} className="ui-form" noValidate onSubmit={onSubmit}>
      <FormErrorBanner message={formError} />
      <CheckboxField
        label="Check the rules before calling consumer accounts"
        hint="Recommended: consumer debts fall under the US Regulation F limits."
        {...register('contactRules.consumer')}
      />
      <CheckboxField
        label="Check the rules before calling commercial accounts"
        hint="Business debts are not covered by Regulation F; switch this on to apply the same limits anyway."
        {...register('contactRules.commercial')}
      />
      <div className="ui-form-grid">
        <TextField
          label="Calls allowed from"
          required
          inputMode="numeric"
          maxLength={5}
          hint="24-hour time in the customer's own time zone, such as 08:00."
          error={errors.contactRules?.callingHoursStart?.message}
          {...register('contactRules.callingHoursStart', { setValueAs: trim })}
        />
        <TextField
          label="Calls allowed until"
          required
          inputMode="numeric"
          maxLength={5}
          hint="24-hour time in the customer's own time zone, such as 21:00."
          error={errors.contactRules?.callingHoursEnd?.message}
          {...register('contactRules.callingHoursEnd', { setValueAs: trim })}
        />
      </div>
      <CheckboxField
        label="Add a recording consent line at the start of every call script"
        hint="For places where both sides must agree before a call is recorded: the script opens by saying the call may be recorded and asking if that is all right."
        {...register('recordingConsentLine')}
      />
      <div className="ui-form-actions">
        <p role="status" className="ui-status ui-form-actions__start">
          {status}
        </p>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Save calling rules
        </Button>
      </div>
    </form>
  );
}
