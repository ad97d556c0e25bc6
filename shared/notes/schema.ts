import { z } from 'zod';
import { idSchema, instantSchema, requiredText } from '../common/primitives';
import { contactRuleNameSchema } from '../contact-rules/override';

/**
 * A note on the account timeline. A closed call is never edited: a correction is a note of kind
 * 'call-correction' that names the call it corrects (evidence for a collection agency). A
 * 'promise-confirmation' records the confirmation email sent for a promise (seed 000). A
 * 'contact-rule-override' records a call made despite the contact rules: the text is the reason.
 * An 'email' records an e-mail written from a template and handed to the mail app
 * (shared/email/email-note.ts); one about a promise names it in promiseId. A 'letter' records a letter
 * saved as a PDF, with its text as printed (shared/letters/letter-note.ts); a promise confirmation
 * names its promise the same way.
 */
export const noteKindSchema = z.enum(['note', 'call-correction', 'promise-confirmation', 'contact-rule-override', 'email', 'letter']);

export const noteInputSchema = z.object({
  text: requiredText(20_000, 'Note'),
});

export const noteSchema = z.object({
  id: idSchema,
  customerId: idSchema,
  kind: noteKindSchema,
  text: requiredText(20_000, 'Note'),
  /** For a correction: the closed call it amends. */
  correctsCallId: z.string().nullable(),
  /**
   * For a confirmation (or an e-mail about a promise): the promise it is about. Optional (read absent as null) so the notes
   * stored before confirmations existed, and data sets that do not name it, parse unchanged.
   */
  promiseId: z.string().nullable().optional(),
  /** For a contact-rule override: the rules the call broke (shared/contact-rules). */
  rulesBroken: z.array(contactRuleNameSchema).optional(),
  createdAt: instantSchema,
});
export type Note = z.infer<typeof noteSchema>;

/** What the note editor keeps while a call is open: saved as the user types. */
export const noteDraftSchema = z.object({
  callId: idSchema,
  customerId: idSchema,
  text: z.string().max(20_000),
  updatedAt: instantSchema,
});
export type NoteDraft = z.infer<typeof noteDraftSchema>;
