// Settings ▸ Email templates ▸ Edit: one e-mail's subject and text in the office's words, with the
// picker, the live preview and the save-time check of the shared template editor.
import { checkEmailWording, type WordingPart } from '../../shared/email/check-wording';
import { withEmailWording, type EmailTemplateInUse } from '../../shared/email/templates-in-use';
import { emailBodyMax, emailSubjectMax } from '../../shared/settings/email-templates-setting';
import type { Settings } from '../../shared/settings/schema';
import { TemplatePreview } from '../templates/TemplatePreview';
import { TemplateWordingEditor, type WordingPartSpec } from '../templates/TemplateWordingEditor';
import { EmailWordingPreview } from './EmailWordingPreview';

interface Props {
  template: EmailTemplateInUse;
  settings: Settings;
  /** The section's name for its "Unsaved changes" marker. */
  section: string;
  onClose(): void;
  onSaved(message: string): void;
}

const parts: readonly WordingPartSpec<WordingPart>[] = [
  { part: 'subject', label: 'Subject', insertName: 'the subject', maxLength: emailSubjectMax },
  { part: 'body', label: 'Email text', insertName: 'the email text', maxLength: emailBodyMax, rows: 14 },
];

export function EmailTemplateEditor({ template, settings, section, onClose, onSaved }: Props) {
  return (
    <TemplateWordingEditor
      title={`Edit email template: ${template.name}`}
      formLabel={`${template.name} template`}
      intro={`Words in {braces} are merge fields, filled in from the account when the email is written. ${template.description}`}
      parts={parts}
      initial={{ subject: template.subject, body: template.body }}
      edited={template.edited}
      section={section}
      check={checkEmailWording}
      store={(latest, wording) => ({ ...latest, emailTemplates: withEmailWording(latest.emailTemplates, template.id, wording) })}
      savedMessage={`${template.name} saved: emails are written with your wording from now on.`}
      preview={(wording) => (
        <TemplatePreview settings={settings}>
          {(file) => <EmailWordingPreview file={file} template={template} wording={wording} settings={settings} />}
        </TemplatePreview>
      )}
      settings={settings}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
