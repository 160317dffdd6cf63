import type { BackgroundRequest, CaptureResponse } from '@/lib/messages';

/** Sends a command to the background and returns its typed answer. */
export async function askBackground(request: BackgroundRequest): Promise<CaptureResponse> {
  try {
    return await browser.runtime.sendMessage<BackgroundRequest, CaptureResponse>(request);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // The service worker was stopped mid-capture (Chromium may do so): nothing half-saved, say so.
    if (/message port closed|receiving end does not exist/i.test(text)) {
      return { ok: false, code: 'unknown', message: 'Jobsnap was interrupted before it could save this job. Click the button again.' };
    }
    return { ok: false, code: 'unknown', message: text };
  }
}

/**
 * The tab the popup was opened over. `?tab=<id>` names one explicitly (tests, the demo);
 * `?tab=none` opens the popup without capturing.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param === 'none') return null;
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id || tab.url?.startsWith(location.origin)) return null;
  return tab.id;
}
