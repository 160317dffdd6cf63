import { CaptureError, describeError } from '@/lib/capture-error';
import { getDb } from '@/lib/db/jobs-db';
import { savePosting } from '@/lib/db/save-posting';
import type { CaptureResponse, ContentRequest, SnapshotResponse } from '@/lib/messages';
import { parseSnapshot } from '@/lib/parse/parse-snapshot';
import { unsavable } from '@/lib/parse/build-posting';
import { parseFile } from '@/lib/parse/parse-file';
import type { ParsedPosting } from '@/lib/posting';
import type { Snapshot } from '@/lib/snapshot';
import { loadSettings } from '@/lib/settings/settings';
import { captureGenericPage } from './generic-page';

/** The two-pane view re-renders the pane a moment after the URL changes: retry this long. */
const STALE_RETRIES = 8;
const STALE_DELAY_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the LinkedIn content script for a snapshot; null when no content script answers there. */
async function snapshotFromContentScript(tabId: number): Promise<Snapshot | null> {
  let response: SnapshotResponse | undefined;
  try {
    response = await browser.tabs.sendMessage<ContentRequest, SnapshotResponse>(tabId, { type: 'snapshot' });
  } catch {
    return null; // "Receiving end does not exist": not a LinkedIn job page
  }
  if (!response) return null;
  if (!response.ok) throw new CaptureError(response.code === 'unknown' ? 'not-a-job' : response.code, response.message);
  return response.snapshot;
}

/** Any other page: read it through the toolbar click's `activeTab` grant. */
async function snapshotFromActiveTab(tabId: number): Promise<Snapshot> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: captureGenericPage });
    if (result?.result) return result.result as Snapshot;
  } catch {
    // No activeTab grant (a chrome:// page, the store, or no toolbar click).
  }
  throw new CaptureError(
    'no-access',
    'Jobsnap cannot read this page. Open a job posting and click the toolbar button, or paste the posting.',
  );
}

/** Snapshot → posting, retrying while a two-pane view still shows the previous job. */
async function parseTab(tabId: number): Promise<ParsedPosting> {
  for (let attempt = 0; ; attempt++) {
    const snapshot = (await snapshotFromContentScript(tabId)) ?? (await snapshotFromActiveTab(tabId));
    try {
      return parseSnapshot(snapshot);
    } catch (error) {
      if (!(error instanceof CaptureError && error.code === 'stale-pane') || attempt >= STALE_RETRIES) throw error;
      await sleep(STALE_DELAY_MS);
    }
  }
}

async function save(posting: ParsedPosting): Promise<CaptureResponse> {
  const refused = unsavable(posting); // a half-parsed job is never saved looking whole
  if (refused) throw refused;
  const { defaultStatus } = await loadSettings(browser.storage.local);
  return { ok: true, ...(await savePosting(getDb(), posting, Date.now(), defaultStatus)) };
}

/** Captures the job on a tab, parses and stores it; the answer says saved, updated, or why not. */
export async function captureTab(tabId: number): Promise<CaptureResponse> {
  try {
    return await save(await parseTab(tabId));
  } catch (error) {
    return { ok: false, ...describeError(error) };
  }
}

/** Saves a pasted posting (plain text or a `key : value` record). */
export async function saveText(text: string): Promise<CaptureResponse> {
  try {
    return await save({ ...parseFile(text), site: 'paste' });
  } catch (error) {
    return { ok: false, ...describeError(error) };
  }
}
