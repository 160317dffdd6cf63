import { getDb } from '@/lib/db/jobs-db';
import { isBackgroundRequest, type CaptureResponse } from '@/lib/messages';
import { captureTab, saveText } from './capture';

export default defineBackground(() => {
  // Create or upgrade the schema now, while no page holds the database: a first capture then
  // never waits behind a popup's own open and upgrade of it.
  void getDb()
    .open()
    .catch((error: unknown) => console.error('Jobsnap: cannot open the database', error));
  browser.runtime.onMessage.addListener((message, _sender, sendResponse: (r: CaptureResponse) => void) => {
    if (!isBackgroundRequest(message)) return false;
    const work = message.type === 'capture-tab' ? captureTab(message.tabId) : saveText(message.text);
    void work.then(sendResponse);
    return true; // answer asynchronously
  });
});
