// The office's own wording of the built-in e-mails (Settings ▸ Email templates), by template id.
// A template not listed here is written with its built-in wording. Only the shape and the length
// are checked here: a stored row must always load, so whether the wording's merge fields exist is
// checked when it is saved (shared/email/check-wording.ts) and again when an e-mail is written.
import { z } from 'zod';
import { requiredText } from '../common/primitives';

export const emailSubjectMax = 200;
export const emailBodyMax = 4000;

export const emailWordingSchema = z.object({
  subject: requiredText(emailSubjectMax, 'Email subject'),
  body: requiredText(emailBodyMax, 'Email text'),
});
export type EmailWording = z.infer<typeof emailWordingSchema>;

/** Template id → the user's wording. Settings saved before the section existed read as {}. */
export const emailTemplatesSettingSchema = z.record(z.string().min(1).max(80), emailWordingSchema).default({});
export type EmailTemplatesSetting = z.infer<typeof emailTemplatesSettingSchema>;
