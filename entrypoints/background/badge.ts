import type { CaptureResponse } from '@/lib/messages';

/** How long the ✓ after a shortcut or menu save, and the ! after a failed one, stay up. */
const SUCCESS_MS = 3000;
const FAILURE_MS = 10_000;

const COLORS = { saved: '#0a66c2', success: '#1a7f37', failure: '#b42318' } as const;

/** MV3 `action`; Firefox's MV2 build has `browserAction`, same calls. */
const toolbar = () => browser.action ?? browser.browserAction;

/** Per tab: is the job it shows saved (absent: no job, or not known yet). */
const pageSaved = new Map<number, boolean>();
/** Tabs showing a capture result right now; page state waits until it times out. */
const showingResult = new Map<number, ReturnType<typeof setTimeout>>();

async function paint(tabId: number, text: string, color: string, title: string): Promise<void> {
  try {
    await Promise.all([
      toolbar().setBadgeText({ tabId, text }),
      toolbar().setBadgeBackgroundColor({ tabId, color }),
      toolbar().setTitle({ tabId, title }),
    ]);
  } catch {
    // The tab closed in the meantime.
  }
}

function paintPageState(tabId: number): Promise<void> {
  const saved = pageSaved.get(tabId);
  const title = saved ? browser.i18n.getMessage('pageSaved') : saved === false ? browser.i18n.getMessage('pageUnsaved') : browser.i18n.getMessage('actionTitle'); // the manifest's tooltip
  return paint(tabId, saved ? '✓' : '', COLORS.saved, title);
}

/** Records whether the tab's job is saved (null: the tab shows no job) and shows it. */
export async function setPageSaved(tabId: number, saved: boolean | null): Promise<void> {
  if (saved === null) pageSaved.delete(tabId);
  else pageSaved.set(tabId, saved);
  if (!showingResult.has(tabId)) await paintPageState(tabId);
}

/** Green ✓ for a save, red ! with the reason as the button's title for a failure; then page state. */
export async function showCaptureResult(tabId: number, response: CaptureResponse): Promise<void> {
  clearTimeout(showingResult.get(tabId));
  showingResult.set(
    tabId,
    setTimeout(
      () => {
        showingResult.delete(tabId);
        void paintPageState(tabId);
      },
      response.ok ? SUCCESS_MS : FAILURE_MS,
    ),
  );
  if (response.ok) {
    await paint(tabId, '✓', COLORS.success, browser.i18n.getMessage(response.outcome === 'saved' ? 'badgeSaved' : 'badgeUpdated'));
  } else {
    await paint(tabId, '!', COLORS.failure, browser.i18n.getMessage('badgeFailed', response.message));
  }
}

/** Drops what is known about a closed tab. */
export function forgetTab(tabId: number): void {
  pageSaved.delete(tabId);
  clearTimeout(showingResult.get(tabId));
  showingResult.delete(tabId);
}
