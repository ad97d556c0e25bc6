// What an edited script must look like to be stored, and what a stored script version row holds.
// The same schema checks a row on save and on restore, so a damaged backup cannot put a script
// in the library that a call would then fail to show.
import { z } from 'zod';
import { callResultSchema } from '../../calls/schema';
import { instantSchema } from '../../common/primitives';
import { customerKindSchema } from '../../customers/schema';
import type { LineCondition, ScriptTemplate } from '../model';
import { scriptTones } from '../tones';

export const lineConditions = [
  'contact-known',
  'contact-unknown',
  'authoriser-is-contact',
  'authoriser-elsewhere',
  'authoriser-unknown',
  'past-due',
  'nothing-past-due',
  'oldest-sent-known',
  'oldest-sent-unknown',
  'billing-address-known',
  'billing-address-unknown',
  'billing-email-known',
  'billing-email-unknown',
  'how-to-pay-known',
  'last-promise',
  'last-promise-missed',
  'last-promise-kept',
  'last-promise-pending',
  'no-last-promise',
  'open-not-yet-due',
  'nothing-open',
] as const satisfies readonly LineCondition[];

const lineConditionSchema = z.enum(lineConditions);

const text = (max: number, label: string) => z.string().trim().min(1, `${label} cannot be empty.`).max(max, `${label} is too long.`);
/** Ids are kept from the script a copy was made from (a call records the ids it covered). */
const partId = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9-]+$/, 'An id is lowercase letters, digits and dashes.');

const templateLineSchema = z.object({
  text: text(2000, 'A line'),
  only: customerKindSchema.optional(),
  when: z.union([lineConditionSchema, z.array(lineConditionSchema).min(1)]).optional(),
});

const checklistItemSchema = z.object({ id: partId, label: text(300, 'A checklist item'), only: customerKindSchema.optional() });

const stepSchema = z.object({
  id: partId,
  title: text(120, 'A step title'),
  lines: z.array(templateLineSchema).max(60),
  guidance: z.array(templateLineSchema).max(30),
  checklist: z.array(checklistItemSchema).max(30).optional(),
});

const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

const branchSchema = z.object({
  id: partId,
  title: text(120, 'A problem path title'),
  whenToUse: text(300, 'When to use the problem path'),
  steps: z.array(stepSchema).min(1, 'A problem path needs at least one step.').max(20).refine(uniqueIds, 'Two steps share an id.'),
  suggestedOutcome: callResultSchema,
  outcomeHint: z.string().trim().max(500),
});

export const scriptTemplateSchema = z.object({
  id: partId,
  version: z.number().int().positive(),
  title: text(80, 'The script name'),
  tone: z.enum(scriptTones),
  description: z.string().trim().max(300, 'The description is too long.'),
  forKind: customerKindSchema.optional(),
  steps: z.array(stepSchema).min(1, 'A script needs at least one step.').max(40).refine(uniqueIds, 'Two steps share an id.'),
  branches: z.array(branchSchema).max(20).refine(uniqueIds, 'Two problem paths share an id.'),
}) satisfies z.ZodType<ScriptTemplate>;

/**
 * One version of a script as stored: every version of an edited script, and each version of a
 * built-in script a call has used (so a later app with new built-in wording still shows an old
 * call the words that were on screen). Key: `${scriptId}@${version}`.
 */
export const storedScriptSchema = z
  .object({
    id: z.string().min(3),
    scriptId: partId,
    version: z.number().int().positive(),
    origin: z.enum(['built-in', 'custom']),
    template: scriptTemplateSchema,
    /** The script and version this one was copied from (a custom script's first version). */
    basedOn: z.object({ scriptId: partId, version: z.number().int().positive() }).nullable(),
    /**
     * A built-in script's id: the proposal offers this script wherever it would offer that one
     * (the office's own wording of "Second call", say). Null: offered only from the list.
     */
    proposedInstead: partId.nullable(),
    /** Taken out of the picker; calls that used it still show it. */
    archived: z.boolean(),
    savedAt: instantSchema,
  })
  .refine((row) => row.id === scriptVersionKey(row.scriptId, row.version), {
    message: 'The row key does not match its script and version.',
  })
  .refine((row) => row.template.id === row.scriptId && row.template.version === row.version, {
    message: 'The script inside does not match its row.',
  });

export type StoredScript = z.infer<typeof storedScriptSchema>;

export function scriptVersionKey(scriptId: string, version: number): string {
  return `${scriptId}@${version}`;
}
