import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './extension-browser';
import { GUEST, HOSTILE, SDUI, TWO_PANE, captureSamples } from './linkedin-samples';

const JOBS = [TWO_PANE, SDUI, GUEST];

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  await captureSamples(b, [...JOBS, HOSTILE]);
  expect(await b.postings()).toHaveLength(4);
});
afterAll(async () => b?.close());

async function openDashboard(): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
  await page.getByRole('grid', { name: 'Saved jobs' }).waitFor();
  return page;
}
const titles = (page: Page) => page.locator('[role="rowgroup"] .cell-title').allTextContents();
const posting = async (jobId: string) => (await b.postings()).find((p) => p.jobId === jobId);

describe('dashboard', () => {
  it('lists every saved job, newest first, and sorts by a header click', async () => {
    const page = await openDashboard();
    await expect.poll(() => titles(page)).toEqual(['Hostile Engineer', GUEST.title, SDUI.title, TWO_PANE.title]);
    await page.getByRole('button', { name: 'Title' }).click();
    await expect.poll(() => titles(page)).toEqual(['Hostile Engineer', GUEST.title, SDUI.title, TWO_PANE.title].sort());
    await page.close();
  });

  it('filters by a skill and exports exactly the filtered rows', async () => {
    const page = await openDashboard();
    await page.getByLabel('Skill', { exact: true }).selectOption('Kubernetes');
    await expect.poll(() => titles(page)).toEqual([SDUI.title]);
    await page.getByLabel('Skill', { exact: true }).selectOption('Python');
    await expect.poll(() => titles(page)).toEqual(['Hostile Engineer', SDUI.title, TWO_PANE.title]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export 3 as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jobs-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r['Job ID']).sort()).toEqual([HOSTILE.jobId, SDUI.jobId, TWO_PANE.jobId].sort());
    for (const r of rows) expect(`${r['Required skills']}; ${r['Preferred skills']}`).toContain('Python');

    // Checked rows narrow the export to the selection.
    await page.getByLabel(`Select ${SDUI.title}`).check();
    const [one] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export 1 as CSV' }).click()]);
    const oneRows = Papa.parse<Record<string, string>>((await readFile((await one.path())!, 'utf8')).slice(1), { header: true, skipEmptyLines: true }).data;
    expect(oneRows.map((r) => r['Job ID'])).toEqual([SDUI.jobId]);
    await page.close();
  });

  it('sets the status and adds a tag to the selected rows', async () => {
    const page = await openDashboard();
    await page.getByLabel('Search saved jobs').fill('engineer');
    await page.getByLabel(`Select ${GUEST.title}`).check();
    await page.getByLabel(`Select ${SDUI.title}`).check();
    await expect.poll(() => page.locator('.bulk-count').textContent()).toBe('2 of 4 selected');
    await page.getByLabel('Set status of selected jobs').selectOption('reviewing');
    await page.getByLabel('Tag to add to selected jobs').fill('batch-1');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await b.postings()).filter((p) => p.status === 'reviewing').map((p) => p.jobId).sort()).toEqual([GUEST.jobId, SDUI.jobId].sort());
    await expect.poll(async () => (await posting(SDUI.jobId))?.tags).toEqual(['batch-1']);
    expect((await posting(TWO_PANE.jobId))?.status).toBe('new');
    await expect.poll(() => page.locator('[data-job-id="linkedin:4399912345"] .status').textContent()).toBe('Reviewing');
    await page.close();
  });

  it('edits status, tags and note in the detail, kept across a reload', async () => {
    const page = await openDashboard();
    // Keyboard: "/" focuses the search; ↓ and Enter open a row.
    await page.keyboard.press('/');
    await page.keyboard.type('quant');
    await expect.poll(() => titles(page)).toEqual([TWO_PANE.title]);
    await page.getByRole('grid', { name: 'Saved jobs' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('article');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(TWO_PANE.title);

    await panel.getByLabel('Status').selectOption('shortlisted');
    await panel.getByLabel('Tags').fill('quant, urgent, Quant');
    await panel.getByLabel('Tags').press('Enter');
    await panel.getByLabel('Note').fill('Call back Monday');
    await panel.getByLabel('Status').focus();
    await expect.poll(async () => (await posting(TWO_PANE.jobId))?.note).toBe('Call back Monday');
    expect(await posting(TWO_PANE.jobId)).toMatchObject({ status: 'shortlisted', tags: ['quant', 'urgent'] });

    await page.reload();
    await page.getByRole('grid', { name: 'Saved jobs' }).waitFor();
    await page.locator('[role="rowgroup"] .trow', { hasText: TWO_PANE.title }).click();
    await expect.poll(() => panel.getByLabel('Note').inputValue()).toBe('Call back Monday');
    expect(await panel.getByLabel('Status').inputValue()).toBe('shortlisted');
    expect(await panel.getByLabel('Tags').inputValue()).toBe('quant, urgent');
    await page.close();
  });

  it('marks requirements in the description and builds a Boolean search', async () => {
    const page = await openDashboard();
    await page.locator('[role="rowgroup"] .trow', { hasText: SDUI.title }).click();
    const panel = page.getByRole('article');
    // The panel renders, then marks its description: poll (a read right after the click raced it).
    const marked = async () => (await panel.locator('.desc-text mark.term').allTextContents()).map((m) => m.toLowerCase());
    await expect.poll(marked).toContain('terraform');
    expect((await marked()).some((m) => m.startsWith('kubernetes'))).toBe(true);
    await panel.getByRole('region', { name: 'Required' }).getByRole('button', { name: 'Kubernetes' }).click();
    await expect.poll(async () => (await panel.locator('.desc-text mark.evidence').allTextContents()).join('')).toMatch(/Kubernetes/i);
    // The search box loads the taxonomy on demand.
    const query = panel.getByLabel('Boolean search for this job');
    await expect.poll(() => query.textContent()).toMatch(/^\(Kubernetes( OR [^)]+)?\) AND /);
    expect(await query.textContent()).toContain('("Site Reliability Engineer")');
    await page.close();
  });

  it('shows a hostile description as text: no script runs', async () => {
    const page = await openDashboard();
    await page.locator('[role="rowgroup"] .trow', { hasText: 'Hostile Engineer' }).click();
    const panel = page.getByRole('article');
    await panel.locator('.desc-text').hover();
    expect(await panel.locator('.desc-text').textContent()).toContain('We need Python');
    await panel.getByRole('button', { name: 'Formatted' }).click();
    await panel.locator('.description-body').hover();
    expect(await panel.locator('.description-body script, .description-body img, .description-body svg, .description-body [onmouseover]').count()).toBe(0);
    expect(await page.title()).toBe('Jobsnap dashboard');
    await page.close();
  });

  it('keeps up with edits made on another page while it is open', async () => {
    const page = await openDashboard();
    await page.locator('.dash[data-loaded]').waitFor();
    const row = page.locator(`[data-job-id="${TWO_PANE.jobId}"] .status`);
    const before = (await row.textContent()) ?? '';
    expect(before).not.toBe('Closed');
    const other = await openDashboard();
    await other.getByLabel(`Select ${TWO_PANE.title}`).check();
    await other.getByLabel('Set status of selected jobs').selectOption('closed');
    await expect.poll(() => row.textContent()).toBe('Closed');
    await other.getByLabel('Set status of selected jobs').selectOption(before.toLowerCase()); // back as it was
    await expect.poll(() => row.textContent()).toBe(before);
    await other.close();
    await page.close();
  });

  it('shows insights over the filtered jobs, then deletes a row with confirmation', async () => {
    const page = await openDashboard();
    // The hostile job has served the safety tests; the screenshots below show real postings only.
    await page.getByLabel('Select Hostile Engineer').check();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => titles(page)).toEqual([GUEST.title, SDUI.title, TWO_PANE.title]);
    await page.getByRole('button', { name: 'Insights' }).click();
    const skills = page.getByRole('list', { name: 'Postings per skill' });
    // AWS and Python are each in two of the three jobs; ties go to the more often required, then by name.
    await expect.poll(() => skills.locator('.bar-label').first().textContent()).toBe('AWS');
    expect(await skills.locator('.bar-label').allTextContents()).toContain('Python');
    expect(await page.getByRole('table').textContent()).toContain('CAD');
    await page.screenshot({ path: screenshotPath('dashboard-insights.png') });

    await page.getByRole('button', { name: 'Jobs' }).click();
    await page.getByLabel(`Select ${GUEST.title}`).check();
    await page.screenshot({ path: screenshotPath('dashboard.png') });
    await page.getByLabel(`Select ${GUEST.title}`).uncheck();
    await page.locator('[role="rowgroup"] .trow', { hasText: SDUI.title }).click();
    await page.getByRole('article').getByRole('region', { name: 'Required' }).getByRole('button', { name: 'Python' }).click();
    await expect.poll(() => page.locator('.desc-text mark.term').count()).toBeGreaterThan(3);
    await page.screenshot({ path: screenshotPath('dashboard-detail.png') });

    // Escape closes the details; Delete on the focused row asks first, and Cancel keeps the job.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('article').count()).toBe(0);
    await page.keyboard.press('End');
    await page.keyboard.press('Delete');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    expect(await b.postings()).toHaveLength(3);

    await page.locator('[role="rowgroup"] .trow', { hasText: SDUI.title }).click();
    await page.getByRole('article').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete job' }).click();
    await expect.poll(async () => (await b.postings()).map((p) => p.jobId)).not.toContain(SDUI.jobId);
    await expect.poll(() => titles(page)).not.toContain(SDUI.title);
    await page.close();
  });
});
