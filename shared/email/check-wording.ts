// The save-time check of an e-mail template's wording in Settings: the subject and text must be
// there and fit, and the engine must find no problem (an unknown field, a stray brace, a [note]
// that would be sent as written). The checking itself is shared with letters (shared/templates).
import { emailWordingSchema, type EmailWording } from '../settings/email-templates-setting';
import { checkTemplate } from '../templates';
import { checkWording, type WordingErrors as PartErrors } from '../templates/check-wording';

export type WordingPart = keyof EmailWording;
export type WordingErrors = PartErrors<WordingPart>;

const inEmail = (text: string) => checkTemplate(text, 'email');

export function checkEmailWording(wording: EmailWording): WordingErrors {
  return checkWording(wording, emailWordingSchema, {
    subject: { multiline: false, problems: inEmail },
    body: { multiline: true, problems: inEmail },
  });
}
