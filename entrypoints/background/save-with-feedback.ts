import type { CaptureResponse } from '@/lib/messages';
import { showCaptureResult } from './badge';
import { captureTab } from './capture';

/**
 * The shortcut's and the context menu's action: the toolbar popup's own capture (`captureTab`),
 * with the answer on the badge instead of in a popup.
 */
export async function saveWithFeedback(tabId: number): Promise<CaptureResponse> {
  const response = await captureTab(tabId);
  await showCaptureResult(tabId, response);
  return response;
}
