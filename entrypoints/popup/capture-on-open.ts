import type { CaptureResponse } from '@/lib/messages';
import { askBackground, targetTabId } from './background-client';

/** A capture of the tab the popup was opened over: its tab, and the background's answer to come. */
export interface OpeningCapture {
  tabId: number;
  response: Promise<CaptureResponse>;
}

/**
 * The capture the toolbar click asks for, sent as the popup's script starts (main.tsx imports this
 * module first), not after React's first render: the answer is on its way while the popup draws.
 * Null when the popup was opened over no capturable tab (`?tab=none`, its own pages).
 */
export const captureOnOpen: Promise<OpeningCapture | null> = targetTabId().then(
  (tabId) => (tabId === null ? null : { tabId, response: askBackground({ type: 'capture-tab', tabId }) }),
  () => null,
);
