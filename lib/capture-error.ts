/** Why a capture did not save a posting; each code has one message the popup shows as is. */
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

/** A thrown value as a `{ code, message }` the popup can show; unknown errors keep their text. */
export function describeError(error: unknown): { code: CaptureErrorCode | 'unknown'; message: string } {
  if (error instanceof CaptureError) return { code: error.code, message: error.message };
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return { code: 'storage', message: 'Your disk is full: the job was not saved. Free some space and try again.' };
  }
  return { code: 'unknown', message: error instanceof Error ? error.message : String(error) };
}
