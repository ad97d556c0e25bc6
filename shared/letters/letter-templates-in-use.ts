// Which wording a letter is printed with: the office's own (Settings ▸ Letter templates) when the
// user has edited the template, else the built-in one. Only the words change: a template's name,
// when it fits, what it asks the user to state, and the page around it stay the built-in's, so an
// edit can never change what a letter is for.
import type { LetterTemplatesSetting, LetterWording } from '../settings/letter-templates-setting';
import { builtInWordingOf, saysBuiltIn, templateInUse, withWording, type InUse, type WordingParts } from '../templates/wording-in-use';
import { builtInLetterTemplates, letterTemplateById, type LetterTemplate } from './letter-templates';

export const letterWordingParts = ['subject', 'opening', 'closing', 'signOff'] as const satisfies readonly (keyof LetterWording)[];

const letterParts: WordingParts<keyof LetterWording> = { parts: letterWordingParts, multiline: new Set(['opening', 'closing']) };

export type LetterTemplateInUse = InUse<LetterTemplate, keyof LetterWording>;

export function builtInLetterWording(template: LetterTemplate): LetterWording {
  return builtInWordingOf(template, letterParts);
}

/** Whether a wording says exactly what the built-in one does (line endings and outer spaces aside). */
export function isBuiltInLetterWording(template: LetterTemplate, wording: LetterWording): boolean {
  return saysBuiltIn(template, wording, letterParts);
}

export function letterTemplateInUse(template: LetterTemplate, setting: LetterTemplatesSetting | undefined): LetterTemplateInUse {
  return templateInUse(template, setting, letterParts);
}

/** Every letter template, in the picker's order, with the office's wording where it has one. */
export function letterTemplatesInUse(setting: LetterTemplatesSetting | undefined): LetterTemplateInUse[] {
  return builtInLetterTemplates.map((template) => letterTemplateInUse(template, setting));
}

export function letterTemplateInUseById(id: string, setting: LetterTemplatesSetting | undefined): LetterTemplateInUse | undefined {
  const template = letterTemplateById(id);
  return template ? letterTemplateInUse(template, setting) : undefined;
}

/** The setting with one letter's wording saved, or removed (`null`: back to the built-in wording). */
export function withLetterWording(setting: LetterTemplatesSetting, id: string, wording: LetterWording | null): LetterTemplatesSetting {
  return withWording(setting, letterTemplateById(id), id, wording, letterParts);
}
