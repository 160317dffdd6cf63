import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { GUEST, SDUI, TWO_PANE, captureSamples } from './linkedin-samples';

let b: ExtensionBrowser;
let dashboard: Page;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  await captureSamples(b, [GUEST, SDUI, TWO_PANE]);
  dashboard = await b.context.newPage();
  await dashboard.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
});
afterAll(async () => b?.close());

/** Rows as stored, in a stable order, for exact comparison (searchWords is derived, rebuilt on restore). */
const stored = async () =>
  (await b.postings())
    .map(({ searchWords: _words, ...row }) => row)
    .sort((x, y) => x.jobId.localeCompare(y.jobId));

const wipe = () =>
  dashboard.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('jobsnap');
        open.onsuccess = () => {
          const tx = open.result.transaction(['postings', 'descriptions'], 'readwrite');
          tx.objectStore('postings').clear();
          tx.objectStore('descriptions').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

describe('backup and restore in the dashboard', () => {
  let backupPath = '';

  it('backs up, and after a wipe restores identical data', async () => {
    // User data worth keeping: a status, tags and a note.
    await dashboard.evaluate(async (jobId) => {
      const open = indexedDB.open('jobsnap');
      await new Promise((r) => (open.onsuccess = r));
      const tx = open.result.transaction('postings', 'readwrite');
      const store = tx.objectStore('postings');
      const get = store.get(jobId);
      await new Promise((r) => (get.onsuccess = r));
      store.put({ ...get.result, status: 'submitted', tags: ['client A'], note: 'sent 25 Nov' });
      await new Promise((r) => (tx.oncomplete = r));
    }, GUEST.jobId);
    const before = await stored();
    expect(before).toHaveLength(3);

    const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Back up' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jobsnap-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = (await download.path())!;
    const file = JSON.parse(await readFile(backupPath, 'utf8')) as { postings: Array<Record<string, unknown>> };
    expect(file).toMatchObject({ format: 'jobsnap-backup', version: 1 });
    // Whole postings, as before descriptions got their own table: each with its description, no index fields.
    expect(file.postings.map((p) => Object.keys(p).sort())).toEqual(before.map(({ duplicateKey: _key, ...p }) => Object.keys(p).sort()));
    for (const p of file.postings) expect(String(p.descriptionText).length).toBeGreaterThan(100);

    await wipe();
    await expect.poll(async () => (await b.postings()).length).toBe(0);

    await dashboard.getByLabel('Backup file to restore').setInputFiles(backupPath);
    const dialog = dashboard.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain('3 new');
    await dialog.getByRole('button', { name: /^Merge/ }).click();
    await expect.poll(async () => (await stored()).length).toBe(3);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['truncated', async () => (await readFile(backupPath, 'utf8')).slice(0, 500), /not valid JSON/],
    ['foreign', async () => JSON.stringify({ name: 'some-app', version: '2.0.0' }), /not a Jobsnap backup/],
    ['newer', async () => JSON.stringify({ format: 'jobsnap-backup', version: 7, exportedAt: 'x', postings: [] }), /newer version/],
    [
      'tampered',
      async () => {
        const file = JSON.parse(await readFile(backupPath, 'utf8')) as { postings: Array<Record<string, unknown>> };
        file.postings[0] = { ...file.postings[0], descriptionHtml: '<img src=x onerror=alert(1)>' };
        return JSON.stringify(file);
      },
      /job 1 of 3 is invalid/,
    ],
  ])('refuses a %s file with a clear message and changes nothing', async (_name, content, message) => {
    const before = await stored();
    await dashboard.getByLabel('Backup file to restore').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(await content()) });
    await expect.poll(() => dashboard.getByRole('alert').textContent()).toMatch(message);
    expect(await dashboard.getByRole('dialog').count()).toBe(0);
    expect(await stored()).toEqual(before);
  });
});
