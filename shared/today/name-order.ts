// Account names in the collator's order, kept between builds of the queue. Comparing names with
// Intl.Collator costs about half a microsecond each, and sorting the left-out accounts by name
// compared thousands of names on every build (Today re-ranks every minute and after every call),
// though the names hardly ever change. Each name's place is worked out once; later sorts compare
// numbers. Names that compare equal share a place, so ties still fall to the caller.

const collator = new Intl.Collator();

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
  const wanted = [...new Set(names)];
  let fresh = wanted.filter((name) => !rankOf.has(name));
  if (fresh.length === 0) return;
  if (sorted.length + fresh.length > nameLimit) {
    sorted = [];
    fresh = wanted;
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

/** The collator's comparison of two names (as Intl.Collator#compare), for sorting many items at once. */
export function nameOrder(names: Iterable<string>): (a: string, b: string) => number {
  learn(names);
  return (a, b) => (rankOf.get(a) ?? 0) - (rankOf.get(b) ?? 0);
}
