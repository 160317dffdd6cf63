import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { GUEST, SDUI, captureSamples } from './linkedin-samples';

const JOBS = [SDUI, GUEST];

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  await captureSamples(b, JOBS);
});
afterAll(async () => b?.close());

const rowTitles = async (popup: import('playwright-core').Page) => popup.locator('.row-title').allTextContents();

describe('popup review', () => {
  it('lists saved jobs newest first and searches as you type', async () => {
    const popup = await b.popupTab('none');
    await expect.poll(() => rowTitles(popup)).toEqual([JOBS[1]!.title, JOBS[0]!.title]);
    await popup.getByLabel('Search saved jobs').fill('terraform northwind');
    await expect.poll(() => rowTitles(popup)).toEqual([JOBS[0]!.title]);
    await popup.getByLabel('Search saved jobs').fill('cobol');
    await expect.poll(() => popup.locator('.empty').textContent()).toContain('No saved job matches');
    await popup.close();
  });

  it('exports exactly the rows shown as a CSV named after the date', async () => {
    const popup = await b.popupTab('none');
    await popup.getByLabel('Search saved jobs').fill('heidi');
    await expect.poll(() => rowTitles(popup)).toEqual([JOBS[1]!.title]);
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^jobs-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Title: JOBS[1]!.title,
      Company: 'Heidi',
      Location: 'Melbourne, Victoria, Australia',
      'Employment type': 'full-time',
      Seniority: 'mid-senior',
      URL: 'https://www.linkedin.com/jobs/view/4411867124/',
    });
    expect(rows[0]!['Required skills']).toContain('Terraform');
    expect(rows[0]!['Preferred skills']).toContain('PostgreSQL');
    await popup.close();
  });

  it('opens a job with its requirements, deletes it, and brings it back with undo', async () => {
    const popup = await b.popupTab('none');
    await popup.locator('.row', { hasText: JOBS[0]!.title }).click();
    const required = popup.getByRole('region', { name: 'Required' });
    await expect.poll(() => required.locator('.chip').allTextContents()).toEqual(expect.arrayContaining(['Kubernetes', 'Terraform', 'Linux', 'Python']));
    expect(await required.textContent()).toContain('3+ years of experience');
    expect(await popup.getByRole('region', { name: 'Preferred' }).locator('.chip').allTextContents()).toEqual(expect.arrayContaining(['Go', 'CKA']));
    // The description, read from its own table, shows in the detail.
    await popup.getByText('Description as captured').click();
    await expect.poll(async () => (await popup.locator('.description-body').textContent())?.length ?? 0).toBeGreaterThan(500);
    const saved = (await b.postings()).find((p) => p.jobId === 'linkedin:4399912345')!;

    await popup.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await b.postings()).map((p) => p.jobId)).not.toContain('linkedin:4399912345');
    await expect.poll(() => rowTitles(popup)).toEqual([JOBS[1]!.title]);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rowTitles(popup)).toEqual([JOBS[1]!.title, JOBS[0]!.title]);
    expect((await b.postings()).map((p) => p.jobId).sort()).toEqual(['linkedin:4399912345', 'linkedin:4411867124']);
    // Undo brings the job back whole, description included.
    expect((await b.postings()).find((p) => p.jobId === 'linkedin:4399912345')).toEqual(saved);
    await popup.close();
  });

  it('keeps status, tags and note across a popup reopen and a re-capture', async () => {
    const popup = await b.popupTab('none');
    await popup.locator('.row', { hasText: GUEST.title }).click();
    await popup.getByLabel('Status', { exact: true }).selectOption('shortlisted');
    await popup.getByLabel('Tags', { exact: true }).fill('urgent, client A, Urgent');
    await popup.getByLabel('Note', { exact: true }).fill('Strong match for =SUM(A1)');
    await popup.getByLabel('Status', { exact: true }).focus(); // blur saves the note
    await expect
      .poll(async () => (await b.postings()).find((p) => p.jobId === GUEST.jobId)?.note)
      .toBe('Strong match for =SUM(A1)');
    await popup.close();

    // Re-capture the same job from its tab: the parse is fresh, the user's fields stay.
    const page = await b.context.newPage();
    await page.goto(GUEST.url);
    const again = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => again.getByRole('status').textContent()).toContain('Updated');
    await expect.poll(() => again.getByLabel('Status', { exact: true }).inputValue()).toBe('shortlisted');
    expect(await again.getByLabel('Tags', { exact: true }).inputValue()).toBe('urgent, client A');
    expect(await again.getByLabel('Note', { exact: true }).inputValue()).toBe('Strong match for =SUM(A1)');
    await again.getByRole('button', { name: '← All saved jobs' }).click();
    await again.getByLabel('Search saved jobs').fill('client');
    await expect.poll(() => rowTitles(again)).toEqual([GUEST.title]); // tags are searchable

    // The same job open in the dashboard: a note saved there shows in the open popup at once,
    // and the popup's own unsaved typing in another field is left alone.
    await again.locator('.row', { hasText: GUEST.title }).click();
    await again.getByLabel('Tags', { exact: true }).fill('urgent, client A, half-typed');
    const dashboard = await b.context.newPage();
    await dashboard.goto(`chrome-extension://${b.extensionId}/dashboard.html`);
    await dashboard.locator('[role="rowgroup"] .trow', { hasText: GUEST.title }).click();
    await dashboard.getByRole('article').getByLabel('Note').fill('Called on Monday');
    await dashboard.getByRole('article').getByLabel('Status').focus(); // blur saves the note
    await expect.poll(() => again.getByLabel('Note', { exact: true }).inputValue()).toBe('Called on Monday');
    expect(await again.getByLabel('Tags', { exact: true }).inputValue()).toBe('urgent, client A, half-typed');
    await again.getByLabel('Tags', { exact: true }).fill('urgent, client A'); // typing undone: nothing to save
    await dashboard.close();
    await again.close();
    await page.close();
  });

  it('flags the same job saved from another source, and merges only when asked', async () => {
    const popup = await b.popupTab('none');
    await popup.getByRole('button', { name: 'Paste', exact: true }).click();
    await popup.getByLabel('Paste a job posting').fill(
      `${GUEST.title}\nCompany: Heidi\nLocation: Melbourne, Victoria, Australia\n\nJoin our platform team. You will build CI/CD with Docker and Terraform on AWS.`,
    );
    await popup.getByRole('button', { name: 'Save posting' }).click();
    const notice = popup.getByRole('note').filter({ hasText: 'Looks like the same job' });
    await expect.poll(() => notice.textContent()).toContain('saved from LinkedIn');
    const before = await b.postings();
    const pasted = before.find((p) => p.site === 'paste' && p.title.value === GUEST.title)!;
    expect(before.some((p) => p.jobId === GUEST.jobId)).toBe(true); // flagged, not merged

    await notice.getByRole('button', { name: 'Merge into this one' }).click();
    await expect.poll(async () => (await b.postings()).map((p) => p.jobId)).not.toContain(GUEST.jobId);
    const kept = (await b.postings()).find((p) => p.jobId === pasted.jobId)!;
    expect(kept).toMatchObject({ status: 'shortlisted', tags: ['urgent', 'client A'], note: 'Called on Monday' });
    expect(kept.descriptionText).toBe(pasted.descriptionText); // the kept job's own; the other's went with it
    await expect.poll(() => notice.count()).toBe(0);
    await popup.close();
  });
});
