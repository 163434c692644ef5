/**
 * A least-recently-used cache bounded by the total cost of its entries (the caller says what
 * an entry costs, e.g. its characters), so memory stays bounded however large the entries are.
 * A Map keeps insertion order: a hit is moved to the end, eviction takes from the front.
 */
export function createLruCache<K, V>({ maxCost, costOf }: { maxCost: number; costOf: (key: K, value: V) => number }) {
  const entries = new Map<K, { value: V; cost: number }>();
  let totalCost = 0;

  const remove = (key: K): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    totalCost -= entry.cost;
  };

  return {
    get(key: K): V | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key: K, value: V): void {
      remove(key);
      const cost = costOf(key, value);
      // An entry bigger than the whole budget would only evict everything else, then itself.
      if (cost > maxCost) return;
      entries.set(key, { value, cost });
      totalCost += cost;
      for (const [oldest, entry] of entries) {
        if (totalCost <= maxCost) break;
        entries.delete(oldest);
        totalCost -= entry.cost;
      }
    },
    get size(): number {
      return entries.size;
    },
    get cost(): number {
      return totalCost;
    },
  };
}

export type LruCache<K, V> = ReturnType<typeof createLruCache<K, V>>;
