// The demo workspace a new user can explore (and remove in one action): about forty accounts
// whose dates are all relative to `today`, so the data looks current whenever it is loaded.
import type { CalendarDate } from '../dates/calendar';
import type { DataSet } from './data-set';
import { consumerAccounts } from './demo-accounts-consumer';
import { commercialAccounts } from './demo-accounts-commercial';
import { DemoBuilder, type DemoAccount } from './demo-builder';
import { addRoutineBilling, addRoutineCall } from './demo-routine';
import { harborPointStory } from './demo-story-anchor';
import { problemStories } from './demo-story-problems';
import { promiseStories } from './demo-story-promises';

export { demoAnchorCustomerName, demoAnchorPhone } from './demo-accounts-commercial-scripted';

export interface DemoDataOptions {
  today: CalendarDate;
  /** The current instant; no past event is stamped later than this. */
  now: Date;
  currency?: string;
}

/** Fixed seed: the same `today` (and `now`) always gives the same records, ids included. */
const demoSeed = 20_240_611;

const stories: Record<string, (b: DemoBuilder, account: DemoAccount) => void> = {
  'harbor-point': harborPointStory,
  ...promiseStories,
  ...problemStories,
};

export function createDemoData({ today, now, currency = 'USD' }: DemoDataOptions): DataSet {
  const b = new DemoBuilder({ today, now, currency }, demoSeed);
  const specs = [...commercialAccounts, ...consumerAccounts];
  for (const spec of specs) {
    for (const contact of spec.contacts) for (const [, number] of contact.phones ?? []) b.phones.reserve(number);
  }
  const accounts = specs.map((spec, index) => b.addAccount(spec, index));
  for (const account of accounts) addRoutineBilling(b, account);
  for (const account of accounts) {
    const story = stories[account.spec.key];
    if (story) story(b, account);
    else addRoutineCall(b, account);
  }
  return b.finish();
}
