// Which wording an e-mail is written with: the office's own (Settings ▸ Email templates) when the
// user has edited the template, else the built-in one. Everything else about a template (its
// name, when it fits, whether it asks for the next step) stays the built-in's, so an edit can
// change the words but never what the e-mail is for.
import type { EmailTemplatesSetting, EmailWording } from '../settings/email-templates-setting';
import { builtInEmailTemplates, emailTemplateById, type EmailTemplate } from './templates';

export interface EmailTemplateInUse extends EmailTemplate {
  /** True when the office's own wording is used instead of the built-in one. */
  edited: boolean;
  /** The built-in wording, to compare with or go back to. */
  builtIn: EmailWording;
}

const normalised = (text: string) => text.replace(/\r\n?/g, '\n').trim();

/** Whether a wording says exactly what the built-in one does (line endings and outer spaces aside). */
export function isBuiltInWording(template: EmailTemplate, wording: EmailWording): boolean {
  return normalised(wording.subject) === normalised(template.subject) && normalised(wording.body) === normalised(template.body);
}

export function emailTemplateInUse(template: EmailTemplate, setting: EmailTemplatesSetting | undefined): EmailTemplateInUse {
  const builtIn = { subject: template.subject, body: template.body };
  const own = setting && Object.prototype.hasOwnProperty.call(setting, template.id) ? setting[template.id] : undefined;
  if (!own) return { ...template, edited: false, builtIn };
  return { ...template, subject: own.subject, body: own.body, edited: !isBuiltInWording(template, own), builtIn };
}

/** Every e-mail template, in the picker's order, with the office's wording where it has one. */
export function emailTemplatesInUse(setting: EmailTemplatesSetting | undefined): EmailTemplateInUse[] {
  return builtInEmailTemplates.map((template) => emailTemplateInUse(template, setting));
}

export function emailTemplateInUseById(id: string, setting: EmailTemplatesSetting | undefined): EmailTemplateInUse | undefined {
  const template = emailTemplateById(id);
  return template ? emailTemplateInUse(template, setting) : undefined;
}

/**
 * The setting with one template's wording saved, or with it removed (`null`: back to the built-in
 * wording). Wording that is the built-in one is not stored, so a later improvement of the
 * built-in text reaches offices that never changed it.
 */
export function withEmailWording(setting: EmailTemplatesSetting, id: string, wording: EmailWording | null): EmailTemplatesSetting {
  const { [id]: _previous, ...others } = setting;
  const template = emailTemplateById(id);
  if (!wording || !template || isBuiltInWording(template, wording)) return others;
  return { ...others, [id]: { subject: wording.subject.trim(), body: wording.body.replace(/\r\n?/g, '\n').trim() } };
}
