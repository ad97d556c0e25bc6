// The fields of the office's details, shared by the first-run setup and Settings: who we are,
// how customers pay us, and the regional settings (money, dates, phone numbers, time zone).
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { z } from 'zod';
import { commonTimeZones } from '../../shared/dates/time-zones';
import type { officeDetailsSchema } from '../../shared/settings/schema';
import { SelectField, TextAreaField, TextField } from '../ui/fields';

export type OfficeDetailsValues = z.input<typeof officeDetailsSchema>;

interface FieldsProps {
  register: UseFormRegister<OfficeDetailsValues>;
  errors: FieldErrors<OfficeDetailsValues>;
}

const upperTrim = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const trim = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

export function CompanyFields({ register, errors }: FieldsProps) {
  return (
    <>
      <div className="ui-form-grid">
        <TextField
          label="Company name"
          required
          hint="Said when you introduce yourself on a call, and printed on statements."
          error={errors.companyName?.message}
          {...register('companyName')}
        />
        <TextField
          label="Your name"
          required
          hint="The caller's name in scripts and emails."
          error={errors.callerName?.message}
          {...register('callerName')}
        />
        <TextField
          label="Callback number"
          type="tel"
          required
          hint="Your direct number, for customers to call you back."
          error={errors.callbackNumber?.message}
          {...register('callbackNumber')}
        />
      </div>
      <div className="ui-form-grid">
        <TextAreaField
          label="Company address"
          required
          rows={4}
          hint="As printed on letters and statements."
          error={errors.companyAddress?.message}
          {...register('companyAddress')}
        />
        <TextAreaField
          label="Bank or payment details"
          rows={4}
          hint="How customers pay by transfer: bank, account number or IBAN, payee. Printed on statements."
          error={errors.paymentDetails?.message}
          {...register('paymentDetails')}
        />
        <TextAreaField
          label="Remit-to address"
          rows={4}
          hint="Where cheques and posted payments go. Leave it empty if that is the company address."
          error={errors.remitToAddress?.message}
          {...register('remitToAddress')}
        />
      </div>
    </>
  );
}

export function RegionalFields({ register, errors, officeTimeZone }: FieldsProps & { officeTimeZone: string }) {
  const zones = [...new Set<string>([...commonTimeZones, officeTimeZone])].map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
  return (
    <div className="ui-form-grid">
      <TextField
        label="Currency"
        required
        maxLength={3}
        hint="Three letters, such as USD. New invoices start in this currency."
        error={errors.currency?.message}
        {...register('currency', { setValueAs: upperTrim })}
      />
      <TextField
        label="Locale"
        required
        hint="How dates and amounts are written, such as en-US or en-GB."
        error={errors.locale?.message}
        {...register('locale', { setValueAs: trim })}
      />
      <TextField
        label="Default country for phone numbers"
        required
        maxLength={2}
        hint="Two letters, such as US. Numbers typed from now on without a country code are read as this country's; numbers already saved keep theirs."
        error={errors.defaultCountry?.message}
        {...register('defaultCountry', { setValueAs: upperTrim })}
      />
      <SelectField label="Office time zone" options={zones} error={errors.officeTimeZone?.message} {...register('officeTimeZone')} />
    </div>
  );
}

/** The form's values for some settings. */
export function officeDetailsValues(s: OfficeDetailsValues): OfficeDetailsValues {
  return {
    companyName: s.companyName,
    companyAddress: s.companyAddress,
    paymentDetails: s.paymentDetails,
    remitToAddress: s.remitToAddress,
    callerName: s.callerName,
    callbackNumber: s.callbackNumber,
    currency: s.currency,
    locale: s.locale,
    defaultCountry: s.defaultCountry,
    officeTimeZone: s.officeTimeZone,
  };
}
