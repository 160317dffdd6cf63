import { matchMessage, type KnownText } from './i18n/match-message';

/** Why a capture did not save a posting; the popup shows its message translated (`CAPTURE_ERROR_MESSAGES`). */
export type CaptureErrorCode =
  | 'not-a-job' // the page holds no job posting we can read
  | 'stale-pane' // the two-pane view still shows the previous job
  | 'incomplete' // a job, but title or description is missing: never saved looking whole
  | 'no-access' // the browser did not let us read the tab (no activeTab, a chrome:// page)
  | 'storage' // IndexedDB refused the write (quota, private mode)
  | 'unreadable'; // a file that is not text, or empty

export class CaptureError extends Error {
  constructor(
    readonly code: CaptureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CaptureError';
  }
}

const STORAGE_UNAVAILABLE = new Set(['OpenFailedError', 'DatabaseClosedError', 'MissingAPIError', 'InvalidStateError', 'UnknownError', 'VersionError']);

/** A thrown value as a `{ code, message }` the popup can show; unknown errors keep their text. */
export function describeError(error: unknown): { code: CaptureErrorCode | 'unknown'; message: string } {
  if (error instanceof CaptureError) return { code: error.code, message: error.message };
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return { code: 'storage', message: 'Your disk is full: the job was not saved. Free some space and try again.' };
  }
  // Dexie's names for a database that cannot be opened or used: private windows in some browsers,
  // storage blocked by a setting or a policy, a profile whose database is damaged.
  if (error instanceof Error && STORAGE_UNAVAILABLE.has(error.name)) {
    return {
      code: 'storage',
      message: 'Jobsnap cannot use its storage in this window (private browsing or a browser setting may block it): the job was not saved.',
    };
  }
  return { code: 'unknown', message: error instanceof Error ? error.message : String(error) };
}

/** The English text of every failure the popup shows, as `_locales` messages (see `matchMessage`). */
export const CAPTURE_ERROR_MESSAGES = [
  { key: 'errorStalePane', pattern: /^LinkedIn is still loading this job\. Wait a moment, then try again\.$/ },
  { key: 'errorNoJobOnLinkedIn', pattern: /^No job is open on this LinkedIn page\. Open a job posting, then click again\.$/ },
  {
    key: 'errorJobGone',
    pattern: /^LinkedIn shows no job at this address: it may have been closed or removed, or still be loading\. Try again, or open another posting\.$/,
  },
  { key: 'errorNoJobOnPage', pattern: /^This page has no job posting Jobsnap can read\. You can paste the posting instead\.$/ },
  { key: 'errorTooDeep', pattern: /^This page nests its markup more than (\d+) levels deep, so it cannot be read as a job posting\.$/ },
  { key: 'errorTooShort', pattern: /^the text is too short to be a job posting$/ },
  { key: 'errorFileEmpty', pattern: /^the file is empty$/ },
  { key: 'errorFileBinary', pattern: /^the file is binary, not text$/ },
  { key: 'errorNoAccess', pattern: /^Jobsnap cannot read this page\. Open a job posting and click the toolbar button, or paste the posting\.$/ },
  {
    key: 'errorIncomplete',
    pattern: /^This page shows a job, but its (title|description|title and description) could not be found, so it was not saved\. LinkedIn may still be loading: try again, or paste the posting\.$/,
  },
  { key: 'errorDiskFull', pattern: /^Your disk is full: the job was not saved\. Free some space and try again\.$/ },
  {
    key: 'errorStorageUnavailable',
    pattern: /^Jobsnap cannot use its storage in this window \(private browsing or a browser setting may block it\): the job was not saved\.$/,
  },
  { key: 'errorInterrupted', pattern: /^Jobsnap was interrupted before it could save this job\. Click the button again\.$/ },
] as const satisfies readonly KnownText<string>[];

/** Which `_locales` message says this English error text, and its placeholder values; null when none does. */
export const captureErrorMessage = (message: string) => matchMessage(CAPTURE_ERROR_MESSAGES, message);
