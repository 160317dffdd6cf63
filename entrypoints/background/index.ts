import { getDb } from '@/lib/db/jobs-db';
import { isBackgroundRequest, isPageJobMessage, isTriggerRequest, type CaptureResponse } from '@/lib/messages';
import { warmUpParser } from '@/lib/parse/warm-up';
import { captureTab, saveText } from './capture';
import { onMenuClick, SAVE_MENU_ID, setupContextMenu } from './context-menu';
import { setupPageBadge, watchPageJob } from './page-badge';
import { onShortcut, SAVE_COMMAND, setupShortcut } from './shortcut';

/** True for the extension's own pages (popup, dashboard, options), not content scripts or sites. */
const fromOwnPage = (sender: { id?: string; url?: string }) =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

/**
 * Whether this worker has parsed, or is about to parse, a job: Chromium stops it after 30 s idle,
 * and a fresh one's first parse costs ~100 ms more than later ones (warm-up.ts).
 */
let parserUsed = false;

/**
 * A LinkedIn job page woke the worker, or came into view: parse a small sample now, while the
 * member reads, so the click that saves the job finds the parser ready. Once per worker.
 */
function warmUpSoon(): void {
  if (parserUsed) return;
  parserUsed = true;
  setTimeout(() => {
    try {
      warmUpParser();
    } catch (error) {
      console.error('Jobsnap: the parser failed on its own sample', error);
    }
  }, 0);
}

export default defineBackground(() => {
  // Create or upgrade the schema now, while no page holds the database: a first capture then
  // never waits behind a popup's own open and upgrade of it.
  void getDb()
    .open()
    .catch((error: unknown) => console.error('Jobsnap: cannot open the database', error));
  setupShortcut();
  setupContextMenu();
  setupPageBadge();
  browser.runtime.onMessage.addListener((message, sender, sendResponse: (r: CaptureResponse | null) => void) => {
    if (isPageJobMessage(message)) {
      if (sender.tab?.id !== undefined) watchPageJob(sender.tab.id, message.jobId);
      if (message.jobId !== null) warmUpSoon();
      return false;
    }
    if (isTriggerRequest(message) && fromOwnPage(sender)) {
      parserUsed = true; // this request's parse warms it
      const tab = { id: message.tabId };
      const work = message.trigger === 'shortcut' ? onShortcut(SAVE_COMMAND, tab) : onMenuClick({ menuItemId: SAVE_MENU_ID }, tab);
      void work.then(sendResponse);
      return true;
    }
    if (!isBackgroundRequest(message)) return false;
    parserUsed = true; // this request's parse warms it
    const work = message.type === 'capture-tab' ? captureTab(message.tabId) : saveText(message.text);
    void work.then(sendResponse);
    return true; // answer asynchronously
  });
});
