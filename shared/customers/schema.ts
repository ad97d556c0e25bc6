import { z } from 'zod';
import { accountCreditSchema, customerBooksSchema } from '../import/books-identity-schema';
import { currentPlacementSchema } from '../placements/schema';
import { countryCodeSchema, idSchema, instantSchema, requiredText, timeZoneSchema, trimmed } from '../common/primitives';
import { maxTagLength, maxTagsPerAccount, uniqueTags } from './tags';

export const customerKindSchema = z.enum(['commercial', 'consumer']);
export type CustomerKind = z.infer<typeof customerKindSchema>;

export const customerStatusSchema = z.enum(['active', 'on-hold', 'closed']);
export type CustomerStatus = z.infer<typeof customerStatusSchema>;

export const addressSchema = z.object({
  label: z.enum(['billing', 'shipping', 'home', 'other']),
  line1: requiredText(120, 'Address line 1'),
  line2: trimmed(120, 'Address line 2').default(''),
  city: requiredText(80, 'City'),
  region: trimmed(80, 'State or region').default(''),
  postalCode: trimmed(20, 'Postal code').default(''),
  country: countryCodeSchema,
});
export type Address = z.infer<typeof addressSchema>;

/**
 * A label the office gives accounts to split the calling between people or groups ("Anna",
 * "Key accounts"). Compared without regard to case; shown as first typed.
 */
export const customerTagSchema = requiredText(maxTagLength, 'Tag');

/** What a user edits on the customer form. */
export const customerInputSchema = z.object({
  kind: customerKindSchema,
  legalName: requiredText(200, 'Legal name'),
  tradingName: trimmed(200, 'Trading name').default(''),
  accountNumber: trimmed(40, 'Account number').default(''),
  timeZone: timeZoneSchema,
  status: customerStatusSchema.default('active'),
  defaultTerms: trimmed(60, 'Payment terms').default('Net 30'),
  addresses: z.array(addressSchema).max(10),
  notes: trimmed(2000, 'Notes').default(''),
  /** Never phone this account (shared/contact-rules); absent on rows from before the flag, meaning no. */
  doNotCall: z.boolean().optional(),
  /** The customer asked us to stop contacting them; absent meaning no. */
  ceaseContact: z.boolean().optional(),
  /** The office's own labels for the account (Today filters by them); absent meaning none. */
  tags: z
    .array(customerTagSchema)
    // Stored cleaned and once each ("anna" beside "Anna" keeps the first), whoever writes them.
    .transform((tags) => uniqueTags(tags))
    .pipe(z.array(z.string()).max(maxTagsPerAccount, `An account can have at most ${maxTagsPerAccount} tags.`))
    .optional(),
});
export type CustomerInput = z.input<typeof customerInputSchema>;

export const customerSchema = customerInputSchema.extend({
  id: idSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** Demo records are removable in one action from Settings. */
  demo: z.boolean().default(false),
  /**
   * Set while the account is placed with a collection agency (see shared/placements). Absent on
   * rows written before placements existed, which is the same as null.
   */
  placement: currentPlacementSchema.nullable().optional(),
  /** How the books know this customer, once imported (or matched by an import); absent or null otherwise. */
  books: customerBooksSchema.nullable().optional(),
  /** Credits the books show on the account (credit notes, unapplied payments): never invoices, never aged. */
  accountCredits: z.array(accountCreditSchema).optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export function customerDisplayName(c: Pick<Customer, 'legalName' | 'tradingName'>): string {
  return c.tradingName && c.tradingName !== c.legalName ? `${c.tradingName} (${c.legalName})` : c.legalName;
}
