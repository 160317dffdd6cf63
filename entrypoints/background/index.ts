import { isBackgroundRequest, type CaptureResponse } from '@/lib/messages';
import { captureTab, saveText } from './capture';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, _sender, sendResponse: (r: CaptureResponse) => void) => {
    if (!isBackgroundRequest(message)) return false;
    const work = message.type === 'capture-tab' ? captureTab(message.tabId) : saveText(message.text);
    void work.then(sendResponse);
    return true; // answer asynchronously
  });
});
