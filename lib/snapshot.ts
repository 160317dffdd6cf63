/**
 * What a content script sends to the background: the job on screen, as the page shows it. The
 * content script does no parsing; the background turns a snapshot into a `Posting`.
 */
export interface Snapshot {
  /** `location.href` at capture time. */
  url: string;
  /** Job id from the address bar (`/jobs/view/<id>`, `currentJobId`), when there is one. */
  urlJobId: string | null;
  /** Job id the detail pane shows (apply button, title link, componentkey), to catch a stale pane. */
  paneJobId: string | null;
  /** `document.title`. */
  documentTitle: string;
  /** HTML of the job's region only (top card and description), not the whole page. */
  html: string;
  /** Text of every `script[type="application/ld+json"]` on the page. */
  jsonLd: string[];
  /** Which region selector matched, or 'body' when none did. */
  region: string;
}

/** Largest region HTML a snapshot carries; a job's region is 10-60 KB, a whole LinkedIn page ~300 KB. */
export const MAX_SNAPSHOT_HTML = 1_000_000;
