// The promises and payments a digest entry keeps are packed field by field; each unpacks to the
// row as stored, and a field added to either schema fails here until the packing keeps it.
import { describe, expect, it } from 'vitest';
import { PackReader, PackWriter } from '../../../shared/account-digest/pack-codec';
import { readPayment, readPromise, writePayment, writePromise } from '../../../shared/account-digest/packed-rows';
import { paymentAllocationSchema, paymentSchema, type Payment } from '../../../shared/payments/schema';
import { instalmentSchema, paymentPromiseSchema, type PaymentPromise } from '../../../shared/promises/schema';
import { fullPayment, fullPromise } from './stored-rows';

function roundTrip<T>(row: T, write: (out: PackWriter, row: T) => void, read: (from: PackReader) => T): T {
  const out = new PackWriter();
  write(out, row);
  const from = new PackReader(structuredClone(out.packed()));
  const back = read(from);
  expect(from.atEnd).toBe(true);
  return back;
}

describe('packed promises and payments', () => {
  it('keep every field of a promise', () => {
    expect(Object.keys(fullPromise).sort()).toEqual(Object.keys(paymentPromiseSchema.shape).sort());
    expect(Object.keys(fullPromise.instalments[0]!).sort()).toEqual(Object.keys(instalmentSchema.shape).sort());
    expect(paymentPromiseSchema.parse(fullPromise)).toEqual(fullPromise);
    expect(roundTrip(fullPromise, writePromise, readPromise)).toEqual(fullPromise);
  });

  it('keep a promise with no call, contact, invoices or plan', () => {
    const bare: PaymentPromise = { ...fullPromise, callId: null, contactId: null, invoiceIds: [], instalments: [], status: 'cancelled' };
    expect(roundTrip(bare, writePromise, readPromise)).toEqual(bare);
  });

  it('keep every field of a payment, the import that saw it in the books included', () => {
    expect(Object.keys(fullPayment).sort()).toEqual(Object.keys(paymentSchema.shape).sort());
    expect(Object.keys(fullPayment.allocations[0]!).sort()).toEqual(Object.keys(paymentAllocationSchema.shape).sort());
    expect(Object.keys(fullPayment.seenInBooks!).sort()).toEqual(Object.keys(paymentSchema.shape.seenInBooks.unwrap().shape).sort());
    expect(paymentSchema.parse(fullPayment)).toEqual(fullPayment);
    expect(roundTrip(fullPayment, writePayment, readPayment)).toEqual(fullPayment);
  });

  it('leave seenInBooks out of a payment typed in, rather than set it to nothing', () => {
    const { seenInBooks: _, ...typedIn } = fullPayment;
    const back: Payment = roundTrip(typedIn, writePayment, readPayment);
    expect(back).toEqual(typedIn);
    expect('seenInBooks' in back).toBe(false);
  });

  it('read a payment stored without a reference (as an old backup restores it) with an empty one', () => {
    // The schema fills a missing reference in when it parses; a restore stores the rows it checked as they were.
    const { reference: _, ...restored } = fullPayment;
    expect(paymentSchema.safeParse(restored).success).toBe(true);
    expect(roundTrip(restored as Payment, writePayment, readPayment)).toEqual({ ...restored, reference: '' });
  });

  it('keep amounts beyond 32 bits exact', () => {
    const big: Payment = {
      ...fullPayment,
      amountMinor: 9_007_199_254_740,
      allocations: [{ invoiceId: 'inv-1', amountMinor: 9_007_199_254_740 }],
    };
    expect(roundTrip(big, writePayment, readPayment)).toEqual(big);
  });
});
