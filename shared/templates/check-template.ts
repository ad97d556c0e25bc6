// The save-time check: every problem in a template, each with its place and a sentence the user
// can act on. An unknown field is refused here, so a call or a letter never meets one.
import { acceptedFieldNames, mergeFieldByName } from './merge-fields';
import { parseTemplate, type ParsedTemplate, type TemplatePart, type TemplateProblem } from './template-text';

/**
 * What the template is for. A call script may hold [notes for the caller]; an e-mail or a letter
 * goes to the customer exactly as written, so it may not.
 */
export type TemplateKind = 'script' | 'email' | 'letter';

/** Edits that turn one name into the other (insert, delete, replace one character). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const replace = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(replace, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The dotted name the user most likely meant: same letters in another case, or one or two typos away. */
export function suggestField(typed: string): string | undefined {
  const wanted = typed.trim().toLowerCase();
  // Names far longer than any field are not typos of one (and would only cost time to compare).
  if (!wanted || wanted.length > 60) return undefined;
  let best: { name: string; distance: number } | undefined;
  for (const name of acceptedFieldNames) {
    const distance = editDistance(wanted, name.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best ? mergeFieldByName(best.name)?.name : undefined;
}

function unknownField(part: Extract<TemplatePart, { kind: 'field' }>, source: string): TemplateProblem {
  const typed = source.slice(part.start, part.end);
  const suggestion = suggestField(part.name);
  const hint = suggestion ? ` Did you mean {${suggestion}}?` : '';
  const { start, end, line, column } = part;
  return {
    code: 'unknown-field',
    message: `${typed} is not a merge field. Pick one from the list.${hint}`,
    start,
    end,
    line,
    column,
    ...(suggestion ? { suggestion } : {}),
  };
}

/** The problems in an already parsed template, in the order they appear. */
export function problemsIn(parsed: ParsedTemplate, kind: TemplateKind): TemplateProblem[] {
  const problems = [...parsed.problems];
  for (const part of parsed.parts) {
    if (part.kind === 'field' && !mergeFieldByName(part.name)) problems.push(unknownField(part, parsed.text));
    if (part.kind === 'aside' && kind !== 'script') {
      const { start, end, line, column } = part;
      problems.push({
        code: 'aside-in-writing',
        message: `[${part.value}] is a note for the caller, and ${kind === 'email' ? 'an e-mail' : 'a letter'} is sent as written. Remove it, or use round brackets.`,
        start,
        end,
        line,
        column,
      });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

/** Every problem in a template for the given use; none means it can be saved. */
export function checkTemplate(template: string, kind: TemplateKind): TemplateProblem[] {
  return problemsIn(parseTemplate(template), kind);
}
