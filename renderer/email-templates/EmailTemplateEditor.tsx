// Settings ▸ Email templates ▸ Edit: one template's subject and text, the merge-field picker, and
// a live preview on an account. Saving checks the wording with the engine first: while it has an
// unknown field, a stray brace or a [note] it is not saved, each problem is said under its field
// with its line and column, and the cursor goes to the first one. Errors then follow the typing.
import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../shared/common/error-message';
import { checkEmailWording, type WordingPart } from '../../shared/email/check-wording';
import { withEmailWording, type EmailTemplateInUse } from '../../shared/email/templates-in-use';
import { emailBodyMax, emailSubjectMax } from '../../shared/settings/email-templates-setting';
import type { Settings } from '../../shared/settings/schema';
import { useSaveSettings, useSettings } from '../settings/queries';
import { useReportUnsaved } from '../settings/unsaved-sections';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextAreaField, TextField } from '../ui/fields';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { MergeFieldPicker } from '../templates/MergeFieldPicker';
import { TemplatePreview } from './TemplatePreview';
import { useInsertAtCursor } from './use-insert-at-cursor';
import './email-templates.css';

interface Props {
  template: EmailTemplateInUse;
  settings: Settings;
  /** The section's name for its "Unsaved changes" marker. */
  section: string;
  onClose(): void;
  onSaved(message: string): void;
}

const partNames: Record<WordingPart, string> = { subject: 'the subject', body: 'the email text' };

export function EmailTemplateEditor({ template, settings, section, onClose, onSaved }: Props) {
  const fieldsHintId = useId();
  const latest = useSettings().data ?? settings;
  const saveSettings = useSaveSettings();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  // Set by the first Save: from then on the errors are worked out again as the user types.
  const [checked, setChecked] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const refs = { subject: subjectRef, body: bodyRef };
  const cursor = useInsertAtCursor({
    subject: { ref: subjectRef, value: subject, set: setSubject },
    body: { ref: bodyRef, value: body, set: setBody },
  });
  const dirty = subject !== template.subject || body !== template.body;
  useReportUnsaved(section, dirty);
  const errors = checked ? checkEmailWording({ subject, body }) : null;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setChecked(true);
    const found = checkEmailWording({ subject, body });
    if (found.first) {
      const field = refs[found.first.part].current;
      field?.focus();
      field?.setSelectionRange(found.first.start, found.first.end);
      return;
    }
    setBusy(true);
    try {
      const emailTemplates = withEmailWording(latest.emailTemplates, template.id, { subject, body });
      await saveSettings.mutateAsync({ ...latest, emailTemplates });
      onSaved(`${template.name} saved: emails are written with your wording from now on.`);
    } catch (error) {
      setFormError(`The template was not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={`Edit email template: ${template.name}`} wide onClose={onClose} hasUnsavedInput={dirty}>
      <form className="ui-form email-template-editor" aria-label={`${template.name} template`} noValidate onSubmit={(e) => void save(e)}>
        <FormErrorBanner message={formError} />
        <p id={fieldsHintId} className="ui-field__hint">
          Words in {'{braces}'} are merge fields, filled in from the account when the email is written. {template.description}
        </p>
        <TextField
          ref={subjectRef}
          label="Subject"
          required
          maxLength={emailSubjectMax}
          value={subject}
          aria-describedby={fieldsHintId}
          error={errors?.subject}
          onChange={(e) => setSubject(e.target.value)}
          onFocus={() => cursor.enter('subject')}
        />
        <TextAreaField
          ref={bodyRef}
          label="Email text"
          required
          rows={14}
          maxLength={emailBodyMax}
          value={body}
          error={errors?.body}
          onChange={(e) => setBody(e.target.value)}
          onFocus={() => cursor.enter('body')}
        />
        <MergeFieldPicker targetName={partNames[cursor.target]} onInsert={cursor.insert} />
        <TemplatePreview template={template} wording={{ subject, body }} settings={settings} />
        <div className="ui-form-actions">
          <p className="ui-form-actions__start muted small">
            {template.edited ? 'Your wording is in use.' : 'The built-in wording is in use.'}
          </p>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" aria-disabled={busy || undefined}>
            Save template
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
