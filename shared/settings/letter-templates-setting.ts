// The office's own wording of the built-in letters (Settings ▸ Letter templates), by template id:
// the heading, the text before and after the table of open invoices, and the sign-off. The rest
// of the page (letterhead, address, greeting, invoice table, signature) is always laid out by the
// app. A template not listed here prints its built-in wording. Only the shape and the length are
// checked here, so a stored row always loads; the merge fields are checked when the wording is
// saved (shared/letters/check-letter-wording.ts) and again when a letter is written.
import { z } from 'zod';
import { requiredText } from '../common/primitives';

export const letterSubjectMax = 200;
export const letterTextMax = 4000;
export const letterSignOffMax = 80;

export const letterWordingSchema = z.object({
  subject: requiredText(letterSubjectMax, 'Letter heading'),
  opening: requiredText(letterTextMax, 'Opening'),
  closing: requiredText(letterTextMax, 'Closing'),
  signOff: requiredText(letterSignOffMax, 'Sign-off'),
});
export type LetterWording = z.infer<typeof letterWordingSchema>;

/** Template id → the user's wording. Settings and backups saved before the section existed read as {}. */
export const letterTemplatesSettingSchema = z.record(z.string().min(1).max(80), letterWordingSchema).default({});
export type LetterTemplatesSetting = z.infer<typeof letterTemplatesSettingSchema>;
