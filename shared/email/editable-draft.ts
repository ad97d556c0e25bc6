// A template written out for a text the user can still change before it goes (the promise
// confirmation's dialog): every value the account has is filled in, and a field it lacks stays
// as its {field}, in place, for the user to see and replace, as an unknown field or a stray brace
// does. Unlike renderEmail nothing is refused here: the dialog says what is still to fill in.
import { deriveFacts, type AccountFacts } from '../scripts/account-facts';
import type { ScriptContext } from '../scripts/model';
import type { EmailWording } from '../settings/email-templates-setting';
import { mergeFieldByName, parseTemplate, resolveField, type MissingValue } from '../templates';

export interface EditableDraft extends EmailWording {
  /** The values the account lacks, once each: their fields are left in the text. */
  missing: MissingValue[];
}

function fillKnown(template: string, facts: AccountFacts, missing: Map<string, MissingValue>): string {
  const parsed = parseTemplate(template);
  return parsed.parts
    .map((part) => {
      const asTyped = parsed.text.slice(part.start, part.end);
      if (part.kind !== 'field') return asTyped;
      const field = mergeFieldByName(part.name);
      if (!field) return asTyped;
      const { value, missing: lacking } = resolveField(field, facts);
      if (lacking) {
        missing.set(field.name, lacking);
        return asTyped;
      }
      return value.map((segment) => segment.value).join('');
    })
    .join('');
}

export function draftForEditing(wording: EmailWording, context: ScriptContext): EditableDraft {
  const facts = deriveFacts(context);
  const missing = new Map<string, MissingValue>();
  const subject = fillKnown(wording.subject, facts, missing)
    .replace(/\s*[\r\n]+\s*/g, '; ')
    .trim();
  const body = fillKnown(wording.body, facts, missing).replace(/\r\n?/g, '\n');
  return { subject, body, missing: [...missing.values()] };
}

/** Every {…} still in a text, as typed between the braces: what the user should look at before sending. */
export function bracedLeftovers(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}\n]*)\}/g)].map((m) => (m[1] ?? '').trim()))];
}
