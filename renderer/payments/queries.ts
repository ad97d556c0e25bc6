// React Query mutation for recording a payment.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { recordPayment, type PaymentInput } from './payment-repository';

export function useRecordPayment() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; input: PaymentInput }) => recordPayment(db, vars.customerId, vars.input),
    onSuccess: (payment) => invalidateCustomer(client, payment.customerId),
  });
}
