// Settings ▸ Letter templates ▸ Edit: the words of one letter (its heading, the text before and
// after the table of open invoices, the sign-off) in the office's own words, with the picker, the
// live preview and the save-time check of the shared template editor. The letterhead, address,
// greeting, invoice table and signature are laid out by the app and are not edited here.
import { checkLetterWording, type LetterWordingPart } from '../../shared/letters/check-letter-wording';
import { withLetterWording, type LetterTemplateInUse } from '../../shared/letters/letter-templates-in-use';
import { letterSignOffMax, letterSubjectMax, letterTextMax } from '../../shared/settings/letter-templates-setting';
import type { Settings } from '../../shared/settings/schema';
import { TemplatePreview } from '../templates/TemplatePreview';
import { TemplateWordingEditor, type WordingPartSpec } from '../templates/TemplateWordingEditor';
import { LetterWordingPreview } from './LetterWordingPreview';

interface Props {
  template: LetterTemplateInUse;
  settings: Settings;
  /** The section's name for its "Unsaved changes" marker. */
  section: string;
  onClose(): void;
  onSaved(message: string): void;
}

const parts: readonly WordingPartSpec<LetterWordingPart>[] = [
  { part: 'subject', label: 'Heading', insertName: 'the heading', maxLength: letterSubjectMax, hint: 'The bold line above the greeting.' },
  {
    part: 'opening',
    label: 'Opening',
    insertName: 'the opening',
    maxLength: letterTextMax,
    rows: 7,
    hint: 'After the greeting, before the table of open invoices.',
  },
  {
    part: 'closing',
    label: 'Closing',
    insertName: 'the closing',
    maxLength: letterTextMax,
    rows: 7,
    hint: 'After the table of open invoices.',
  },
  {
    part: 'signOff',
    label: 'Sign-off',
    insertName: null,
    maxLength: letterSignOffMax,
    hint: 'Printed as typed above your name and the company’s, e.g. “Yours sincerely,”.',
  },
];

export function LetterTemplateEditor({ template, settings, section, onClose, onSaved }: Props) {
  const { subject, opening, closing, signOff } = template;
  return (
    <TemplateWordingEditor
      title={`Edit letter template: ${template.name}`}
      formLabel={`${template.name} template`}
      intro={`Words in {braces} are merge fields, filled in from the account when the letter is printed. ${template.description}`}
      parts={parts}
      initial={{ subject, opening, closing, signOff }}
      edited={template.edited}
      section={section}
      check={checkLetterWording}
      store={(latest, wording) => ({ ...latest, letterTemplates: withLetterWording(latest.letterTemplates, template.id, wording) })}
      savedMessage={`${template.name} saved: letters are printed with your wording from now on.`}
      preview={(wording) => (
        <TemplatePreview settings={settings}>
          {(file) => <LetterWordingPreview file={file} template={template} wording={wording} settings={settings} />}
        </TemplatePreview>
      )}
      settings={settings}
      onClose={onClose}
      onSaved={onSaved}
    />
  );
}
