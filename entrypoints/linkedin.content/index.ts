import { captureLinkedInSnapshot } from '@/lib/linkedin/capture-snapshot';
import { isContentRequest, type SnapshotResponse } from '@/lib/messages';

/** Answers the background's "snapshot" request with the job on screen; does no parsing. */
export default defineContentScript({
  matches: ['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/jobs-guest/*'],
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message, _sender, sendResponse: (r: SnapshotResponse) => void) => {
      if (!isContentRequest(message)) return false;
      try {
        sendResponse({ ok: true, snapshot: captureLinkedInSnapshot(document, location.href) });
      } catch (error) {
        sendResponse({ ok: false, code: 'not-a-job', message: error instanceof Error ? error.message : String(error) });
      }
      return false;
    });
  },
});
