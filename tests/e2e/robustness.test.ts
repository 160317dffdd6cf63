/**
 * Data safety in real Chromium (#7): ten captures at once, the service worker stopped in the middle
 * of a save, and a write the browser refuses (quota). Each checks what is stored, read straight
 * from IndexedDB in an extension page (the worker may be stopped, and ExtensionBrowser.worker may
 * point at a dead one).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { CaptureResponse } from '../../lib/messages';
import type { Posting } from '../../lib/posting';
import { launchExtensionBrowser, linkedInPage, type ExtensionBrowser } from './extension-browser';

const FIXTURE_ID = '4302668926';
const jobUrl = (id: string) => `https://www.linkedin.com/jobs/view/${id}/`;
/** The two-pane fixture showing job `id`, as capture.test.ts's otherPane builds another job. */
const paneFor = (id: string) =>
  linkedInPage('logged-in-two-pane-software-engineer-intern.html', 'Software Engineer - Internship | Hunter Bond | LinkedIn').replaceAll(FIXTURE_ID, id);

const CONCURRENT = Array.from({ length: 10 }, (_, i) => String(4_310_000_000 + i));
const STOPPED = Array.from({ length: 6 }, (_, i) => String(4_320_000_000 + i));
const QUOTA = '4330000000';
const BLOCKED = '4330000001';

let b: ExtensionBrowser;
/** An extension page used to message the worker and read the database. */
let ext: Page;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  b.serve(Object.fromEntries([...CONCURRENT, ...STOPPED, QUOTA, BLOCKED].map((id) => [jobUrl(id), paneFor(id)])));
  ext = await b.popupTab('none');
});
afterAll(async () => b?.close());

/**
 * Every stored job, read in an extension page (works while the worker is stopped): each `postings`
 * row with its `descriptions` row, so a save that wrote one and not the other shows as half a job.
 */
const rows = (): Promise<Posting[]> =>
  ext.evaluate(
    () =>
      new Promise<Posting[]>((resolve, reject) => {
        const open = indexedDB.open('jobsnap');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['postings', 'descriptions']);
          const all = tx.objectStore('postings').getAll();
          const descriptions = tx.objectStore('descriptions').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const byId = new Map((descriptions.result as Posting[]).map((d) => [d.jobId, d]));
            resolve((all.result as Posting[]).map((p) => ({ ...p, ...byId.get(p.jobId) })));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
const rowsOf = async (ids: readonly string[]) => (await rows()).filter((p) => ids.some((id) => p.jobId === `linkedin:${id}`));

/** Sends capture commands from the extension page, all at once, as the popup does one. */
const captureAll = (tabIds: number[]): Promise<CaptureResponse[]> =>
  ext.evaluate((ids) => Promise.all(ids.map((tabId) => chrome.runtime.sendMessage({ type: 'capture-tab', tabId }) as Promise<CaptureResponse>)), tabIds);

/**
 * Starts the service worker if it is stopped, and waits until its listeners have run: a page-job
 * message with no job is answered with nothing once the worker has read it.
 */
async function wakeWorker(): Promise<void> {
  await ext.evaluate(() => chrome.runtime.sendMessage({ type: 'page-job', jobId: null }).then(
    () => undefined,
    () => undefined,
  ));
}

/**
 * The extension's running service worker. Woken first: a handle to a worker just stopped can stay
 * in the context's list for a moment, and a call on it never returns.
 */
async function liveWorker(): Promise<Worker> {
  const mine = (w: Worker) => w.url().startsWith(`chrome-extension://${b.extensionId}/`);
  for (let attempt = 1; ; attempt++) {
    await wakeWorker();
    const worker = b.context.serviceWorkers().find(mine) ?? (await b.context.waitForEvent('serviceworker', { predicate: mine, timeout: 10_000 }));
    const answers = await Promise.race([
      worker.evaluate(() => true).catch(() => false),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000)),
    ]);
    if (answers || attempt === 5) return worker;
  }
}

/** Tab ids of pages opened on these jobs (asked of the worker before any test stops it). */
async function openJobs(ids: readonly string[]): Promise<number[]> {
  const tabIds: number[] = [];
  for (const id of ids) {
    const page = await b.context.newPage();
    await page.goto(jobUrl(id));
    tabIds.push(await b.tabIdOf(page));
  }
  return tabIds;
}

/** A stored row is whole: every field the parse gave, with the job's own values, and the user's fields. */
function expectWhole(row: Posting, id: string): void {
  expect(row.jobId).toBe(`linkedin:${id}`);
  expect(row.url).toBe(jobUrl(id));
  expect(row.title.value).toBe('Software Engineer - Internship - Up to $18,000 p/m + Benefits - Quant Fund');
  expect(row.company.value).toBe('Hunter Bond');
  expect(row.descriptionText.length).toBeGreaterThan(500);
  expect(row.descriptionHtml.length).toBeGreaterThan(500);
  expect(row.requirements.skills.length).toBeGreaterThan(0);
  expect(row.completeness.score).toBe((4 - row.completeness.missing.length) / 4);
  expect(row.status).toBe('new');
  expect(row.tags).toEqual([]);
  expect(row.note).toBe('');
  expect(row.capturedAt).toBeGreaterThan(0);
  expect(row.updatedAt).toBeGreaterThanOrEqual(row.capturedAt);
}

describe('data safety in the real browser', () => {
  let concurrentTabs: number[];
  let stoppedTabs: number[];
  let quotaTab: number;
  let blockedTab: number;

  beforeAll(async () => {
    concurrentTabs = await openJobs(CONCURRENT);
    stoppedTabs = await openJobs(STOPPED);
    [quotaTab, blockedTab] = (await openJobs([QUOTA, BLOCKED])) as [number, number];
  });

  it('ten captures at once from ten tabs: each saved exactly once, then each updated, nothing lost', async () => {
    const first = await captureAll(concurrentTabs);
    expect(first.map((r) => (r.ok ? r.outcome : r.message))).toEqual(CONCURRENT.map(() => 'saved'));
    expect(first.map((r) => r.ok && r.jobId).sort()).toEqual(CONCURRENT.map((id) => `linkedin:${id}`));
    const saved = await rowsOf(CONCURRENT);
    expect(saved).toHaveLength(10);
    expect(new Set(saved.map((r) => r.jobId)).size).toBe(10);
    for (const row of saved) expectWhole(row, row.jobId.replace('linkedin:', ''));

    const again = await captureAll(concurrentTabs);
    expect(again.map((r) => (r.ok ? r.outcome : r.message))).toEqual(CONCURRENT.map(() => 'updated'));
    const updated = await rowsOf(CONCURRENT);
    expect(updated).toHaveLength(10);
    for (const row of updated) {
      const before = saved.find((r) => r.jobId === row.jobId) as Posting;
      expect(row.capturedAt).toBe(before.capturedAt); // first capture date kept
      expect(row.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
    }
  });

  it('the service worker stopped in the middle of a save: no half row, and the next capture works', async () => {
    const cdp = await b.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    // Stop at several moments of the capture (before the parse, during it, around the write).
    const delays = [0, 5, 15, 30, 60, 120];
    const outcomes: string[] = [];
    for (const [i, id] of STOPPED.entries()) {
      await wakeWorker(); // running, so the stop lands in a capture, not in the worker's start
      const response = ext.evaluate(
        (tabId) =>
          (chrome.runtime.sendMessage({ type: 'capture-tab', tabId }) as Promise<CaptureResponse | undefined>).then(
            // A worker stopped before answering can leave the port closed with no answer at all.
            (r) => (r === undefined ? 'no answer' : r.ok ? r.outcome : `refused: ${r.message}`),
            (e: unknown) => `no answer: ${String(e)}`,
          ),
        stoppedTabs[i] as number,
      );
      await new Promise((r) => setTimeout(r, delays[i]));
      await cdp.send('ServiceWorker.stopAllWorkers');
      outcomes.push(await response);
      const stored = await rowsOf([id]);
      expect(stored.length).toBeLessThanOrEqual(1);
      if (stored[0]) expectWhole(stored[0], id); // complete, or absent: never half
    }
    // At least one stop must have cut a capture short, or this test proved nothing.
    expect(outcomes.some((o) => o.startsWith('no answer'))).toBe(true);

    // The worker restarts on the next message; every job then saves or updates, whole.
    const retry = await captureAll(stoppedTabs);
    expect(retry.every((r) => r.ok)).toBe(true);
    const stored = await rowsOf(STOPPED);
    expect(stored).toHaveLength(STOPPED.length);
    for (const row of stored) expectWhole(row, row.jobId.replace('linkedin:', ''));
    await cdp.detach();
  });

  it('a write the browser refuses (quota exceeded): a clear message, nothing saved; then capture works', async () => {
    const worker = await liveWorker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
      g.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    try {
      const popup = await b.popupTab(quotaTab);
      const alert = popup.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Your disk is full: the job was not saved');
      expect(await rowsOf([QUOTA])).toEqual([]);
      await popup.close();
    } finally {
      await worker.evaluate(() => {
        const g = globalThis as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
        if (g.realPut) IDBObjectStore.prototype.put = g.realPut;
      });
    }
    const popup = await b.popupTab(quotaTab);
    await expect.poll(() => popup.getByRole('status').textContent(), { timeout: 10_000 }).toContain('Saved to your jobs');
    const [row] = await rowsOf([QUOTA]);
    expectWhole(row as Posting, QUOTA);
    await popup.close();
  });

  it('storage that cannot be used at all (private window, blocked by a setting): a clear message, nothing saved', async () => {
    const worker = await liveWorker();
    await worker.evaluate(() => {
      // What Chromium raises when its IndexedDB backing store cannot be used.
      const g = globalThis as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
      g.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
      };
    });
    try {
      const popup = await b.popupTab(blockedTab);
      await expect
        .poll(() => popup.getByRole('alert').textContent(), { timeout: 10_000 })
        .toContain('Jobsnap cannot use its storage in this window');
      await popup.close();
    } finally {
      await worker.evaluate(() => {
        const g = globalThis as unknown as { realPut?: typeof IDBObjectStore.prototype.put };
        if (g.realPut) IDBObjectStore.prototype.put = g.realPut;
      });
    }
    expect(await rowsOf([BLOCKED])).toEqual([]);
  });
});
