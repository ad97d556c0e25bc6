// Account names in the collator's order, kept between builds of the queue. Comparing names with
// Intl.Collator costs about half a microsecond each, and sorting the left-out accounts by name
// compared thousands of names on every build (Today re-ranks every minute and after every call),
// though the names hardly ever change. Each name's place is worked out once; later sorts compare
// numbers. Names that compare equal share a place, so ties still fall to the caller.

const collator = new Intl.Collator();

/** The locale names are ordered in: an order kept from another locale is worked out again. */
export const nameCollation = collator.resolvedOptions().locale;

/** Beyond this many names the order is started afresh, so memory stays bounded. */
const nameLimit = 50_000;

let sorted: string[] = [];
let rankOf = new Map<string, number>();

function insertionPoint(name: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (collator.compare(sorted[mid]!, name) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function learn(names: Iterable<string>): void {
  // Usually every name is known already: nothing is gathered then.
  const freshSet = new Set<string>();
  for (const name of names) if (!rankOf.has(name)) freshSet.add(name);
  if (freshSet.size === 0) return;
  let fresh = [...freshSet];
  if (sorted.length + fresh.length > nameLimit) {
    sorted = [];
    fresh = [...new Set(names)];
  }
  // Many new names (the first build): one sort; a few (a new customer): each put in its place.
  if (fresh.length > sorted.length / 8) sorted = [...sorted, ...fresh].sort(collator.compare);
  else for (const name of fresh) sorted.splice(insertionPoint(name), 0, name);
  rankOf = new Map();
  let rank = 0;
  sorted.forEach((name, i) => {
    if (i > 0 && collator.compare(sorted[i - 1]!, name) !== 0) rank = i;
    rankOf.set(name, rank);
  });
}

/** Each name's place in the collator's order (equal names share one), for sorting many items by name. */
export function nameRanks(names: readonly string[]): Float64Array {
  learn(names);
  return Float64Array.from(names, (name) => rankOf.get(name) ?? 0);
}
