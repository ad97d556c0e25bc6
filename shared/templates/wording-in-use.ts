// The office's own wording of a built-in template (an e-mail, a letter): used in place of the
// built-in words when the office saved some, stored only when it differs from them, so a later
// improvement of the built-in text reaches offices that never changed it. Only the words are
// the office's: everything else about a template stays the built-in's.

/** A template's words, part by part ("subject", "body"...). */
export type Wording<P extends string> = Record<P, string>;

export interface WordingParts<P extends string> {
  parts: readonly P[];
  /** Parts typed over several lines: their line endings are made plain when stored. */
  multiline: ReadonlySet<P>;
}

export type InUse<T, P extends string> = T & {
  /** True when the office's own wording is used instead of the built-in one. */
  edited: boolean;
  /** The built-in wording, to compare with or go back to. */
  builtIn: Wording<P>;
};

const plainLines = (text: string) => text.replace(/\r\n?/g, '\n').trim();

export function builtInWordingOf<P extends string>(template: Wording<P>, { parts }: WordingParts<P>): Wording<P> {
  return Object.fromEntries(parts.map((part) => [part, template[part]])) as Wording<P>;
}

/** Whether a wording says exactly what the built-in one does (line endings and outer spaces aside). */
export function saysBuiltIn<P extends string>(template: Wording<P>, wording: Wording<P>, { parts }: WordingParts<P>): boolean {
  return parts.every((part) => plainLines(wording[part]) === plainLines(template[part]));
}

/** The template with the office's wording (from `setting`, by its id) where it has some. */
export function templateInUse<T extends Wording<P> & { id: string }, P extends string>(
  template: T,
  setting: Readonly<Record<string, Wording<P>>> | undefined,
  spec: WordingParts<P>,
): InUse<T, P> {
  const builtIn = builtInWordingOf(template, spec);
  const own = setting && Object.prototype.hasOwnProperty.call(setting, template.id) ? setting[template.id] : undefined;
  if (!own) return { ...template, edited: false, builtIn };
  return { ...template, ...builtInWordingOf(own, spec), edited: !saysBuiltIn(template, own, spec), builtIn };
}

/**
 * The setting with one template's wording saved, or removed (`null`: back to the built-in
 * wording, as is wording that says what the built-in one does, or a template that is not there).
 */
export function withWording<S extends Readonly<Record<string, Wording<P>>>, P extends string>(
  setting: S,
  template: Wording<P> | undefined,
  id: string,
  wording: Wording<P> | null,
  spec: WordingParts<P>,
): S {
  const { [id]: _previous, ...others } = setting;
  if (!wording || !template || saysBuiltIn(template, wording, spec)) return others as S;
  const stored = Object.fromEntries(
    spec.parts.map((part) => [part, spec.multiline.has(part) ? plainLines(wording[part]) : wording[part].trim()]),
  ) as Wording<P>;
  return { ...others, [id]: stored } as S;
}
