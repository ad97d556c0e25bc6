// Which wording an e-mail is written with: the office's own (Settings ▸ Email templates) when the
// user has edited the template, else the built-in one. Everything else about a template (its
// name, when it fits, whether it asks for the next step) stays the built-in's, so an edit can
// change the words but never what the e-mail is for.
import type { EmailTemplatesSetting, EmailWording } from '../settings/email-templates-setting';
import { saysBuiltIn, templateInUse, withWording, type InUse, type WordingParts } from '../templates/wording-in-use';
import { builtInEmailTemplates, emailTemplateById, type EmailTemplate } from './templates';

const emailParts: WordingParts<keyof EmailWording> = { parts: ['subject', 'body'], multiline: new Set(['body']) };

export type EmailTemplateInUse = InUse<EmailTemplate, keyof EmailWording>;

/** Whether a wording says exactly what the built-in one does (line endings and outer spaces aside). */
export function isBuiltInWording(template: EmailTemplate, wording: EmailWording): boolean {
  return saysBuiltIn(template, wording, emailParts);
}

export function emailTemplateInUse(template: EmailTemplate, setting: EmailTemplatesSetting | undefined): EmailTemplateInUse {
  return templateInUse(template, setting, emailParts);
}

/** Every e-mail template, in the picker's order, with the office's wording where it has one. */
export function emailTemplatesInUse(setting: EmailTemplatesSetting | undefined): EmailTemplateInUse[] {
  return builtInEmailTemplates.map((template) => emailTemplateInUse(template, setting));
}

export function emailTemplateInUseById(id: string, setting: EmailTemplatesSetting | undefined): EmailTemplateInUse | undefined {
  const template = emailTemplateById(id);
  return template ? emailTemplateInUse(template, setting) : undefined;
}

/** The setting with one template's wording saved, or removed (`null`: back to the built-in wording). */
export function withEmailWording(setting: EmailTemplatesSetting, id: string, wording: EmailWording | null): EmailTemplatesSetting {
  return withWording(setting, emailTemplateById(id), id, wording, emailParts);
}
