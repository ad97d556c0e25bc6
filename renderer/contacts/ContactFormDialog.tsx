// Add or edit a person at a customer: how to reach them and whether they can release payment.
import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { z } from 'zod';
import { emailSchema } from '../../shared/common/primitives';
import { contactInputSchema, phoneLabelSchema, type Contact, type ContactInput } from '../../shared/contacts/schema';
import { Button } from '../ui/Button';
import { ConfirmButton } from '../ui/ConfirmButton';
import { Dialog } from '../ui/Dialog';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../ui/fields';
import { FormActions } from '../ui/FormActions';
import { FormErrorBanner } from '../ui/FormErrorBanner';
import { errorFields, useDialogForm } from '../ui/use-dialog-form';
import { useDeleteContact, useSaveContact } from './queries';

interface Props {
  customerId: string;
  contact?: Contact;
  onClose(): void;
}

// The form keeps emails as objects (useFieldArray needs them) and lets a row be left blank:
// blank rows are dropped on save rather than reported as errors.
const contactFormSchema = z
  .object({
    name: contactInputSchema.shape.name,
    role: contactInputSchema.shape.role,
    authorisesPayment: z.boolean(),
    phones: z
      .array(
        z.object({
          label: phoneLabelSchema,
          number: z
            .string()
            .trim()
            .max(40, 'Phone number is too long (at most 40 characters).')
            .refine((v) => v === '' || /\d{3}/.test(v), 'A phone number needs at least three digits.'),
        }),
      )
      .max(6),
    emails: z
      .array(
        z.object({
          address: z
            .string()
            .trim()
            .refine((v) => v === '' || emailSchema.safeParse(v).success, 'Enter a valid email address.'),
        }),
      )
      .max(6),
    notes: contactInputSchema.shape.notes,
    doNotCall: z.boolean(),
    ceaseContact: z.boolean(),
  })
  .transform((v): ContactInput => ({
    name: v.name,
    role: v.role,
    authorisesPayment: v.authorisesPayment,
    phones: v.phones.filter((p) => p.number !== '').map((p) => ({ label: p.label, number: p.number })),
    emails: v.emails.map((e) => e.address).filter((a) => a !== ''),
    notes: v.notes,
    doNotCall: v.doNotCall,
    ceaseContact: v.ceaseContact,
  }));
type FormValues = z.input<typeof contactFormSchema>;

const phoneLabelOptions = [
  { value: 'office', label: 'Office' },
  { value: 'direct', label: 'Direct line' },
  { value: 'mobile', label: 'Mobile' },
  { value: 'home', label: 'Home' },
  { value: 'other', label: 'Other' },
] as const;

function initialValues(contact: Contact | undefined): FormValues {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? '',
    authorisesPayment: contact?.authorisesPayment ?? false,
    phones: contact ? contact.phones.map((p) => ({ label: p.label, number: p.number })) : [{ label: 'office', number: '' }],
    emails: contact ? contact.emails.map((address) => ({ address })) : [{ address: '' }],
    notes: contact?.notes ?? '',
    doNotCall: contact?.doNotCall ?? false,
    ceaseContact: contact?.ceaseContact ?? false,
  };
}

// Blank rows are dropped on save, so the row numbers in a data-layer error may not match the
// form's: only the single fields take such an error, the banner says the rest.
const fieldFor = errorFields<FormValues>(['name', 'role', 'authorisesPayment', 'notes', 'doNotCall', 'ceaseContact']);

export function ContactFormDialog({ customerId, contact, onClose }: Props) {
  const saveContact = useSaveContact();
  const deleteContact = useDeleteContact();
  const addPhoneRef = useRef<HTMLButtonElement>(null);
  const addEmailRef = useRef<HTMLButtonElement>(null);
  const { form, formError, saving, formProps, runAction } = useDialogForm({
    schema: contactFormSchema,
    initialValues: () => initialValues(contact),
    save: (input: ContactInput) => saveContact.mutateAsync({ customerId, input, id: contact?.id }),
    onSaved: onClose,
    fieldFor,
  });
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  const phones = useFieldArray({ control, name: 'phones' });
  const emails = useFieldArray({ control, name: 'emails' });

  return (
    <Dialog title={contact ? 'Edit contact' : 'New contact'} onClose={onClose} hasUnsavedInput={isDirty}>
      <form {...formProps}>
        <FormErrorBanner message={formError} />
        <div className="ui-form-grid">
          <TextField label="Name" required autoComplete="off" error={errors.name?.message} {...register('name')} />
          <TextField
            label="Role"
            hint="For example Accounts payable."
            autoComplete="off"
            error={errors.role?.message}
            {...register('role')}
          />
        </div>
        <CheckboxField
          label="Authorises payment"
          hint="This person can release the payment, so they are the one to call."
          error={errors.authorisesPayment?.message}
          {...register('authorisesPayment')}
        />

        <fieldset className="ui-section">
          <legend>Phone numbers</legend>
          <div className="ui-row-group">
            {phones.fields.map((field, index) => (
              <div key={field.id} className="ui-form-grid" role="group" aria-label={`Phone ${index + 1}`}>
                <SelectField label="Phone type" options={phoneLabelOptions} {...register(`phones.${index}.label`)} />
                <TextField
                  label="Phone number"
                  type="tel"
                  autoComplete="off"
                  error={errors.phones?.[index]?.number?.message}
                  {...register(`phones.${index}.number`)}
                />
                <div className="ui-row-group__actions">
                  <Button
                    variant="link"
                    onClick={() => {
                      phones.remove(index);
                      addPhoneRef.current?.focus();
                    }}
                  >
                    Remove phone {index + 1}
                  </Button>
                </div>
              </div>
            ))}
            <div>
              <Button ref={addPhoneRef} disabled={phones.fields.length >= 6} onClick={() => phones.append({ label: 'office', number: '' })}>
                Add phone
              </Button>
            </div>
          </div>
        </fieldset>

        <fieldset className="ui-section">
          <legend>Email addresses</legend>
          <div className="ui-row-group">
            {emails.fields.map((field, index) => (
              <div key={field.id} className="ui-form-grid" role="group" aria-label={`Email ${index + 1}`}>
                <TextField
                  label="Email address"
                  type="email"
                  autoComplete="off"
                  error={errors.emails?.[index]?.address?.message}
                  {...register(`emails.${index}.address`)}
                />
                <div className="ui-row-group__actions">
                  <Button
                    variant="link"
                    onClick={() => {
                      emails.remove(index);
                      addEmailRef.current?.focus();
                    }}
                  >
                    Remove email {index + 1}
                  </Button>
                </div>
              </div>
            ))}
            <div>
              <Button ref={addEmailRef} disabled={emails.fields.length >= 6} onClick={() => emails.append({ address: '' })}>
                Add email
              </Button>
            </div>
          </div>
        </fieldset>

        <TextAreaField label="Notes" error={errors.notes?.message} {...register('notes')} />

        <fieldset className="ui-section">
          <legend>Contact restrictions</legend>
          <CheckboxField
            label="Do not call"
            hint="This person is not phoned without giving a reason first."
            error={errors.doNotCall?.message}
            {...register('doNotCall')}
          />
          <CheckboxField
            label="Cease contact (the customer asked us to stop contacting them)"
            hint="A call to this person then needs a reason, such as them calling us first."
            error={errors.ceaseContact?.message}
            {...register('ceaseContact')}
          />
        </fieldset>

        <FormActions submitLabel="Save contact" pending={saving} onCancel={onClose}>
          {contact && (
            <ConfirmButton
              label="Delete contact"
              question={`Delete ${contact.name} from this customer? This cannot be undone.`}
              confirmLabel="Yes, delete contact"
              cancelLabel="Keep contact"
              busy={deleteContact.isPending}
              onConfirm={() => runAction(() => deleteContact.mutateAsync({ id: contact.id, customerId }), onClose)}
            />
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}
