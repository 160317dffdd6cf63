import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium';
import type { PostingRow } from '../../lib/db/jobs-db';
import type { Posting } from '../../lib/posting';

/** A saved job as the tests see it: its `postings` row with its `descriptions` row joined back in. */
export type SavedPosting = Posting & Pick<PostingRow, 'searchWords' | 'duplicateKey'>;

/** The built extension; JOBSNAP_EXTENSION_DIR points elsewhere (a copy that a concurrent build cannot change). */
export const EXTENSION_DIR = process.env.JOBSNAP_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export const LINKEDIN_FIXTURES = fileURLToPath(new URL('../fixtures/linkedin/', import.meta.url));

/**
 * Where a test writes a screenshot: `test-output/screenshots/` (ignored by git, so a test run leaves
 * the tree clean), or the README's `docs/screenshots/` when JOBSNAP_UPDATE_SCREENSHOTS=1.
 */
export function screenshotPath(name: string): string {
  const dir = process.env.JOBSNAP_UPDATE_SCREENSHOTS === '1' ? '../../docs/screenshots/' : '../../test-output/screenshots/';
  return fileURLToPath(new URL(`${dir}${name}`, import.meta.url));
}

/** A LinkedIn fixture as a full page with a `document.title`, as the browser would load it. */
export function linkedInPage(file: string, documentTitle?: string): string {
  const html = readFileSync(join(LINKEDIN_FIXTURES, file), 'utf8');
  if (/<html[\s>]/i.test(html) || !documentTitle) return html;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${documentTitle}</title></head><body>${html}</body></html>`;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Pages served for https URLs, by exact URL or by a pathname prefix; everything else is refused. */
  serve: (pages: Record<string, string>) => void;
  /** Every request the browser tried to send off the machine (served ones excluded). */
  blockedRequests: string[];
  /** The blocked requests an extension page or the extension's worker made. */
  extensionRequests: string[];
  /** Opens the real toolbar popup over the active tab, as a click does. */
  openPopup: () => Promise<void>;
  /** The popup's page opened in a tab, capturing `tabId` (or nothing with 'none'). */
  popupTab: (tabId: number | 'none') => Promise<Page>;
  /** The id the extension sees for a page's tab. */
  tabIdOf: (page: Page) => Promise<number>;
  /**
   * Saved jobs in the extension's IndexedDB, read in the service worker: each `postings` row with
   * its description from `descriptions`. The two tables must match one to one, and no row may
   * hold a description itself (the pre-v4 shape): anything else rejects, naming the job.
   */
  postings: () => Promise<SavedPosting[]>;
  /** Waits until a posting with this job id is stored. */
  waitForPosting: (jobId: string, timeoutMs?: number) => Promise<SavedPosting>;
  close: () => Promise<void>;
}

/**
 * A copy of the built extension whose manifest also grants `hosts`. It stands in for the `activeTab`
 * grant a toolbar click or the shortcut gives, which headless Chromium cannot give: no toolbar to
 * click, and key events sent over CDP reach the page but not the browser's shortcut handling
 * (checked on Chromium 156: `commands.onCommand` never fires). Only the test copy is changed; the
 * shipped manifest has no host permissions (capture.test.ts pins it).
 */
function extensionGranting(hosts: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'jobsnap-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: hosts }));
  return dir;
}

/**
 * Debian's Chromium with the built extension loaded, LinkedIn answered from fixtures.
 * `grantHosts`: load a copy granted these hosts, as a toolbar click would grant the active tab.
 */
export async function launchExtensionBrowser({ install = false, grantHosts = [] as readonly string[] } = {}): Promise<ExtensionBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'jobsnap-profile-'));
  const extensionDir = grantHosts.length ? extensionGranting(grantHosts) : EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium({ install }),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  const pages: Record<string, string> = {};
  const blockedRequests: string[] = [];
  const extensionRequests: string[] = [];
  const fromExtension = (request: import('playwright-core').Request) => {
    if (request.serviceWorker()) return true;
    try {
      return request.frame().url().startsWith('chrome-extension://');
    } catch {
      return false; // a request with no frame (a worker of the page)
    }
  };
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const exact = pages[url];
    const prefix = Object.keys(pages).find((k) => k.endsWith('*') && url.startsWith(k.slice(0, -1)));
    const body = exact ?? (prefix ? pages[prefix] : undefined);
    if (body !== undefined && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      blockedRequests.push(url);
      if (fromExtension(route.request())) extensionRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });

  // Every saved job, or the one job `id` names (read by its key: polling for a job costs the same at
  // the thousandth saved page as at the first; reading every row each time made a long run quadratic).
  const readSaved = (jobId: string | null) =>
    worker.evaluate(
      (id) =>
        new Promise<SavedPosting[]>((resolve, reject) => {
          const open = indexedDB.open('jobsnap');
          let absent = false;
          // No database yet: do not create one (an empty version 1 would stand in the extension's way).
          open.onupgradeneeded = () => {
            absent = true;
            open.transaction?.abort();
          };
          open.onerror = () => (absent ? resolve([]) : reject(open.error));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('postings')) {
              db.close();
              return resolve([]);
            }
            // One transaction over both stores: a consistent pair, as the extension writes them.
            // The connection closes after it: an open one would block the extension's next upgrade.
            const tx = db.transaction(['postings', 'descriptions']);
            tx.addEventListener('complete', () => db.close());
            tx.addEventListener('error', () => db.close());
            const rows = tx.objectStore('postings').getAll(id ?? undefined);
            const descriptions = tx.objectStore('descriptions').getAll(id ?? undefined);
            tx.oncomplete = () => {
              const all = rows.result as SavedPosting[];
              const byId = new Map((descriptions.result as Posting[]).map((d) => [d.jobId, d]));
              const stale = all.find((row) => 'descriptionHtml' in row || 'descriptionText' in row);
              if (stale) return reject(new Error(`postings row ${stale.jobId} still holds its description`));
              const bare = all.find((row) => !byId.has(row.jobId));
              if (bare) return reject(new Error(`job ${bare.jobId} has no description row`));
              const ids = new Set(all.map((row) => row.jobId));
              const orphan = [...byId.keys()].find((id) => !ids.has(id));
              if (orphan) return reject(new Error(`description ${orphan} has no postings row`));
              resolve(all.map((row) => ({ ...row, descriptionHtml: byId.get(row.jobId)!.descriptionHtml, descriptionText: byId.get(row.jobId)!.descriptionText })));
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      jobId,
    );

  const readPostings = () => readSaved(null);
  const readPosting = async (jobId: string): Promise<SavedPosting | undefined> => (await readSaved(jobId))[0];

  return {
    context,
    worker,
    extensionId,
    blockedRequests,
    extensionRequests,
    serve: (more) => Object.assign(pages, more),
    openPopup: async () => {
      await worker.evaluate(() => chrome.action.openPopup());
    },
    popupTab: async (tabId) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
      return page;
    },
    tabIdOf: async (page) => {
      // Without the "tabs" permission the extension cannot see tab URLs: bring the page to the
      // front and ask for the active tab, as the popup does.
      await page.bringToFront();
      return worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (!tab?.id) throw new Error('no active tab');
        return tab.id;
      });
    },
    postings: readPostings,
    waitForPosting: async (jobId, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await readPosting(jobId);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`posting ${jobId} was not saved within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (extensionDir !== EXTENSION_DIR) rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}
