// Settings ▸ Email templates: the e-mails "Email…" on a customer file and "Email confirmation"
// after a promise are written from, each with Edit (its subject and text, in the office's own
// words) and, once edited, a way back to the built-in wording. This is the one place the
// promise confirmation is worded too.
import { emailTemplatesInUse, withEmailWording } from '../../shared/email/templates-in-use';
import { TemplateWordingSection } from '../templates/TemplateWordingSection';
import { EmailTemplateEditor } from './EmailTemplateEditor';

export function EmailTemplatesSection() {
  return (
    <TemplateWordingSection
      section="email-templates"
      title="Email templates"
      intro="“Email…” on a customer file, and “Email confirmation” after a promise to pay, write these emails with the account’s own figures. Put them in your own words here; emails already sent stay on the timeline as they were sent."
      subjectLabel="Subject"
      templatesOf={(settings) => emailTemplatesInUse(settings.emailTemplates)}
      restore={(settings, template) => ({ ...settings, emailTemplates: withEmailWording(settings.emailTemplates, template.id, null) })}
      editor={(props) => <EmailTemplateEditor key={props.template.id} {...props} />}
    />
  );
}
