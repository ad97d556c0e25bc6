// Small English wording helpers for filled scripts: lists, counts and "how late" phrases.
// Figures inside them stay separate segments so the UI can still highlight them.
import type { FilledText, ScriptSegment } from './model';

export const text = (value: string): ScriptSegment => ({ kind: 'text', value });
export const figure = (value: string): ScriptSegment => ({ kind: 'figure', value });
export const prompt = (value: string): ScriptSegment => ({ kind: 'prompt', value });

import { plural } from '../wording/plural';

export { plural };

/** "a", "a and b", "a, b and c" — joining pieces that are themselves segment lists. */
export function joinAsList(items: FilledText[], separator = ', ', lastJoiner = ' and '): FilledText {
  const out: FilledText = [];
  items.forEach((item, index) => {
    if (index > 0) out.push(text(index === items.length - 1 ? lastJoiner : separator));
    out.push(...item);
  });
  return out;
}

/** How an invoice stands against its due date, from the caller's side of the phone. */
export function lateness(daysPastDue: number): string {
  if (daysPastDue > 0) return `${plural(daysPastDue, 'day', 'days')} past due`;
  if (daysPastDue === 0) return 'due today';
  return `due in ${plural(-daysPastDue, 'day', 'days')}`;
}

/** Distinct non-empty values, in first-seen order, compared without case or extra spaces. */
export function distinct(values: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

/** Adjacent text segments merged, empty ones dropped: fewer nodes to render and test. */
export function compact(segments: FilledText): FilledText {
  const out: FilledText = [];
  for (const segment of segments) {
    if (segment.value === '') continue;
    const last = out[out.length - 1];
    if (last && last.kind === segment.kind && segment.kind === 'text') {
      out[out.length - 1] = text(last.value + segment.value);
    } else {
      out.push(segment);
    }
  }
  return out;
}
