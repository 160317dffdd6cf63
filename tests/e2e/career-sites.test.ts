import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_FIXTURES } from '../fixtures/paths';
import { launchExtensionBrowser, type ExtensionBrowser } from './extension-browser';

/**
 * Job pages on sites other than LinkedIn, read through `scripting.executeScript` on the active tab
 * (entrypoints/background/capture.ts), served under the sites' own addresses. The page's JSON-LD
 * comes first; without it, the site's profile (lib/sites/site-profiles.ts).
 */
const page = (file: string) => readFileSync(join(SHARED_FIXTURES, 'pages', file), 'utf8');
const CAREER_PAGE = { url: 'https://careers.kbra.example/jobs/senior-network-engineer', html: page('jsonld-career-page-senior-network-engineer.html') };
const GREENHOUSE = { url: 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002', html: page('backend-engineer-ruby-agent-observability.html') };
const WORKDAY = {
  url: 'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Germany-Munich/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
  html: page('senior-test-engineer-autonomous-driving.html'),
};
/** Written for the tests (tests/fixtures/pages/): a site no profile knows, and a page with no job. */
const ownPage = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/pages', file), 'utf8');
const UNKNOWN_ATS = { url: 'https://jobs.ats.example/larkspur/0f3a9c2e', html: ownPage('ats-left-pane-data-scientist.html') };
const BLOG = { url: 'https://blog.garden.example/spring-tips', html: ownPage('blog-article-not-a-job.html') };
const ALL = [CAREER_PAGE, GREENHOUSE, WORKDAY, UNKNOWN_ATS, BLOG];

/** Opens `url` in a tab and the popup over it, as the toolbar click does; returns the popup. */
async function capture(b: ExtensionBrowser, url: string) {
  const tab = await b.context.newPage();
  await tab.goto(url);
  const popup = await b.popupTab(await b.tabIdOf(tab));
  return { tab, popup };
}

describe('a job page on another site, with the access a toolbar click grants', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    // The stand-in for activeTab: these three hosts granted in a test copy (see extension-browser.ts).
    b = await launchExtensionBrowser({ grantHosts: ALL.map(({ url }) => `${new URL(url).origin}/*`) });
    b.serve(Object.fromEntries(ALL.map(({ url, html }) => [url, html])));
  });
  afterAll(async () => b?.close());

  it('saves a career page from its schema.org JobPosting, every field from the JSON-LD', async () => {
    const { tab, popup } = await capture(b, CAREER_PAGE.url);
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Senior Network Engineer - Linux');
    const [saved] = await b.postings();
    expect(saved).toMatchObject({
      site: 'web',
      url: CAREER_PAGE.url,
      jobId: `url:${CAREER_PAGE.url}`,
      title: { value: 'Senior Network Engineer - Linux', source: 'json-ld' },
      company: { value: 'Kroll Bond Rating Agency', source: 'json-ld' },
      location: { value: 'Remote, United States', source: 'json-ld' },
    });
    expect(saved!.descriptionText).toContain('KBRA Holdings is seeking a Senior Network Engineer');
    expect(saved!.requirements.skills.length).toBeGreaterThan(3);
    expect(saved!.completeness.missing).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('saves Greenhouse and Workday pages, which have no JSON-LD, from their site profiles', async () => {
    for (const [site, expected] of [
      [GREENHOUSE, { title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability', company: 'GitLab', profile: 'greenhouse' }],
      [WORKDAY, { title: 'Senior Test Engineer - Autonomous Driving', company: 'NVIDIA', profile: 'workday' }],
    ] as const) {
      const { tab, popup } = await capture(b, site.url);
      await expect.poll(() => popup.locator('#detail-title').textContent()).toBe(expected.title);
      const saved = (await b.postings()).find((p) => p.url === site.url);
      expect(saved?.company.value).toBe(expected.company);
      expect(saved?.title.source).toMatch(new RegExp(`^selector:${expected.profile}\\.title\\[\\d\\]$`));
      expect(saved?.descriptionText.length).toBeGreaterThan(500);
      await popup.close();
      await tab.close();
    }
    expect(await b.postings()).toHaveLength(3);
  });

  it('reads a job page no profile knows as a person would: its heading, the posting block, the facts under their labels', async () => {
    const { tab, popup } = await capture(b, UNKNOWN_ATS.url);
    await expect.poll(() => popup.locator('#detail-title').textContent()).toBe('Data Scientist, Pricing');
    const saved = (await b.postings()).find((p) => p.url === UNKNOWN_ATS.url);
    expect(saved).toMatchObject({
      title: { value: 'Data Scientist, Pricing', source: 'selector:page.title[0]' },
      company: { value: 'Larkspur', source: 'document-title' },
      location: { value: 'New York, NY', source: 'selector:page.location[0]' },
      employmentType: { value: 'full-time' },
      workplace: { value: 'hybrid' },
      salary: { value: { min: 150000, max: 185000, currency: 'USD', period: 'year' } },
    });
    expect(saved!.requirements.minYearsExperience?.min).toBe(3);
    expect(saved!.descriptionText).toContain("What we're looking for");
    expect(saved!.descriptionText).not.toContain('Accessibility statement'); // the footer is not the posting
    const facts = popup.getByRole('list', { name: 'Job facts' }).locator('li');
    await expect.poll(() => facts.allTextContents()).toEqual(['Hybrid', 'Full-time', '$150K–185K/yr']);
    await popup.close();
    await tab.close();
  });

  it('refuses a page that holds no job, says why, and saves nothing', async () => {
    const before = (await b.postings()).length;
    const { tab, popup } = await capture(b, BLOG.url);
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('no job posting');
    expect(await alert.getAttribute('data-code')).toBe('not-a-job');
    expect(await b.postings()).toHaveLength(before);
    await popup.close();
    await tab.close();
  });
});

describe('the same page with the shipped permissions and no click', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchExtensionBrowser();
    b.serve({ [CAREER_PAGE.url]: CAREER_PAGE.html });
  });
  afterAll(async () => b?.close());

  it('cannot read it: the popup says so and offers to paste, and nothing is saved', async () => {
    const { tab, popup } = await capture(b, CAREER_PAGE.url);
    expect(await tab.title()).toContain('Senior Network Engineer'); // the page itself loaded
    const alert = popup.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('cannot read this page');
    expect(await alert.getAttribute('data-code')).toBe('no-access'); // refused for access, not for a failure
    expect(await b.postings()).toEqual([]);
    await alert.getByRole('button', { name: 'Paste a posting instead' }).click();
    await expect(popup.getByLabel('Paste a job posting').isVisible()).resolves.toBe(true);
    await popup.close();
    await tab.close();
  });
});
