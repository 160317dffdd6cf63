import { RangeSet, type ObservabilitySet } from 'dexie';

/**
 * The primary keys of `table` that one Dexie `storagemutated` event reports as written or deleted
 * (events from other pages and the service worker arrive too, over a BroadcastChannel): null when
 * the table was not touched, 'all' when a range was (a `clear()`, a ranged delete), which only a
 * whole read can follow.
 */
export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): string[] | 'all' | null {
  const keys = new Set<string>();
  for (const part of [`idb://${dbName}/${table}/`, `idb://${dbName}/${table}/:dels`]) {
    const tree = parts[part];
    if (!tree) continue;
    for (const range of RangeSet(tree)) {
      if (typeof range.from !== 'string' || range.from !== range.to) return 'all';
      keys.add(range.from);
    }
  }
  return keys.size ? [...keys] : null;
}
