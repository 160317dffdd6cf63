import type { CaptureErrorCode } from './capture-error';
import type { SaveResult } from './db/save-posting';
import type { Snapshot } from './snapshot';

/**
 * Typed messages between the extension's parts; `tsc` checks both ends. They carry commands only:
 * pages read the database themselves (Dexie live queries).
 */

/** Popup (or shortcut, context menu) → background. */
export type BackgroundRequest =
  | { type: 'capture-tab'; tabId: number }
  | { type: 'save-text'; text: string };

/**
 * Extension page → background: run the shortcut's or the context menu's own handler on a tab.
 * Headless Chromium can neither press a browser shortcut nor open a context menu, so the e2e
 * tests drive those two paths with this; the background accepts it from the extension's own
 * pages only, which can already ask for `capture-tab`.
 */
export type TriggerRequest = { type: 'run-trigger'; trigger: 'shortcut' | 'context-menu'; tabId: number };

/** LinkedIn content script → background: the job this tab shows now (null: none), for the badge. */
export type PageJobMessage = { type: 'page-job'; jobId: string | null };

export type Failure = { ok: false; code: CaptureErrorCode | 'unknown'; message: string };

/** Background → popup: what happened to the capture. */
export type CaptureResponse = ({ ok: true } & SaveResult) | Failure;

/** Background → LinkedIn content script. */
export type ContentRequest = { type: 'snapshot' };

/** Content script → background: the job on screen. */
export type SnapshotResponse = { ok: true; snapshot: Snapshot } | Failure;

export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'capture-tab' || type === 'save-text';
}

export function isTriggerRequest(message: unknown): message is TriggerRequest {
  const m = message as Partial<TriggerRequest> | null;
  return m?.type === 'run-trigger' && (m.trigger === 'shortcut' || m.trigger === 'context-menu') && typeof m.tabId === 'number';
}

export function isPageJobMessage(message: unknown): message is PageJobMessage {
  const m = message as Partial<PageJobMessage> | null;
  return m?.type === 'page-job' && (m.jobId === null || (typeof m.jobId === 'string' && /^\d{1,20}$/.test(m.jobId)));
}

export function isContentRequest(message: unknown): message is ContentRequest {
  return (message as { type?: unknown } | null)?.type === 'snapshot';
}
