// Thirty invented business accounts across North America and the UK. Any resemblance to a real
// company is accidental; numbers are fictional (555-01xx, Ofcom drama ranges). The accounts live
// in three files by what they are for; this one puts them back in the order they are built in.
import type { DemoAccountSpec } from './demo-account-spec';
import { routineAbroadCommercialAccounts } from './demo-accounts-commercial-routine-abroad';
import { routineUsCommercialAccounts } from './demo-accounts-commercial-routine-us';
import { scriptedCommercialAccounts } from './demo-accounts-commercial-scripted';

/**
 * Build order. Each account draws its ids, phone numbers and amounts from one seeded sequence in
 * turn, so moving a key here changes the whole demo book, not just where the account appears.
 */
const buildOrder = [
  'harbor-point',
  'brightwater',
  'copperline',
  'oakridge',
  'salt-cellar',
  'maple-finch',
  'northgate-vet',
  'tidewater',
  'redstone',
  'lakeshore-physio',
  'summit-ortho',
  'granite-state',
  'blue-heron',
  'westbrook',
  'cedar-hollow',
  'pinecrest',
  'fernwood',
  'ironbridge',
  'thistle-rye',
  'kingsway-dental',
  'prairie-sky',
  'halcyon',
  'riverbend',
  'golden-mesa',
  'bayview',
  'stonemill',
  'quarry-lane',
  'evergreen',
  'harlow-pike',
  'keystone',
];

function inBuildOrder(accounts: DemoAccountSpec[]): DemoAccountSpec[] {
  const byKey = new Map(accounts.map((spec) => [spec.key, spec]));
  if (byKey.size !== accounts.length || byKey.size !== buildOrder.length) {
    throw new Error('Each commercial demo account needs a unique key and one place in buildOrder');
  }
  return buildOrder.map((key) => {
    const spec = byKey.get(key);
    if (!spec) throw new Error(`No commercial demo account has the key ${key}`);
    return spec;
  });
}

export const commercialAccounts: DemoAccountSpec[] = inBuildOrder([
  ...scriptedCommercialAccounts,
  ...routineUsCommercialAccounts,
  ...routineAbroadCommercialAccounts,
]);
