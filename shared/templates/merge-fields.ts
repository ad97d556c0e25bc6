// The merge fields as the picker and the engine use them: grouped for the picker, and found by
// their dotted name or by a call-script placeholder's old name ({pastDue} ≡ {account.pastDue}).
import { mergeFieldCatalog, type MergeFieldDefinition } from './merge-field-catalog';

export type MergeFieldGroupId = 'company' | 'people' | 'account' | 'invoices' | 'promise' | 'nextStep' | 'other';

export interface MergeField extends MergeFieldDefinition {
  group: MergeFieldGroupId;
}

export interface MergeFieldGroup {
  id: MergeFieldGroupId;
  /** The heading in the picker. */
  label: string;
  fields: readonly MergeField[];
}

/** The group a field is listed under, from the first part of its name. */
const groupOfPrefix: Record<string, MergeFieldGroupId> = {
  company: 'company',
  caller: 'company',
  customer: 'people',
  contact: 'people',
  authoriser: 'people',
  account: 'account',
  invoices: 'invoices',
  promise: 'promise',
  nextStep: 'nextStep',
};

export const mergeFields: readonly MergeField[] = mergeFieldCatalog.map((field) => ({
  ...field,
  group: groupOfPrefix[field.name.split('.')[0] ?? ''] ?? 'other',
}));

const groupLabels: Record<MergeFieldGroupId, string> = {
  company: 'Your company',
  people: 'Customer and contacts',
  account: 'Account',
  invoices: 'Invoices',
  promise: 'Latest promise',
  nextStep: 'Next step (final notices)',
  other: 'Other',
};

/** The picker's list: groups in this order, fields in the catalog's order; no group is empty. */
export const mergeFieldGroups: readonly MergeFieldGroup[] = (Object.keys(groupLabels) as MergeFieldGroupId[])
  .map((id) => ({ id, label: groupLabels[id], fields: mergeFields.filter((field) => field.group === id) }))
  .filter((group) => group.fields.length > 0);

const byName = new Map<string, MergeField>(
  mergeFields.flatMap((field) => [field.name, ...field.aliases].map((name) => [name, field] as const)),
);

/** The field a name stands for, by its dotted name or an alias; undefined for anything else. */
export function mergeFieldByName(name: string): MergeField | undefined {
  return byName.get(name.trim());
}

/** Every name a template may use: the dotted names, then the aliases. */
export const acceptedFieldNames: readonly string[] = [...mergeFields.map((f) => f.name), ...mergeFields.flatMap((f) => f.aliases)];

/** The text the picker inserts for a field, e.g. "{account.pastDue}". */
export function mergeFieldToken(field: Pick<MergeField, 'name'>): string {
  return `{${field.name}}`;
}
