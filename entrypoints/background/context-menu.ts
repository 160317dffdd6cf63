import type { CaptureResponse } from '@/lib/messages';
import { saveWithFeedback } from './save-with-feedback';

export const SAVE_MENU_ID = 'save-job';

/** The item shows on LinkedIn job pages only (the content script's own match), nowhere else. */
export const SAVE_MENU_PATTERNS = ['*://*.linkedin.com/jobs/*'];

/** `contextMenus.onClicked` listener: saves the job in the tab the menu was opened on. */
export async function onMenuClick(info: { menuItemId: string | number }, tab?: { id?: number }): Promise<CaptureResponse | null> {
  if (info.menuItemId !== SAVE_MENU_ID || tab?.id === undefined || tab.id < 0) return null;
  return saveWithFeedback(tab.id);
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll(); // a second create of the same id is an error
  browser.contextMenus.create({
    id: SAVE_MENU_ID,
    title: browser.i18n.getMessage('menuSaveJob'),
    contexts: ['page', 'link', 'selection'],
    documentUrlPatterns: SAVE_MENU_PATTERNS,
  });
}

/**
 * Chrome keeps menu items across worker restarts, so they are made on install and update; Firefox's
 * MV2 background page does not keep them across browser restarts, hence on startup too. The click
 * listener is registered on every start.
 */
export function setupContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => void createMenu());
  browser.runtime.onStartup.addListener(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
}
