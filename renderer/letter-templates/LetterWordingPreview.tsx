// A letter template's wording laid out for the account chosen in the preview, as "Letter…" will
// print it: the letterhead, address and invoice table around the office's words, the account's
// figures marked, and what the account lacks said with where to add it.
import type { LetterWording } from '../../shared/settings/letter-templates-setting';
import { composeLetter } from '../../shared/letters/compose-letter';
import type { LetterTemplate } from '../../shared/letters/letter-templates';
import type { Settings } from '../../shared/settings/schema';
import type { CustomerFile } from '../customers/customer-repository';
import { emptyNextStep } from '../letters/LetterNextStepFields';
import { LetterPreview } from '../letters/LetterPreview';
import { useNow } from '../shell/clock';
import { MissingForAccount } from '../templates/TemplatePreview';

interface Props {
  file: CustomerFile;
  template: LetterTemplate;
  wording: LetterWording;
  settings: Settings;
}

export function LetterWordingPreview({ file, template, wording, settings }: Props) {
  const now = useNow();
  // The step and last day of a final demand or notice are typed when it is printed, so they are missing here.
  const draft = composeLetter({ ...file, template: { ...template, ...wording }, settings, now, nextStep: emptyNextStep });
  const refusal = draft.refusal;
  return (
    <>
      <LetterPreview draft={draft} />
      {refusal?.blocked && <p className="muted small">{refusal.blocked}</p>}
      {refusal?.unfit && <p className="muted small">{refusal.unfit}</p>}
      <MissingForAccount
        missing={refusal?.missing ?? []}
        consequence="the letter cannot be printed for it"
        typedWhen={
          template.asksNextStep
            ? { fields: (field) => field.startsWith('nextStep.'), when: 'typed in when the letter is printed.' }
            : undefined
        }
      />
    </>
  );
}
