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

export function isContentRequest(message: unknown): message is ContentRequest {
  return (message as { type?: unknown } | null)?.type === 'snapshot';
}
