import { z } from 'zod';
import { emailSchema, idSchema, instantSchema, requiredText, trimmed } from '../common/primitives';

export const phoneLabelSchema = z.enum(['office', 'direct', 'mobile', 'home', 'other']);

export const contactPhoneSchema = z.object({
  label: phoneLabelSchema,
  number: requiredText(40, 'Phone number').regex(/\d{3}/, 'A phone number needs at least three digits.'),
  /** E.164 form when the number could be parsed; filled in by the data layer. */
  e164: z.string().nullable().default(null),
});
export type ContactPhone = z.infer<typeof contactPhoneSchema>;

export const contactInputSchema = z.object({
  name: requiredText(120, 'Name'),
  role: trimmed(80, 'Role').default(''),
  /** The person who can actually release the payment (seed 002: wrong-person path). */
  authorisesPayment: z.boolean().default(false),
  phones: z.array(contactPhoneSchema).max(6),
  emails: z.array(emailSchema).max(6),
  notes: trimmed(1000, 'Notes').default(''),
  /** Never phone this person (shared/contact-rules); absent on rows from before the flag, meaning no. */
  doNotCall: z.boolean().optional(),
  /** This person asked us to stop contacting them; absent meaning no. */
  ceaseContact: z.boolean().optional(),
});
export type ContactInput = z.input<typeof contactInputSchema>;

export const contactSchema = contactInputSchema.extend({
  id: idSchema,
  customerId: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Contact = z.infer<typeof contactSchema>;
