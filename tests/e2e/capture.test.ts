import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, LINKEDIN_FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';
import { GUEST, HOSTILE, SDUI, TWO_PANE } from './linkedin-samples';

/** A layout no selector names (set-13: SDUI with its screen, description and test hooks renamed). */
const RENAMED = {
  url: 'https://www.linkedin.com/jobs/view/4473390012/',
  html: () => readFileSync(new URL('../heldout/set-13/linkedin/next-sdui-renamed-hooks-solar-field-technician-colorado.html', import.meta.url), 'utf8'),
};

/** A job's address where LinkedIn shows only "Esta vaga não está mais disponível" (set-62). */
const GONE = {
  url: 'https://www.linkedin.com/jobs/view/4401454344/',
  html: () => readFileSync(new URL('../heldout/set-62/refuse/classic-job-view-no-longer-available-enfermagem.html', import.meta.url), 'utf8'),
};

/** The two-pane fixture turned into another job, as LinkedIn renders the pane after a click. */
const otherPane = () =>
  readFileSync(join(LINKEDIN_FIXTURES, 'logged-in-two-pane-software-engineer-intern.html'), 'utf8')
    .replaceAll('4302668926', '4300000001')
    .replaceAll('Software Engineer - Internship - Up to $18,000 p/m + Benefits - Quant Fund', 'Data Platform Engineer');

let b: ExtensionBrowser;

beforeAll(async () => {
  b = await launchExtensionBrowser();
  b.serve({
    [GUEST.url]: GUEST.html(),
    'https://www.linkedin.com/jobs/search/*': TWO_PANE.html(), // any currentJobId: the SPA switch below
    [SDUI.url]: SDUI.html(),
    'https://www.linkedin.com/jobs/collections/recommended/': '<!doctype html><title>Jobs | LinkedIn</title><main><h2>Recommended for you</h2></main>',
    [HOSTILE.url]: HOSTILE.html(),
    [RENAMED.url]: RENAMED.html(),
    [GONE.url]: GONE.html(),
    'https://example.org/about': '<!doctype html><title>About us</title><main><h1>About us</h1><p>We make things.</p></main>',
  });
});
afterAll(async () => b?.close());

describe('capture through the real toolbar popup', () => {
  it('saves a guest job page with its fields and requirements, then updates it without a duplicate', async () => {
    const page = await b.context.newPage();
    await page.goto(GUEST.url);
    await page.bringToFront();
    await b.openPopup();
    const saved = await b.waitForPosting('linkedin:4411867124');
    expect(saved.title).toEqual({ value: 'Senior Software Engineer - Developer Experience', source: 'selector:title[0]' });
    expect(saved.company.value).toBe('Heidi');
    expect(saved.location.value).toBe('Melbourne, Victoria, Australia');
    expect(saved.employmentType.value).toBe('full-time');
    expect(saved.seniority.value).toBe('mid-senior');
    expect(saved.url).toBe('https://www.linkedin.com/jobs/view/4411867124/');
    expect(saved.descriptionText).toContain('Healthcare needs a better');
    // LinkedIn clamps this description to 5 lines behind "Show more": the whole text is saved, the button is not.
    expect(saved.descriptionText.trimEnd()).toMatch(/committed to promoting a culture of opportunity for all\.$/);
    expect(saved.descriptionText).not.toMatch(/show (more|less)/i);
    expect(saved.status).toBe('new');

    // A second capture of the same job from the popup: "updated", still one row.
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.getByRole('status').innerText()).toContain('Updated');
    const rows = (await b.postings()).filter((p) => p.jobId === 'linkedin:4411867124');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.capturedAt).toBe(saved.capturedAt);
    await popup.close();
    await page.close();
  });
});

describe('capture from the popup', () => {
  it('shows the captured job at once with required and preferred requirements', async () => {
    const page = await b.context.newPage();
    await page.goto(SDUI.url);
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Site Reliability Engineer');
    await expect(popup.locator('.detail-sub').textContent()).resolves.toBe('Northwind Analytics · Toronto, Ontario, Canada');
    const facts = await popup.locator('.facts li').allTextContents();
    expect(facts).toEqual(expect.arrayContaining(['Hybrid', 'Full-time']));
    const saved = await b.waitForPosting('linkedin:4399912345');
    expect(saved.salary.value).toEqual({ min: 120000, max: 150000, currency: 'CAD', period: 'year' });
    await popup.close();
    await page.close();
  });

  it('captures the job in the two-pane detail pane, and the new job after an in-page switch', async () => {
    const page = await b.context.newPage();
    await page.goto(TWO_PANE.url);
    const tabId = await b.tabIdOf(page);
    const first = await b.popupTab(tabId);
    await expect.poll(() => first.locator('#detail-title').textContent()).toContain('Software Engineer - Internship');
    await first.close();
    const saved = await b.waitForPosting('linkedin:4302668926');
    expect(saved.workplace.value).toBe('on-site');
    expect(saved.employmentType.value).toBe('internship');
    expect(saved.company.value).toBe('Hunter Bond');

    // The user clicks another job: the address changes at once, the pane re-renders a moment later.
    await page.evaluate((html) => {
      history.pushState({}, '', '/jobs/search/?currentJobId=4300000001&keywords=software');
      setTimeout(() => {
        document.body.innerHTML = html;
      }, 700);
    }, otherPane());
    const second = await b.popupTab(tabId);
    await expect.poll(() => second.locator('#detail-title').textContent(), { timeout: 8000 }).toBe('Data Platform Engineer');
    const switched = await b.waitForPosting('linkedin:4300000001');
    expect(switched.title.value).toBe('Data Platform Engineer');
    await second.close();
    await page.close();
  });

  it('says plainly when a LinkedIn page shows no job, and offers to paste one', async () => {
    const page = await b.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/collections/recommended/');
    const popup = await b.popupTab(await b.tabIdOf(page));
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('No job is open on this LinkedIn page');
    await alert.getByRole('button', { name: 'Paste a posting instead' }).click();
    await expect(popup.getByLabel('Paste a job posting').isVisible()).resolves.toBe(true);
    await popup.close();
    await page.close();
  });

  it('reads a job on a layout no selector names from what the page shows (its title, top card and "About the job")', async () => {
    const page = await b.context.newPage();
    await page.goto(RENAMED.url);
    await page.bringToFront();
    await b.openPopup();
    const saved = await b.waitForPosting('linkedin:4473390012');
    expect([saved.title.value, saved.company.value, saved.location.value]).toEqual(['Field Service Technician II - Utility-Scale Solar', 'Sunmesa Renewables', 'Pueblo, CO']);
    expect([saved.workplace.value, saved.employmentType.value]).toEqual(['on-site', 'full-time']);
    expect(saved.descriptionText).toMatch(/^Sunmesa Renewables owns and operates/);
    expect(saved.descriptionText).not.toMatch(/About the job|Show less/);
    await page.close();
  });

  it('refuses a page it cannot read without a toolbar click, with a clear message', async () => {
    const page = await b.context.newPage();
    await page.goto('https://example.org/about');
    const before = (await b.postings()).length;
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('cannot read this page');
    expect(await b.postings()).toHaveLength(before);
    await popup.close();
    await page.close();
  });

  it('says LinkedIn shows no job at the address of a closed job, and saves nothing', async () => {
    const page = await b.context.newPage();
    await page.goto(GONE.url);
    const before = (await b.postings()).length;
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('LinkedIn shows no job at this address');
    expect(await b.postings()).toHaveLength(before);
    await popup.close();
    await page.close();
  });

  it('saves a pasted posting like a captured one', async () => {
    const popup = await b.popupTab('none');
    await popup.getByRole('button', { name: 'Paste', exact: true }).click();
    await popup.getByLabel('Paste a job posting').fill(
      readFileSync(join(LINKEDIN_FIXTURES, '../../../../shared/fixtures/postings/computer-systems-technician-insurance.txt'), 'utf8'),
    );
    await popup.getByRole('button', { name: 'Save posting' }).click();
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Computer Systems Technician');
    const pasted = (await b.postings()).find((p) => p.title.value === 'Computer Systems Technician');
    expect(pasted?.site).toBe('paste');
    expect(pasted?.company.value).toBe('biBERK');
    expect(pasted?.descriptionText.length).toBeGreaterThan(100);
    await popup.close();
  });

  it('stores and renders a hostile description inert', async () => {
    const page = await b.context.newPage();
    await page.goto(HOSTILE.url);
    const popup = await b.popupTab(await b.tabIdOf(page));
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Hostile Engineer');
    await popup.getByText('Description as captured').click();
    const body = popup.locator('.description-body');
    await expect.poll(() => body.textContent()).toContain('Requirements: 2+ years of experience.');
    await body.hover();
    await popup.waitForTimeout(300);
    expect(await popup.title()).toBe('Jobsnap');
    expect(await body.locator('script, img, svg, iframe, form, a, [style], [onmouseover]').count()).toBe(0);
    const saved = await b.waitForPosting(HOSTILE.jobId);
    expect(saved.descriptionHtml).not.toMatch(/<[a-z0-9]+\s[^>]*>/i); // no tag keeps an attribute
    // Markup written as text stays escaped text; no tag of these kinds, no script URL, no remote URL.
    expect(saved.descriptionHtml).not.toMatch(/<(script|iframe|img|svg|form|a|style)\b|javascript:|evil\.example/i);
    expect(saved.requirements.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'SQL']));
    await popup.close();
    await page.close();
  });

  it('asks the browser for no more than activeTab, scripting, contextMenus, storage and LinkedIn job pages', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as chrome.runtime.ManifestV3;
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts?.flatMap((c) => c.matches ?? []).sort()).toEqual([
      '*://*.linkedin.com/jobs-guest/*',
      '*://*.linkedin.com/jobs/*',
    ]);
  });

  it('makes no network request of its own, even for hostile content', () => {
    expect(b.blockedRequests).toContain('https://evil.example/track.png'); // the page's own, blocked here
    expect(b.extensionRequests).toEqual([]);
  });
});
