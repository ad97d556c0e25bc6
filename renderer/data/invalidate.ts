// What each kind of write makes stale, so the mutation hooks stay consistent with each other.
import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys';

/**
 * After promises or follow-ups may have changed: their lists and the reminder schedule (which
 * re-syncs main when it comes out different).
 */
export async function invalidatePromisesAndFollowUps(client: QueryClient): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.promises() }),
    client.invalidateQueries({ queryKey: queryKeys.followUps() }),
    client.invalidateQueries({ queryKey: queryKeys.reminders() }),
  ]);
}

/**
 * After a write to one customer's records: its file, its row, and every list or search
 * (promises, follow-ups and reminders carry the customer's name, and calls and payments
 * change promises and follow-ups).
 */
export async function invalidateCustomer(client: QueryClient, customerId: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.customerFile(customerId) }),
    client.invalidateQueries({ queryKey: queryKeys.customer(customerId) }),
    client.invalidateQueries({ queryKey: queryKeys.customerLists() }),
    invalidatePromisesAndFollowUps(client),
  ]);
}

/** After a customer is added or removed: also the count. */
export async function invalidateCustomerSet(client: QueryClient, customerId?: string): Promise<void> {
  await Promise.all([
    customerId ? invalidateCustomer(client, customerId) : client.invalidateQueries({ queryKey: queryKeys.customers() }),
    client.invalidateQueries({ queryKey: queryKeys.customerCount() }),
  ]);
}

/** After a call changes: the call, the open-call lookups and the customer's file and lists. */
export async function invalidateCall(client: QueryClient, callId: string, customerId: string): Promise<void> {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.call(callId) }),
    client.invalidateQueries({ queryKey: queryKeys.openCalls() }),
    invalidateCustomer(client, customerId),
  ]);
}

/** After documents are attached to or removed from a customer: that customer's list. */
export async function invalidateCustomerDocuments(client: QueryClient, customerId: string): Promise<void> {
  await client.invalidateQueries({ queryKey: queryKeys.customerDocuments(customerId) });
}
