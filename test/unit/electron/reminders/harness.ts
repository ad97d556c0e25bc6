// A reminder service on fakes: a clock the test drives, a recording notifier and an in-memory
// data folder that can outlive the service (a "restart" is a new service on the same files).
import { createReminderService, type ReminderService } from '../../../../electron/services/reminders/reminder-service';
import { createReminderStore } from '../../../../electron/services/reminders/reminder-store';
import type { JsonFileStore } from '../../../../electron/services/json-file-store';
import type { ReminderEntry } from '../../../../shared/reminders/schema';
import { createFakeClock, type FakeClock } from '../../../host/fake-clock';
import { createRecordingNotifier, type RecordingNotifier } from '../../../host/recording-notifier';
import { memoryFiles, type MemoryFiles } from '../fake-main-ports';

export interface Harness {
  service: ReminderService;
  clock: FakeClock;
  notifier: RecordingNotifier;
  files: MemoryFiles;
  activations: (string | null)[];
  warnings: string[];
}

export function harness(options: { start: string; files?: MemoryFiles; store?: JsonFileStore; timeZone?: string }): Harness {
  const files = options.files ?? memoryFiles();
  const notifier = createRecordingNotifier();
  const activations: (string | null)[] = [];
  const warnings: string[] = [];
  const clock = createFakeClock({ start: options.start, settle: () => service.idle() });
  const service: ReminderService = createReminderService({
    clock,
    notifier,
    store: createReminderStore(options.store ?? files),
    activate: (customerId) => void activations.push(customerId),
    timeZone: () => options.timeZone ?? 'America/Chicago',
    warn: (message) => void warnings.push(message),
  });
  return { service, clock, notifier, files, activations, warnings };
}

export const harbor = { customerId: 'c-harbor', customerName: 'Harbor Point Dental Group' };
export const birch = { customerId: 'c-birch', customerName: 'Birch & Lane Interiors' };
export const cedar = { customerId: 'c-cedar', customerName: 'Cedar Ridge Veterinary' };
export const delta = { customerId: 'c-delta', customerName: 'Delta Freight Services' };
export const elm = { customerId: 'c-elm', customerName: 'Elm Street Bakery' };

type Customer = { customerId: string; customerName: string };

/** A promise reminder at a wall-clock time in a named zone (office time by default). */
export function promiseDue(
  id: string,
  customer: Customer,
  date: string,
  { time = '09:00', timeZone = 'America/Chicago', detail = '$1,200.00 by bank transfer' } = {},
): ReminderEntry {
  return {
    id,
    kind: 'promise-due',
    ...customer,
    fireAt: { kind: 'local', date, time, timeZone },
    detail,
    amountMinor: 120_000,
    currency: 'USD',
    method: 'bank-transfer',
  };
}

/** A callback at an exact instant. */
export function callbackAt(id: string, customer: Customer, at: string, detail = 'Call back: asked for the invoice copy'): ReminderEntry {
  return {
    id,
    kind: 'callback',
    ...customer,
    fireAt: { kind: 'instant', at },
    detail,
    amountMinor: null,
    currency: null,
    method: null,
  };
}

/** Milliseconds from the clock's now until `iso`. */
export function until(clock: FakeClock, iso: string): number {
  return Date.parse(iso) - clock.now().getTime();
}
