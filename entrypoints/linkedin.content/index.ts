import { captureLinkedInSnapshot } from '@/lib/linkedin/capture-snapshot';
import { jobIdFromUrl } from '@/lib/linkedin/job-id';
import { isContentRequest, type PageJobMessage, type SnapshotResponse } from '@/lib/messages';

/**
 * Answers the background's "snapshot" request with the job on screen; does no parsing. Tells the
 * background which job the address names (on load, in-page navigation, when the tab comes back
 * into view, and none when the page goes) so the toolbar badge can show whether it is saved.
 */
export default defineContentScript({
  matches: ['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/jobs-guest/*'],
  runAt: 'document_idle',
  main(ctx) {
    browser.runtime.onMessage.addListener((message, _sender, sendResponse: (r: SnapshotResponse) => void) => {
      if (!isContentRequest(message)) return false;
      try {
        sendResponse({ ok: true, snapshot: captureLinkedInSnapshot(document, location.href) });
      } catch (error) {
        sendResponse({ ok: false, code: 'not-a-job', message: error instanceof Error ? error.message : String(error) });
      }
      return false;
    });

    const reportJob = (url: string | null) => {
      const message: PageJobMessage = { type: 'page-job', jobId: url === null ? null : jobIdFromUrl(url) };
      browser.runtime.sendMessage(message).catch(() => undefined); // extension reloaded: nothing to tell
    };
    reportJob(location.href);
    // The event's URL, not `location`: WXT fires it from the Navigation API's "navigate", before
    // the address changes.
    ctx.addEventListener(window, 'wxt:locationchange', (event) => reportJob(event.newUrl.href));
    ctx.addEventListener(document, 'visibilitychange', () => {
      if (document.visibilityState === 'visible') reportJob(location.href);
    });
    // Leaving for another page: the browser clears the badge; the background forgets the job, so
    // nothing paints it back on a page that is not this job.
    ctx.addEventListener(window, 'pagehide', () => reportJob(null));
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) reportJob(location.href); // back from the back-forward cache
    });
  },
});
