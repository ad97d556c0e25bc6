// The first start: the office's details before anything else (who calls, for which company, how
// customers pay, the region pre-filled from this computer), then one click for demo accounts to
// try the app with or for an empty list for the office's own customers. Nothing is stored until
// that click, and then everything at once (completeSetup), so a reload mid-way starts over clean.
import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { officeDetailsFields, officeDetailsSchema, type Settings } from '../../shared/settings/schema';
import type { CallDeskDb } from '../data/db';
import { completeSetup, type StartWith } from '../demo/first-run';
import { CompanyFields, officeDetailsValues, RegionalFields, type OfficeDetailsValues } from '../settings/OfficeDetailsFields';
import { Button } from '../ui/Button';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { applySubmitError } from '../ui/submit-error';
import { useFocusFirstError } from '../ui/use-focus-first-error';
import '../ui/ui.css';
import './setup.css';

interface SetupScreenProps {
  db: CallDeskDb;
  /** What this computer suggests: the regional fields start from here. */
  computer: Settings;
  onDone: (startWith: StartWith) => void;
}

export function SetupScreen({ db, computer, onDone }: SetupScreenProps) {
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(formRef);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<StartWith | null>(null);
  const form = useForm<OfficeDetailsValues, unknown, Partial<Settings>>({
    resolver: zodResolver(officeDetailsSchema),
    defaultValues: officeDetailsValues(computer),
    shouldFocusError: false,
  });
  const { register, formState } = form;

  const finish = (startWith: StartWith) =>
    form.handleSubmit(
      async (values) => {
        setFormError(null);
        setBusy(startWith);
        try {
          await completeSetup(db, { settings: { ...computer, ...values }, startWith }, new Date());
          onDone(startWith);
        } catch (error) {
          setBusy(null);
          setFormError(
            applySubmitError(error, form.setError, (path) => (officeDetailsFields.has(path) ? (path as keyof OfficeDetailsValues) : null)),
          );
          focusFirstError();
        }
      },
      () => focusFirstError(),
    );

  // Enter in a field (the form's implicit submit) starts with the office's own data.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    void finish(submitter instanceof HTMLButtonElement && submitter.value === 'demo' ? 'demo' : 'own')(event);
  };

  return (
    <main className="screen setup-screen" aria-labelledby={headingId}>
      <h1 id={headingId}>Set up Call Desk</h1>
      <p>
        Scripts, emails and statements use these details. The region is filled in from this computer. You can change all of it later in
        Settings.
      </p>
      <form ref={formRef} className="ui-form" noValidate onSubmit={onSubmit}>
        <FormErrorBanner message={formError} />
        <fieldset className="ui-section">
          <legend>You and your company</legend>
          <CompanyFields register={register} errors={formState.errors} />
        </fieldset>
        <fieldset className="ui-section">
          <legend>Region</legend>
          <RegionalFields register={register} errors={formState.errors} officeTimeZone={computer.officeTimeZone} />
        </fieldset>
        <div className="setup-screen__start">
          <div>
            <Button type="submit" variant="primary" value="own" disabled={busy !== null}>
              {busy === 'own' ? 'Starting…' : 'Start with my own data'}
            </Button>
            <p className="ui-field__hint">An empty customer list, ready for your customers.</p>
          </div>
          <div>
            <Button type="submit" value="demo" disabled={busy !== null}>
              {busy === 'demo' ? 'Adding demo accounts…' : 'Try with demo data'}
            </Button>
            <p className="ui-field__hint">Sample customers to try every screen with; remove them later in Settings.</p>
          </div>
        </div>
      </form>
    </main>
  );
}
