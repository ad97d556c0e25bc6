// Rows grouped by a key, each group in the rows' own order: the map every "per customer" read
// builds before working on one account at a time.

export function groupBy<T, K>(rows: Iterable<T>, keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export function groupByCustomer<T extends { customerId: string }>(rows: Iterable<T>): Map<string, T[]> {
  return groupBy(rows, (row) => row.customerId);
}
