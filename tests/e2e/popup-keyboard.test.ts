import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { GUEST, SDUI, TWO_PANE, captureSamples } from './linkedin-samples';

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  await captureSamples(b, [TWO_PANE, SDUI, GUEST]);
  await b.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => b?.close());

describe('popup from the keyboard', () => {
  it('"/" searches, ↓ walks the list, Enter opens, Escape goes back, Delete deletes with undo', async () => {
    const popup = await b.popupTab('none');
    await popup.locator('.row-sub').first().waitFor();
    await popup.keyboard.press('/');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search saved jobs');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-job-id'))).toBe(SDUI.jobId);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe(SDUI.title);
    await popup.keyboard.press('Escape');
    await popup.locator('.row-sub').first().waitFor();

    await popup.keyboard.press('/');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search saved jobs');
    await popup.keyboard.press('ArrowDown');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-job-id'))).toBe(GUEST.jobId);
    const saved = (await b.postings()).find((p) => p.jobId === GUEST.jobId);
    await popup.keyboard.press('Delete');
    await expect.poll(async () => (await b.postings()).map((p) => p.jobId)).not.toContain(GUEST.jobId);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await b.postings()).find((p) => p.jobId === GUEST.jobId)).toEqual(saved);
    expect(saved?.descriptionText.length).toBeGreaterThan(500);
    await popup.close();
  });

  it('copies a job as text to paste elsewhere', async () => {
    const popup = await b.popupTab('none');
    await popup.locator('.row', { hasText: SDUI.title }).click();
    await popup.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect.poll(() => popup.getByRole('button', { name: '✓ Copied' }).count()).toBe(1);
    const text = await popup.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n').slice(0, 2)).toEqual([SDUI.title, 'Northwind Analytics · Toronto, Ontario, Canada']);
    expect(text).toContain('Required skills: Kubernetes');
    expect(text).toContain('Preferred certifications: CKA');
    expect(text.trim().endsWith('https://www.linkedin.com/jobs/view/4399912345/')).toBe(true);
    await popup.close();
  });
});
