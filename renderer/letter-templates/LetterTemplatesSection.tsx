// Settings ▸ Letter templates: the letters "Letter…" on a customer file and "Letter" on the Export
// screen print, each with Edit (its words, in the office's own) and, once edited, a way back to
// the built-in wording. Letters already printed stay on the timeline as they were printed.
import { letterTemplatesInUse, withLetterWording } from '../../shared/letters/letter-templates-in-use';
import { TemplateWordingSection } from '../templates/TemplateWordingSection';
import { LetterTemplateEditor } from './LetterTemplateEditor';

export function LetterTemplatesSection() {
  return (
    <TemplateWordingSection
      section="letter-templates"
      title="Letter templates"
      intro="“Letter…” on a customer file, and “Letter” on the Export screen, print these letters with the account’s own figures, your letterhead and a table of the open invoices. Put what they say in your own words here; letters already printed stay on the timeline as they were printed."
      subjectLabel="Heading"
      templatesOf={(settings) => letterTemplatesInUse(settings.letterTemplates)}
      restore={(settings, template) => ({ ...settings, letterTemplates: withLetterWording(settings.letterTemplates, template.id, null) })}
      editor={(props) => <LetterTemplateEditor key={props.template.id} {...props} />}
    />
  );
}
