// Settings: who is calling and for whom (said on every call), money and phone defaults, and
// the one-step removal of the demo accounts a new installation starts with.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { officeDetailsFields, officeDetailsSchema, type Settings } from '../../shared/settings/schema';
import { removeDemoData } from '../data/bulk-load';
import { useDb } from '../data/db-context';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useSettings } from './queries';
import { CompanyFields, officeDetailsValues, RegionalFields, type OfficeDetailsValues } from './OfficeDetailsFields';
import { SettingsSectionHeading } from './SettingsSectionHeading';
import { useSettingsSectionForm } from './use-settings-section-form';
import { AboutSection } from './AboutSection';
import { AppearanceSection } from './AppearanceSection';
import { BackupsSection } from './BackupsSection';
import { CallingRulesSection } from './CallingRulesSection';
import { DataExportSection } from './DataExportSection';
import { EmailTemplatesSection } from '../email-templates/EmailTemplatesSection';
import { LetterTemplatesSection } from '../letter-templates/LetterTemplatesSection';
import { ReminderSettingsSection } from './ReminderSettingsSection';
import { SectionErrorBoundary } from './SectionErrorBoundary';
import '../ui/ui.css';
import { errorMessage } from '../../shared/common/error-message';

const sections = [
  ['Appearance', AppearanceSection],
  ['Reminders', ReminderSettingsSection],
  ['Calling rules', CallingRulesSection],
  ['Email templates', EmailTemplatesSection],
  ['Letter templates', LetterTemplatesSection],
  ['Backups', BackupsSection],
  ['Export all data', DataExportSection],
  ['Demo data', DemoDataSection],
  ['About Call Desk', AboutSection],
] as const;

export function SettingsScreen() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <main className="screen settings-screen" aria-labelledby={headingId}>
      <h1 id={headingId}>Settings</h1>
      {settings.isPending ? (
        <p role="status" className="muted">
          Loading settings…
        </p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The settings could not be read: {settings.error.message}
        </p>
      ) : (
        <SectionErrorBoundary name="Office details">
          <SettingsForm settings={settings.data} />
        </SectionErrorBoundary>
      )}
      {/* One failing section must not hide the others: Backups (and a restore) above all. */}
      {sections.map(([name, Section]) => (
        <SectionErrorBoundary key={name} name={name}>
          <Section />
        </SectionErrorBoundary>
      ))}
    </main>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const { form, formRef, status, formError, onSubmit } = useSettingsSectionForm<OfficeDetailsValues>({
    schema: officeDetailsSchema,
    fields: officeDetailsFields,
    valuesOf: officeDetailsValues,
    settings,
    savedMessage: 'Settings saved.',
    section: 'office',
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;

  return (
    <section className="card" aria-labelledby="settings-calls-heading">
      <SettingsSectionHeading id="settings-calls-heading" section="office" title="You and your company" />
      <form ref={formRef} className="ui-form" noValidate onSubmit={onSubmit}>
        <FormErrorBanner message={formError} />
        <CompanyFields register={register} errors={errors} />
        <RegionalFields register={register} errors={errors} officeTimeZone={settings.officeTimeZone} />
        <div className="ui-form-actions">
          <p role="status" className="ui-status ui-form-actions__start">
            {status}
          </p>
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            Save settings
          </Button>
        </div>
      </form>
    </section>
  );
}

function DemoDataSection() {
  const db = useDb();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const remove = async () => {
    setBusy(true);
    setResult(null);
    try {
      const count = await removeDemoData(db);
      // Demo rows are in every list, file and search: refetch everything.
      await queryClient.invalidateQueries();
      setResult({
        ok: true,
        message:
          count === 0
            ? 'There was no demo data to remove.'
            : `Removed ${count} demo ${count === 1 ? 'customer' : 'customers'} and all of their records.`,
      });
    } catch (error) {
      setResult({ ok: false, message: `The demo data could not be removed: ${errorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-demo-heading">
      <h2 id="settings-demo-heading">Demo data</h2>
      <p>
        A new installation starts with demo customers so you can try every screen. Removing them deletes only the demo customers and their
        invoices, calls, notes and payments; your own records stay.
      </p>
      <ConfirmButton
        label="Remove demo data"
        question="Remove every demo customer and all of their records? This cannot be undone."
        confirmLabel="Yes, remove demo data"
        cancelLabel="Keep demo data"
        busy={busy}
        onConfirm={remove}
      />
      {result?.ok && (
        <p role="status" className="ui-status">
          {result.message}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="ui-form-error">
          {result.message}
        </p>
      )}
    </section>
  );
}
