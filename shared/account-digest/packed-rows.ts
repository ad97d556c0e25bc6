// The promises and payments a digest entry keeps, packed field by field into the shard's strings
// and numbers instead of as JSON text. Written as JSON they were two thirds of the digest's
// characters (every key and every id spelled out in each row), and a cold read of Today or the
// dashboard pays for each character it reads back. Every field of each row is kept, so a row
// unpacks to what was stored (test/unit/account-digest/packed-rows.test.ts checks each field of
// the schemas).
import type { Payment, PaymentMethod } from '../payments/schema';
import type { PaymentPromise, PromiseMethod, PromiseStatus } from '../promises/schema';
import type { PackReader, PackWriter } from './pack-codec';

export function writePromise(out: PackWriter, promise: PaymentPromise): void {
  out.text(promise.id);
  out.text(promise.customerId);
  out.text(promise.callId);
  out.text(promise.contactId);
  out.amount(promise.amountMinor);
  out.text(promise.currency);
  out.text(promise.promisedDate);
  out.text(promise.method);
  out.list(promise.invoiceIds, (id) => out.text(id));
  out.list(promise.instalments, (step) => {
    out.text(step.dueDate);
    out.amount(step.amountMinor);
  });
  out.text(promise.status);
  out.text(promise.createdAt);
}

export function readPromise(from: PackReader): PaymentPromise {
  return {
    id: from.text(),
    customerId: from.text(),
    callId: from.maybeText(),
    contactId: from.maybeText(),
    amountMinor: from.amount(),
    currency: from.text(),
    promisedDate: from.text(),
    method: from.text() as PromiseMethod,
    invoiceIds: from.list(() => from.text()),
    instalments: from.list(() => ({ dueDate: from.text(), amountMinor: from.amount() })),
    status: from.text() as PromiseStatus,
    createdAt: from.text(),
  };
}

export function writePayment(out: PackWriter, payment: Payment): void {
  out.text(payment.id);
  out.text(payment.customerId);
  out.text(payment.receivedOn);
  out.amount(payment.amountMinor);
  out.text(payment.currency);
  out.text(payment.method);
  out.text(payment.reference);
  out.list(payment.allocations, (allocation) => {
    out.text(allocation.invoiceId);
    out.amount(allocation.amountMinor);
  });
  out.text(payment.createdAt);
  out.text(payment.seenInBooks?.importId ?? null);
}

export function readPayment(from: PackReader): Payment {
  const payment: Payment = {
    id: from.text(),
    customerId: from.text(),
    receivedOn: from.text(),
    amountMinor: from.amount(),
    currency: from.text(),
    method: from.text() as PaymentMethod,
    reference: from.text(),
    allocations: from.list(() => ({ invoiceId: from.text(), amountMinor: from.amount() })),
    createdAt: from.text(),
  };
  const importId = from.maybeText();
  if (importId !== null) payment.seenInBooks = { importId };
  return payment;
}
