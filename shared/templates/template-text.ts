// Splits a template into its pieces: plain text, {merge fields} and [notes for the caller].
// Braces and square brackets have no other meaning, so every one that does not make a field or
// a note is a mistake the user must see with its place, never a raw "{" printed in a letter.
// Parsing is syntax only; whether a field's name exists is ./check-template.

/** Where a piece or a problem sits in the template: offsets (end exclusive), line and column from 1. */
export interface TextSpan {
  start: number;
  end: number;
  line: number;
  column: number;
}

export type TemplatePart =
  | ({ kind: 'text'; value: string } & TextSpan)
  /** `name` as typed between the braces, spaces trimmed. */
  | ({ kind: 'field'; name: string } & TextSpan)
  /** A note for the caller between square brackets, e.g. [ask who approves payment]. */
  | ({ kind: 'aside'; value: string } & TextSpan)
  /** Text that is neither: an unclosed brace, a stray bracket... (each has a problem). */
  | ({ kind: 'broken'; value: string } & TextSpan);

export type TemplateProblemCode =
  | 'unknown-field'
  | 'empty-field'
  | 'double-braces'
  | 'unclosed-brace'
  | 'stray-closing-brace'
  | 'unclosed-bracket'
  | 'stray-closing-bracket'
  | 'field-in-aside'
  | 'aside-in-writing';

export interface TemplateProblem extends TextSpan {
  code: TemplateProblemCode;
  /** One plain sentence for the user, e.g. "A { is not closed. …". */
  message: string;
  /** A field name the user probably meant, for an unknown field. */
  suggestion?: string;
}

export interface ParsedTemplate {
  text: string;
  parts: TemplatePart[];
  /** Syntax problems only: braces and brackets that do not pair. */
  problems: TemplateProblem[];
}

/**
 * Finds the line and column (from 1) of offsets in one text; columns count UTF-16 units, as a
 * textarea's selection does. Line starts are found once, so a long template is read once.
 */
export function spanLocator(text: string): (start: number, end: number) => TextSpan {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (start, end) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((lineStarts[mid] ?? 0) <= start) low = mid;
      else high = mid - 1;
    }
    return { start, end, line: low + 1, column: start - (lineStarts[low] ?? 0) + 1 };
  };
}

/** The next index at or after `from` holding one of `chars`, or -1. */
function nextOf(text: string, chars: string, from: number): number {
  for (let i = from; i < text.length; i += 1) if (chars.includes(text.charAt(i))) return i;
  return -1;
}

const doubleBraces = /\{\{([^{}]*)\}\}/y;

export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  const spanAt = spanLocator(text);
  let textStart = 0;

  const flushText = (end: number) => {
    if (end > textStart) parts.push({ kind: 'text', value: text.slice(textStart, end), ...spanAt(textStart, end) });
  };
  const broken = (start: number, end: number, code: TemplateProblemCode, message: string) => {
    const span = spanAt(start, end);
    parts.push({ kind: 'broken', value: text.slice(start, end), ...span });
    problems.push({ code, message, ...span });
  };

  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch !== '{' && ch !== '}' && ch !== '[' && ch !== ']') {
      i += 1;
      continue;
    }
    flushText(i);
    let end = i + 1;
    if (ch === '{') {
      doubleBraces.lastIndex = i;
      const double = doubleBraces.exec(text);
      const close = nextOf(text, '{}', i + 1);
      if (double) {
        end = i + double[0].length;
        const name = (double[1] ?? '').trim();
        broken(i, end, 'double-braces', `Merge fields take one pair of braces: write {${name || 'field'}}, not {{${name}}}.`);
      } else if (close !== -1 && text.charAt(close) === '}') {
        end = close + 1;
        const name = text.slice(i + 1, close).trim();
        if (name) parts.push({ kind: 'field', name, ...spanAt(i, end) });
        else broken(i, end, 'empty-field', '{} has no merge field in it. Pick one from the list, or remove the braces.');
      } else {
        broken(i, end, 'unclosed-brace', 'A { is not closed. Close the merge field with }, or remove the {.');
      }
    } else if (ch === '[') {
      const close = nextOf(text, '[]', i + 1);
      if (close !== -1 && text.charAt(close) === ']') {
        end = close + 1;
        const value = text.slice(i + 1, close);
        if (/[{}]/.test(value)) {
          broken(i, end, 'field-in-aside', 'A note in [square brackets] cannot hold a merge field. Put the field outside the brackets.');
        } else {
          parts.push({ kind: 'aside', value, ...spanAt(i, end) });
        }
      } else {
        broken(i, end, 'unclosed-bracket', 'A [ is not closed. A note for the caller ends with ], or remove the [.');
      }
    } else if (ch === '}') {
      broken(i, end, 'stray-closing-brace', 'A } has no { before it. Remove it, or open the merge field with {.');
    } else {
      broken(i, end, 'stray-closing-bracket', 'A ] has no [ before it. Remove it, or open the note with [.');
    }
    i = end;
    textStart = end;
  }
  flushText(text.length);
  return { text, parts, problems };
}
