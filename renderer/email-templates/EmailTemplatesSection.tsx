// Settings ▸ Email templates: the e-mails "Email…" on a customer file and "Email confirmation"
// after a promise are written from, each with Edit (its subject and text, in the office's own
// words) and, once edited, a way back to the built-in wording. This is the one place the
// promise confirmation is worded too.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import { emailTemplatesInUse, withEmailWording, type EmailTemplateInUse } from '../../shared/email/templates-in-use';
import type { Settings } from '../../shared/settings/schema';
import { useSaveSettings, useSettings } from '../settings/queries';
import { SettingsSectionHeading } from '../settings/SettingsSectionHeading';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import { EmailTemplateEditor } from './EmailTemplateEditor';
import './email-templates.css';

const section = 'email-templates';

export function EmailTemplatesSection() {
  const headingId = useId();
  const settings = useSettings();
  return (
    <section className="card" aria-labelledby={headingId}>
      <SettingsSectionHeading id={headingId} section={section} title="Email templates" />
      <p>
        “Email…” on a customer file, and “Email confirmation” after a promise to pay, write these emails with the account’s own figures. Put
        them in your own words here; emails already sent stay on the timeline as they were sent.
      </p>
      {settings.isPending ? (
        <p className="muted">Loading the email templates…</p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The email templates could not be read: {settings.error.message}
        </p>
      ) : (
        <TemplateList settings={settings.data} />
      )}
    </section>
  );
}

function TemplateList({ settings }: { settings: Settings }) {
  const saveSettings = useSaveSettings();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const templates = emailTemplatesInUse(settings.emailTemplates);
  const edited = templates.find((t) => t.id === editing);

  const restore = async (template: EmailTemplateInUse) => {
    setStatus(null);
    setFailure(null);
    try {
      await saveSettings.mutateAsync({ ...settings, emailTemplates: withEmailWording(settings.emailTemplates, template.id, null) });
      setStatus(`${template.name}: the built-in wording is back.`);
    } catch (error) {
      setFailure(`The built-in wording was not restored: ${errorMessage(error)}`);
    }
  };

  return (
    <>
      <ul className="email-template-list" aria-label="Email templates">
        {templates.map((template) => (
          <li key={template.id} className="email-template-list__item" aria-label={template.name}>
            <div className="email-template-list__text">
              <h3>{template.name}</h3>
              <p className="muted small">
                {template.edited ? 'Your wording' : 'Built-in wording'} · {template.description}
              </p>
              <p className="small">
                <span className="muted">Subject: </span>
                <code>{template.subject}</code>
              </p>
            </div>
            <div className="email-template-list__actions">
              <Button aria-haspopup="dialog" aria-label={`Edit ${template.name}`} onClick={() => setEditing(template.id)}>
                Edit
              </Button>
              {template.edited && (
                <ConfirmButton
                  label="Restore the built-in wording"
                  question={`Put back the built-in wording of “${template.name}”? Your wording is removed.`}
                  confirmLabel="Yes, restore it"
                  cancelLabel="Keep my wording"
                  busy={saveSettings.isPending}
                  onConfirm={() => restore(template)}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="ui-status">
        {status}
      </p>
      {failure && (
        <p role="alert" className="ui-form-error">
          {failure}
        </p>
      )}
      {edited && (
        <EmailTemplateEditor
          key={edited.id}
          template={edited}
          settings={settings}
          section={section}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            setFailure(null);
            setStatus(message);
          }}
        />
      )}
    </>
  );
}
