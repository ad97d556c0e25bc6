// React Query mutation for an override written before dialling.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ContactRuleOverride } from '../../shared/contact-rules/override';
import { useDb } from '../data/db-context';
import { invalidateCustomer } from '../data/invalidate';
import { recordContactRuleOverride } from './override-repository';

export function useRecordContactRuleOverride() {
  const db = useDb();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { customerId: string; override: ContactRuleOverride }) =>
      recordContactRuleOverride(db, vars.customerId, vars.override),
    onSuccess: (note) => invalidateCustomer(client, note.customerId),
  });
}
