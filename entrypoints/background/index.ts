import { getDb } from '@/lib/db/jobs-db';
import { isBackgroundRequest, isPageJobMessage, isTriggerRequest, type CaptureResponse } from '@/lib/messages';
import { captureTab, saveText } from './capture';
import { onMenuClick, SAVE_MENU_ID, setupContextMenu } from './context-menu';
import { setupPageBadge, watchPageJob } from './page-badge';
import { onShortcut, SAVE_COMMAND, setupShortcut } from './shortcut';

/** True for the extension's own pages (popup, dashboard, options), not content scripts or sites. */
const fromOwnPage = (sender: { id?: string; url?: string }) =>
  sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

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
      return false;
    }
    if (isTriggerRequest(message) && fromOwnPage(sender)) {
      const tab = { id: message.tabId };
      const work = message.trigger === 'shortcut' ? onShortcut(SAVE_COMMAND, tab) : onMenuClick({ menuItemId: SAVE_MENU_ID }, tab);
      void work.then(sendResponse);
      return true;
    }
    if (!isBackgroundRequest(message)) return false;
    const work = message.type === 'capture-tab' ? captureTab(message.tabId) : saveText(message.text);
    void work.then(sendResponse);
    return true; // answer asynchronously
  });
});
