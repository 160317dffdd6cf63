import { liveQuery, type Subscription } from 'dexie';
import { getDb } from '@/lib/db/jobs-db';
import { forgetTab, setPageSaved } from './badge';

/** Per tab: the live query telling whether the LinkedIn job it shows is saved. */
const watches = new Map<number, Subscription>();

/**
 * Shows on the tab's badge whether the LinkedIn job it shows (reported by the content script on
 * load, in-page navigation and when the tab becomes visible) is saved, and keeps it right while
 * any page saves or deletes it: Dexie broadcasts every commit to the worker's live queries.
 */
export function watchPageJob(tabId: number, linkedInId: string | null): void {
  watches.get(tabId)?.unsubscribe();
  watches.delete(tabId);
  if (linkedInId === null) {
    void setPageSaved(tabId, null);
    return;
  }
  const jobId = `linkedin:${linkedInId}`;
  const watch = liveQuery(() => getDb().postings.where(':id').equals(jobId).count()).subscribe({
    next: (count) => void setPageSaved(tabId, count > 0),
    error: (error: unknown) => console.error('Jobsnap: cannot read saved state', error),
  });
  watches.set(tabId, watch);
}

export function setupPageBadge(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    watches.get(tabId)?.unsubscribe();
    watches.delete(tabId);
    forgetTab(tabId);
  });
}
