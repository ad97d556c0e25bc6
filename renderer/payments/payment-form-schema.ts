// The payment form's values (amounts as typed text, one allocation row per offered invoice) and
// their check: each row within its invoice's balance, the rows adding up to the payment.
import { z } from 'zod';
import { trimmed } from '../../shared/common/primitives';
import { isCalendarDate } from '../../shared/dates/calendar';
import type { Invoice } from '../../shared/invoices/schema';
import { formatMoney, parseMoneyInput } from '../../shared/money/money';
import { paymentMethodSchema } from '../../shared/payments/schema';
import { checkAmountText } from '../ui/money-text';
import type { PaymentInput } from './payment-repository';

/** An empty row applies nothing; anything else must be an amount. */
export const rowMinor = (text: string, currency: string) => (text.trim() === '' ? 0 : parseMoneyInput(text, currency));

export function paymentFormSchema(invoices: readonly Invoice[], currency: string) {
  const money = (minor: number) => formatMoney(minor, currency);
  return z
    .object({
      receivedOn: z.string().refine((v) => isCalendarDate(v), 'Enter the date the payment arrived.'),
      amount: z.string(),
      method: paymentMethodSchema,
      reference: trimmed(80, 'Reference'),
      allocations: z.array(z.object({ amount: z.string() })),
    })
    .superRefine((v, ctx) => {
      const amount = checkAmountText(v.amount, currency);
      if (!amount.ok) ctx.addIssue({ code: 'custom', path: ['amount'], message: amount.message });
      let applied = 0;
      let rowsValid = true;
      v.allocations.forEach((row, i) => {
        const invoice = invoices[i];
        if (!invoice || row.amount.trim() === '') return;
        const check = checkAmountText(row.amount, currency, { allowZero: true });
        const path = ['allocations', i, 'amount'];
        if (!check.ok) {
          ctx.addIssue({ code: 'custom', path, message: check.message });
          rowsValid = false;
        } else if (check.minor > invoice.balanceMinor) {
          ctx.addIssue({ code: 'custom', path, message: `Invoice ${invoice.number} has only ${money(invoice.balanceMinor)} left to pay.` });
          rowsValid = false;
        } else applied += check.minor;
      });
      if (!amount.ok || !rowsValid || applied === amount.minor) return;
      const message =
        applied === 0
          ? 'Apply the payment to at least one invoice.'
          : applied < amount.minor
            ? `${money(amount.minor - applied)} of the payment is not applied to any invoice. The amounts applied must add up to the payment.`
            : `The amounts applied are ${money(applied - amount.minor)} more than the payment. They must add up to the payment.`;
      ctx.addIssue({ code: 'custom', path: ['allocations'], message });
    })
    .transform((v): PaymentInput => ({
      receivedOn: v.receivedOn,
      amountMinor: parseMoneyInput(v.amount, currency) ?? 0,
      currency,
      method: v.method,
      reference: v.reference,
      allocations: v.allocations
        .map((row, i) => ({ invoiceId: invoices[i]?.id ?? '', amountMinor: rowMinor(row.amount, currency) ?? 0 }))
        .filter((a) => a.invoiceId !== '' && a.amountMinor > 0),
    }));
}
export type PaymentFormValues = z.input<ReturnType<typeof paymentFormSchema>>;
