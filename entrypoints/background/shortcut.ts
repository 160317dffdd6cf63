import type { CaptureResponse } from '@/lib/messages';
import { saveWithFeedback } from './save-with-feedback';

/** The command declared in wxt.config.ts (`Alt+Shift+S` by default; chrome://extensions/shortcuts). */
export const SAVE_COMMAND = 'save-job';

/** `commands.onCommand` listener: saves the job in the tab the shortcut was pressed on. */
export async function onShortcut(command: string, tab?: { id?: number }): Promise<CaptureResponse | null> {
  if (command !== SAVE_COMMAND || tab?.id === undefined) return null;
  return saveWithFeedback(tab.id);
}

export function setupShortcut(): void {
  browser.commands.onCommand.addListener((command, tab) => void onShortcut(command, tab));
}
