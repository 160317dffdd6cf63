import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duplicateKeyOf } from '../../lib/db/duplicate-key';
import { searchWordsOf } from '../../lib/db/search-postings';
import { parseSnapshot } from '../../lib/parse/parse-snapshot';
import type { Posting } from '../../lib/posting';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { GUEST, SDUI, TWO_PANE } from './linkedin-samples';

/**
 * A database as the previous release (schema v3) left it, upgraded by this build in real Chromium:
 * what a user's browser does on the extension update. (jobs-db.test.ts checks the same upgrades
 * in Node with fake-indexeddb; this is Chromium's own IndexedDB.)
 */
const V3_IDB_VERSION = 30; // Dexie stores version n as IndexedDB version n × 10

/** A v3 row: the whole posting, description included, with the index fields v3's hooks wrote. */
function v3Row(sample: typeof GUEST, i: number): Posting & { searchWords: string[]; duplicateKey: string } {
  const parsed = parseSnapshot({ url: sample.url, urlJobId: null, paneJobId: null, documentTitle: '', html: sample.html(), jsonLd: [], region: 'test' });
  const posting: Posting = { ...parsed, status: i === 0 ? 'shortlisted' : 'new', tags: i === 0 ? ['from-v3'] : [], note: i === 0 ? 'kept across the upgrade' : '', capturedAt: 1_700_000_000_000 + i, updatedAt: 1_700_000_000_000 + i };
  return { ...posting, searchWords: searchWordsOf(posting), duplicateKey: duplicateKeyOf(posting) ?? '' };
}

let b: ExtensionBrowser;
let rows: ReturnType<typeof v3Row>[];

beforeAll(async () => {
  b = await launchExtensionBrowser();
  rows = [GUEST, TWO_PANE].map(v3Row);
  // The options page opens no database: from it, swap the worker's fresh database for a v3 one.
  // Deleting it asks the worker's connection to close (Dexie does, on "versionchange").
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.evaluate(
    ({ rows, version }) =>
      new Promise<void>((resolve, reject) => {
        const del = indexedDB.deleteDatabase('jobsnap');
        del.onerror = () => reject(del.error);
        del.onsuccess = () => {
          const open = indexedDB.open('jobsnap', version);
          open.onerror = () => reject(open.error);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('postings', { keyPath: 'jobId' });
            for (const index of ['capturedAt', 'updatedAt', 'status', 'duplicateKey']) store.createIndex(index, index);
            store.createIndex('searchWords', 'searchWords', { multiEntry: true });
          };
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('postings', 'readwrite');
            for (const row of rows) tx.objectStore('postings').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    { rows, version: V3_IDB_VERSION },
  );
  await page.close();
});
afterAll(async () => b?.close());

describe('upgrade from schema v3 in Chromium', () => {
  it('moves each description into its own table, keeps every field and the user’s status, tags and note', async () => {
    const popup = await b.popupTab('none'); // the first page to open the database runs the upgrade
    await expect.poll(() => popup.locator('.row-title').allTextContents()).toEqual([TWO_PANE.title, GUEST.title]);
    // b.postings() fails on a row that still holds its description or a job without one.
    const after = await b.postings();
    const withoutIndexFields = ({ searchWords: _words, duplicateKey: _key, ...posting }: (typeof rows)[number]) => posting;
    for (const before of rows) expect(after.find((p) => p.jobId === before.jobId)).toMatchObject(withoutIndexFields(before));
    expect(after.find((p) => p.jobId === GUEST.jobId)).toMatchObject({ status: 'shortlisted', tags: ['from-v3'], note: 'kept across the upgrade' });

    // The description is read from its new table when the job is opened.
    await popup.locator('.row', { hasText: GUEST.title }).click();
    await expect.poll(() => popup.locator('.description-body').textContent()).toContain('Healthcare needs a better');
    // Search still finds jobs by the index the upgrade kept.
    await popup.getByRole('button', { name: '← All saved jobs' }).click();
    await popup.getByLabel('Search saved jobs').fill('internship');
    await expect.poll(() => popup.locator('.row-title').allTextContents()).toEqual([TWO_PANE.title]);
    await popup.close();
  });

  it('saves new captures after the upgrade (the worker reopens its closed connection)', async () => {
    b.serve({ [SDUI.url]: SDUI.html() });
    const page = await b.context.newPage();
    await page.goto(SDUI.url);
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe(SDUI.title);
    expect((await b.postings()).map((p) => p.jobId).sort()).toEqual([GUEST.jobId, SDUI.jobId, TWO_PANE.jobId].sort());
    await popup.close();
    await page.close();
  });
});
