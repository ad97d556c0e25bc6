// Create or edit a customer: who they are, where they are (time zone decides when to call),
// their usual terms, their addresses and the office's tags on the account.
import { useRef } from 'react';
import { useController, useFieldArray, type FieldErrors, type Path, type UseFormRegister } from 'react-hook-form';
import { z } from 'zod';
import { customerInputSchema, type CustomerInput } from '../../shared/customers/schema';
import { commonTimeZones } from '../../shared/dates/time-zones';
import type { CustomerRow } from '../data/db';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { CheckboxField, RadioGroupField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { useDialogForm } from '../ui/use-dialog-form';
import { useTagsInUse } from './customer-tags';
import { useCreateCustomer, useUpdateCustomer } from './queries';
import { TagsField } from './TagsField';

interface Props {
  customer?: CustomerRow;
  onClose(): void;
  onSaved(customer: CustomerRow): void;
}

/**
 * What the form holds: the customer, and a tag typed but not added yet. A save with such a tag
 * stops and says so, rather than dropping it.
 */
const customerFormSchema = customerInputSchema.extend({
  tagDraft: z.string().refine((typed) => typed.trim() === '', 'Press Enter to add this tag, or clear the box.'),
});
type FormValues = z.input<typeof customerFormSchema>;

const kindOptions = [
  { value: 'commercial', label: 'Commercial' },
  { value: 'consumer', label: 'Consumer' },
] as const;

const statusOptions = [
  { value: 'active', label: 'Active' },
  { value: 'on-hold', label: 'On hold' },
  { value: 'closed', label: 'Closed' },
] as const;

const addressLabelOptions = [
  { value: 'billing', label: 'Billing' },
  { value: 'shipping', label: 'Shipping' },
  { value: 'home', label: 'Home' },
  { value: 'other', label: 'Other' },
] as const;

const upperTrim = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

function timeZoneOptions(...extra: (string | undefined)[]) {
  const zones = new Set<string>(commonTimeZones);
  for (const zone of extra) if (zone) zones.add(zone);
  return [...zones].map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Chicago';
}

function initialValues(customer: CustomerRow | undefined, officeTimeZone: string): FormValues {
  if (customer) {
    return {
      kind: customer.kind,
      legalName: customer.legalName,
      tradingName: customer.tradingName,
      accountNumber: customer.accountNumber,
      timeZone: customer.timeZone,
      status: customer.status,
      defaultTerms: customer.defaultTerms,
      addresses: customer.addresses.map((a) => ({ ...a })),
      notes: customer.notes,
      doNotCall: customer.doNotCall ?? false,
      ceaseContact: customer.ceaseContact ?? false,
      tags: [...(customer.tags ?? [])],
      tagDraft: '',
    };
  }
  return {
    kind: 'commercial',
    legalName: '',
    tradingName: '',
    accountNumber: '',
    timeZone: officeTimeZone,
    status: 'active',
    defaultTerms: 'Net 30',
    addresses: [],
    notes: '',
    doNotCall: false,
    ceaseContact: false,
    tags: [],
    tagDraft: '',
  };
}

export function CustomerFormDialog({ customer, onClose, onSaved }: Props) {
  const settings = useSettings().data;
  const createCustomer = useCreateCustomer();
  const updateCustomer = useUpdateCustomer();
  const addAddressRef = useRef<HTMLButtonElement>(null);
  const { form, initial, formError, saving, formProps } = useDialogForm({
    schema: customerFormSchema,
    initialValues: () => initialValues(customer, settings?.officeTimeZone ?? machineTimeZone()),
    save: ({ tagDraft: _typedAndAdded, ...values }) => {
      const input: CustomerInput = values;
      return customer ? updateCustomer.mutateAsync({ id: customer.id, input }) : createCustomer.mutateAsync({ input });
    },
    onSaved,
    // Every issue of the saved input names a field of the form (addresses.0.city, tags.1).
    fieldFor: (path) => path as Path<FormValues>,
  });
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  const addresses = useFieldArray({ control, name: 'addresses' });
  const tags = useController({ control, name: 'tags' });
  const tagDraft = useController({ control, name: 'tagDraft' });
  const tagsInUse = useTagsInUse(settings?.locale).data ?? [];

  const addAddress = () =>
    addresses.append(
      { label: 'billing', line1: '', line2: '', city: '', region: '', postalCode: '', country: settings?.defaultCountry ?? 'US' },
      { shouldFocus: true },
    );

  return (
    <Dialog title={customer ? 'Edit customer' : 'New customer'} onClose={onClose} hasUnsavedInput={isDirty} wide>
      <form {...formProps}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          <TextField label="Legal name" required autoComplete="off" error={errors.legalName?.message} {...register('legalName')} />
          <TextField
            label="Trading name"
            hint="The name they answer the phone with, if different."
            autoComplete="off"
            error={errors.tradingName?.message}
            {...register('tradingName')}
          />
        </div>
        <RadioGroupField label="Customer type" options={kindOptions} error={errors.kind?.message} {...register('kind')} />
        <div className="ui-form-grid">
          <TextField label="Account number" autoComplete="off" error={errors.accountNumber?.message} {...register('accountNumber')} />
          <SelectField
            label="Time zone"
            hint="Their local time decides when it is reasonable to call."
            options={timeZoneOptions(initial.timeZone)}
            error={errors.timeZone?.message}
            {...register('timeZone')}
          />
          <SelectField label="Status" options={statusOptions} error={errors.status?.message} {...register('status')} />
          <TextField
            label="Default terms"
            hint="For example Net 30. New invoices start with these terms."
            autoComplete="off"
            error={errors.defaultTerms?.message}
            {...register('defaultTerms')}
          />
        </div>

        <fieldset className="ui-section">
          <legend>Addresses</legend>
          <div className="ui-row-group">
            {addresses.fields.length === 0 && <p className="muted">No addresses yet.</p>}
            {addresses.fields.map((field, index) => (
              <AddressFields
                key={field.id}
                index={index}
                register={register}
                errors={errors}
                onRemove={() => {
                  addresses.remove(index);
                  addAddressRef.current?.focus(); // the removed row took the focused button with it
                }}
              />
            ))}
            <div>
              <Button ref={addAddressRef} onClick={addAddress} disabled={addresses.fields.length >= 10}>
                Add address
              </Button>
            </div>
          </div>
        </fieldset>

        <TextAreaField label="Notes" error={errors.notes?.message} {...register('notes')} />

        <TagsField
          tags={tags.field.value ?? []}
          onTagsChange={tags.field.onChange}
          draft={tagDraft.field.value}
          onDraftChange={tagDraft.field.onChange}
          suggestions={tagsInUse}
          error={errors.tagDraft?.message ?? tagsError(errors)}
        />

        <fieldset className="ui-section">
          <legend>Contact restrictions</legend>
          <CheckboxField
            label="Do not call"
            hint="Nobody on this account is phoned without giving a reason first."
            error={errors.doNotCall?.message}
            {...register('doNotCall')}
          />
          <CheckboxField
            label="Cease contact (the customer asked us to stop contacting them)"
            hint="A call then needs a reason, such as the customer calling us first."
            error={errors.ceaseContact?.message}
            {...register('ceaseContact')}
          />
        </fieldset>

        <FormActions submitLabel="Save customer" pending={saving} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

/** The list's own message (too many), else the first tag's (only a tag stored by other means can have one). */
function tagsError(errors: FieldErrors<FormValues>): string | undefined {
  const list = errors.tags;
  if (!list) return undefined;
  if (list.message) return list.message;
  return Array.isArray(list) ? list.find((tag) => tag?.message)?.message : undefined;
}

interface AddressFieldsProps {
  index: number;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
  onRemove(): void;
}

function AddressFields({ index, register, errors, onRemove }: AddressFieldsProps) {
  const e = errors.addresses?.[index];
  const name = <K extends string>(key: K) => `addresses.${index}.${key}` as const;
  return (
    <fieldset className="ui-section">
      <legend>Address {index + 1}</legend>
      <div className="ui-form-grid">
        <SelectField label="Address type" options={addressLabelOptions} error={e?.label?.message} {...register(name('label'))} />
        <TextField label="Address line 1" required error={e?.line1?.message} {...register(name('line1'))} />
        <TextField label="Address line 2" error={e?.line2?.message} {...register(name('line2'))} />
        <TextField label="City" required error={e?.city?.message} {...register(name('city'))} />
        <TextField label="State or region" error={e?.region?.message} {...register(name('region'))} />
        <TextField label="Postal code" error={e?.postalCode?.message} {...register(name('postalCode'))} />
        <TextField
          label="Country"
          required
          hint="Two letters, such as US."
          maxLength={2}
          error={e?.country?.message}
          {...register(name('country'), { setValueAs: upperTrim })}
        />
      </div>
      <div className="ui-row-group__actions">
        <Button variant="link" onClick={onRemove}>
          Remove address {index + 1}
        </Button>
      </div>
    </fieldset>
  );
}
