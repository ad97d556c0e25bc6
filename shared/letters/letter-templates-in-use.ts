// Which wording a letter is printed with: the office's own (Settings ▸ Letter templates) when the
// user has edited the template, else the built-in one. Only the words change: a template's name,
// when it fits, what it asks the user to state, and the page around it stay the built-in's, so an
// edit can never change what a letter is for.
import type { LetterTemplatesSetting, LetterWording } from '../settings/letter-templates-setting';
import { builtInLetterTemplates, letterTemplateById, type LetterTemplate } from './letter-templates';

export interface LetterTemplateInUse extends LetterTemplate {
  /** True when the office's own wording is used instead of the built-in one. */
  edited: boolean;
  /** The built-in wording, to compare with or go back to. */
  builtIn: LetterWording;
}

export const letterWordingParts = ['subject', 'opening', 'closing', 'signOff'] as const satisfies readonly (keyof LetterWording)[];

const normalised = (text: string) => text.replace(/\r\n?/g, '\n').trim();

export function builtInLetterWording(template: LetterTemplate): LetterWording {
  return { subject: template.subject, opening: template.opening, closing: template.closing, signOff: template.signOff };
}

/** Whether a wording says exactly what the built-in one does (line endings and outer spaces aside). */
export function isBuiltInLetterWording(template: LetterTemplate, wording: LetterWording): boolean {
  return letterWordingParts.every((part) => normalised(wording[part]) === normalised(template[part]));
}

export function letterTemplateInUse(template: LetterTemplate, setting: LetterTemplatesSetting | undefined): LetterTemplateInUse {
  const builtIn = builtInLetterWording(template);
  const own = setting && Object.prototype.hasOwnProperty.call(setting, template.id) ? setting[template.id] : undefined;
  if (!own) return { ...template, edited: false, builtIn };
  const { subject, opening, closing, signOff } = own;
  return { ...template, subject, opening, closing, signOff, edited: !isBuiltInLetterWording(template, own), builtIn };
}

/** Every letter template, in the picker's order, with the office's wording where it has one. */
export function letterTemplatesInUse(setting: LetterTemplatesSetting | undefined): LetterTemplateInUse[] {
  return builtInLetterTemplates.map((template) => letterTemplateInUse(template, setting));
}

export function letterTemplateInUseById(id: string, setting: LetterTemplatesSetting | undefined): LetterTemplateInUse | undefined {
  const template = letterTemplateById(id);
  return template ? letterTemplateInUse(template, setting) : undefined;
}

/**
 * The setting with one letter's wording saved, or removed (`null`: back to the built-in wording).
 * Wording that is the built-in one is not stored, so a later improvement of the built-in text
 * reaches offices that never changed it.
 */
export function withLetterWording(setting: LetterTemplatesSetting, id: string, wording: LetterWording | null): LetterTemplatesSetting {
  const { [id]: _previous, ...others } = setting;
  const template = letterTemplateById(id);
  if (!wording || !template || isBuiltInLetterWording(template, wording)) return others;
  return {
    ...others,
    [id]: {
      subject: wording.subject.trim(),
      opening: normalised(wording.opening),
      closing: normalised(wording.closing),
      signOff: wording.signOff.trim(),
    },
  };
}
