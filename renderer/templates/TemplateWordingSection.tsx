// A Settings section listing built-in templates the office may put in its own words (the e-mails,
// the letters): each with Edit and, once edited, a way back to the built-in wording. The section
// saves on its own, like the other Settings sections; what was already sent stays as it was sent.
import { useId, useState, type ReactNode } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import type { Settings } from '../../shared/settings/schema';
import { useSaveSettings, useSettings } from '../settings/queries';
import { SettingsSectionHeading } from '../settings/SettingsSectionHeading';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import './template-wording.css';

export interface ListedTemplate {
  id: string;
  name: string;
  description: string;
  /** The office's own wording is in use. */
  edited: boolean;
  subject: string;
}

export interface EditorProps<T> {
  template: T;
  settings: Settings;
  section: string;
  onClose(): void;
  onSaved(message: string): void;
}

interface Props<T extends ListedTemplate> {
  /** The section's id for its "Unsaved changes" marker. */
  section: string;
  /** "Email templates". */
  title: string;
  intro: ReactNode;
  /** What the subject line is called in the list: "Subject", "Heading". */
  subjectLabel: string;
  templatesOf(settings: Settings): T[];
  /** The settings with this template's own wording removed. */
  restore(settings: Settings, template: T): Settings;
  editor(props: EditorProps<T>): ReactNode;
}

export function TemplateWordingSection<T extends ListedTemplate>(props: Props<T>) {
  const headingId = useId();
  const settings = useSettings();
  const lower = props.title.toLowerCase();
  return (
    <section className="card" aria-labelledby={headingId}>
      <SettingsSectionHeading id={headingId} section={props.section} title={props.title} />
      <p>{props.intro}</p>
      {settings.isPending ? (
        <p className="muted">Loading the {lower}…</p>
      ) : settings.isError ? (
        <p role="alert" className="ui-form-error">
          The {lower} could not be read: {settings.error.message}
        </p>
      ) : (
        <TemplateList {...props} settings={settings.data} />
      )}
    </section>
  );
}

function TemplateList<T extends ListedTemplate>({ settings, ...props }: Props<T> & { settings: Settings }) {
  const saveSettings = useSaveSettings();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const templates = props.templatesOf(settings);
  const edited = templates.find((t) => t.id === editing);

  const restore = async (template: T) => {
    setStatus(null);
    setFailure(null);
    try {
      await saveSettings.mutateAsync(props.restore(settings, template));
      setStatus(`${template.name}: the built-in wording is back.`);
    } catch (error) {
      setFailure(`The built-in wording was not restored: ${errorMessage(error)}`);
    }
  };

  return (
    <>
      <ul className="template-list" aria-label={props.title}>
        {templates.map((template) => (
          <li key={template.id} className="template-list__item" aria-label={template.name}>
            <div className="template-list__text">
              <h3>{template.name}</h3>
              <p className="muted small">
                {template.edited ? 'Your wording' : 'Built-in wording'} · {template.description}
              </p>
              <p className="small">
                <span className="muted">{props.subjectLabel}: </span>
                <code>{template.subject}</code>
              </p>
            </div>
            <div className="template-list__actions">
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
      {edited &&
        props.editor({
          template: edited,
          settings,
          section: props.section,
          onClose: () => setEditing(null),
          onSaved: (message) => {
            setEditing(null);
            setFailure(null);
            setStatus(message);
          },
        })}
    </>
  );
}
