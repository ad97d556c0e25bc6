// Settings: who is calling and for whom (said on every call), money and phone defaults, and
// the one-step removal of the demo accounts a new installation starts with.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { z } from 'zod';
import { commonTimeZones } from '../../shared/dates/time-zones';
import { settingsSchema, type Settings } from '../../shared/settings/schema';
import { removeDemoData } from '../data/bulk-load';
import { useDb } from '../data/db-context';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import { SelectField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useSettings } from './queries';
import { useSettingsSectionForm } from './use-settings-section-form';
import { BackupsSection } from './BackupsSection';
import { ConfirmationTemplateSection } from './ConfirmationTemplateSection';
import { DataExportSection } from './DataExportSection';
import { ReminderSettingsSection } from './ReminderSettingsSection';
import '../ui/ui.css';

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
        <SettingsForm settings={settings.data} />
      )}
      <ReminderSettingsSection />
      <ConfirmationTemplateSection />
      <BackupsSection />
      <DataExportSection />
      <DemoDataSection />
    </main>
  );
}

const upperTrim = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

type SettingsFormValues = z.input<typeof settingsSchema>;

const settingsFields = new Set(['companyName', 'callerName', 'callbackNumber', 'currency', 'locale', 'defaultCountry', 'officeTimeZone']);

function SettingsForm({ settings }: { settings: Settings }) {
  const { form, formRef, status, formError, onSubmit } = useSettingsSectionForm<SettingsFormValues>({
    schema: settingsSchema,
    fields: settingsFields,
    valuesOf: (saved) => saved,
    settings,
    savedMessage: 'Settings saved.',
  });
  const {
    register,
    formState: { errors, isSubmitting },
  } = form;
  const zones = [...new Set<string>([...commonTimeZones, settings.officeTimeZone])].map((zone) => ({
    value: zone,
    label: zone.replace(/_/g, ' '),
  }));

  return (
    <section className="card" aria-labelledby="settings-calls-heading">
      <h2 id="settings-calls-heading">You and your company</h2>
      <form ref={formRef} className="ui-form" noValidate onSubmit={onSubmit}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          <TextField
            label="Company name"
            required
            hint="Said when you introduce yourself on a call."
            error={errors.companyName?.message}
            {...register('companyName')}
          />
          <TextField label="Your name" required hint="The caller's name in scripts and emails." error={errors.callerName?.message} {...register('callerName')} />
          <TextField
            label="Callback number"
            type="tel"
            hint="The number customers can call you back on."
            error={errors.callbackNumber?.message}
            {...register('callbackNumber')}
          />
        </div>
        <div className="ui-form-grid">
          <TextField
            label="Currency"
            required
            maxLength={3}
            hint="Three letters, such as USD. New invoices start in this currency."
            error={errors.currency?.message}
            {...register('currency', { setValueAs: upperTrim })}
          />
          <TextField
            label="Locale"
            required
            hint="How dates and amounts are written, such as en-US or en-GB."
            error={errors.locale?.message}
            {...register('locale', { setValueAs: (v: unknown) => (typeof v === 'string' ? v.trim() : v) })}
          />
          <TextField
            label="Default country for phone numbers"
            required
            maxLength={2}
            hint="Two letters, such as US. Numbers typed from now on without a country code are read as this country's; numbers already saved keep theirs."
            error={errors.defaultCountry?.message}
            {...register('defaultCountry', { setValueAs: upperTrim })}
          />
          <SelectField label="Office time zone" options={zones} error={errors.officeTimeZone?.message} {...register('officeTimeZone')} />
        </div>
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
      setResult({ ok: false, message: `The demo data could not be removed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-demo-heading">
      <h2 id="settings-demo-heading">Demo data</h2>
      <p>
        A new installation starts with demo customers so you can try every screen. Removing them deletes only the demo
        customers and their invoices, calls, notes and payments; your own records stay.
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
