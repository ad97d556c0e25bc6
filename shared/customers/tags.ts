// The office's labels on accounts ("Anna", "Key accounts"): how a typed tag is cleaned, when two
// tags are the same (case does not count; the first spelling stays), and the limits a user meets
// while adding them on the customer form.

export const maxTagsPerAccount = 20;
export const maxTagLength = 40;

/** Spaces at the ends dropped and runs of spaces made one, so "  Key   accounts " is "Key accounts". */
export function cleanTag(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** What two tags are compared by: "anna", "Anna" and " ANNA " are one tag. Locale-independent on purpose. */
export function tagKey(tag: string): string {
  return cleanTag(tag).toLowerCase();
}

export function hasTag(tags: readonly string[] | undefined, tag: string): boolean {
  const key = tagKey(tag);
  return (tags ?? []).some((t) => tagKey(t) === key);
}

/** Cleaned, empty ones dropped, each tag once in the spelling it first had. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const clean = cleanTag(tag);
    const key = clean.toLowerCase();
    if (clean === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}

export type AddTagsResult =
  /** `added` lists the new tags; `alreadyThere` the typed ones the account had already. */
  { ok: true; tags: string[]; added: string[]; alreadyThere: string[] } | { ok: false; problem: string };

/**
 * Adds what was typed to the account's tags. Commas separate several tags ("Anna, Key
 * accounts"). Either every typed tag fits or nothing is added, with a sentence saying why.
 */
export function addTags(current: readonly string[], typed: string): AddTagsResult {
  const wanted = uniqueTags(typed.split(','));
  if (wanted.length === 0) return { ok: false, problem: 'Type a tag first.' };
  const tooLong = wanted.find((t) => t.length > maxTagLength);
  if (tooLong) return { ok: false, problem: `A tag can be at most ${maxTagLength} characters; “${tooLong}” has ${tooLong.length}.` };
  const added = wanted.filter((t) => !hasTag(current, t));
  const alreadyThere = wanted.filter((t) => hasTag(current, t)).map((t) => current.find((c) => tagKey(c) === tagKey(t)) ?? t);
  if (current.length + added.length > maxTagsPerAccount) {
    const room = maxTagsPerAccount - current.length;
    return {
      ok: false,
      problem:
        room <= 0
          ? `An account can have at most ${maxTagsPerAccount} tags. Remove one to add another.`
          : `An account can have at most ${maxTagsPerAccount} tags; there is room for ${room} more.`,
    };
  }
  return { ok: true, tags: [...current, ...added], added, alreadyThere };
}

export function removeTag(current: readonly string[], tag: string): string[] {
  const key = tagKey(tag);
  return current.filter((t) => tagKey(t) !== key);
}

/**
 * Every tag used across some accounts, once each (first spelling met), in alphabetical order
 * without regard to case: the suggestions on the form and the choices of Today's tag filter.
 */
export function tagsInUse(tagLists: Iterable<readonly string[] | undefined>, locale?: string): string[] {
  const all: string[] = [];
  for (const tags of tagLists) if (tags) all.push(...tags);
  return uniqueTags(all).sort((a, b) => a.localeCompare(b, locale, { sensitivity: 'base' }) || a.localeCompare(b, locale));
}

/** How a list of tags is written in one cell or line (CSV, summaries). */
export function joinTags(tags: readonly string[] | undefined): string {
  return (tags ?? []).join('; ');
}
