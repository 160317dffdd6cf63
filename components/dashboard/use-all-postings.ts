import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import { changedKeys } from '@/lib/db/changed-keys';
import { getDb, type PostingRow } from '@/lib/db/jobs-db';

/**
 * Every `postings` row, read once (when `enabled`) and then kept current row by row: a write
 * anywhere (this page, the popup, a capture in the service worker) re-reads only the rows it
 * names. A live query over the whole table re-read every row after each write instead: 3.3 s at
 * 50,000 saved for one status change, before the table showed it. Undefined until the first read.
 */
export function useAllPostings(enabled: boolean): PostingRow[] | undefined {
  const [rows, setRows] = useState<PostingRow[]>();
  useEffect(() => {
    if (!enabled) return;
    const db = getDb();
    let byId: Map<string, PostingRow> | null = null;
    // Writes seen since the last read: their keys, or 'all' after a clear.
    let pending: Set<string> | 'all' = new Set();
    let reading = false;
    let stopped = false;

    // One read at a time; writes that land meanwhile are read after it, so none is missed.
    const read = async () => {
      if (reading) return;
      reading = true;
      try {
        while (!stopped && (byId === null || pending === 'all' || pending.size > 0)) {
          const wanted = pending;
          pending = new Set();
          if (byId === null || wanted === 'all') {
            byId = new Map((await db.postings.toArray()).map((row) => [row.jobId, row]));
          } else {
            const keys = [...wanted];
            const found = await db.postings.bulkGet(keys);
            keys.forEach((key, i) => {
              const row = found[i];
              if (row) byId!.set(key, row);
              else byId!.delete(key);
            });
          }
          if (!stopped) setRows([...byId.values()]);
        }
      } finally {
        reading = false;
      }
    };
    // A failed read (the database closed under an upgrade, say) keeps the rows shown; the next
    // write anywhere reads every row again.
    const readOrRetryLater = () =>
      read().catch((error: unknown) => {
        pending = 'all';
        console.warn('Jobsnap: could not read the saved jobs', error);
      });
    const onMutated = (parts: ObservabilitySet) => {
      const keys = changedKeys(parts, db.name, 'postings');
      if (keys === null) return;
      if (keys === 'all') pending = 'all';
      else if (pending !== 'all') for (const key of keys) pending.add(key);
      void readOrRetryLater();
    };
    Dexie.on('storagemutated', onMutated);
    void readOrRetryLater();
    return () => {
      stopped = true;
      Dexie.on('storagemutated').unsubscribe(onMutated);
    };
  }, [enabled]);
  return rows;
}
