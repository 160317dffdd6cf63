import { describe, expect, it } from 'vitest';
import { CaptureError } from '../capture-error';
import { companyInDocumentTitle, readsLikeJob } from './generic-page';
import { parseFile } from './parse-file';

const POSTING = `<p><strong>About Larkspur</strong></p><p>Larkspur matches homeowners with vetted local pros.</p>
<h3>What you'll do</h3><ul><li>Own pricing experiments end to end.</li><li>Build demand models in Python and SQL.</li></ul>
<h3>What we're looking for</h3><ul><li>3+ years of experience in data science.</li><li>Bachelor's degree in a quantitative field.</li></ul>
<p>Apply with your resume; we review every candidate.</p>`;

/** A page in the shape of an ATS no profile knows: facts in a left pane, the posting in the right. */
const ATS_PAGE = `<!doctype html><html><head><title>Data Scientist, Pricing @ Larkspur</title></head><body>
<nav><a href="/">Jobs</a><a href="/about">About our company and its many open positions</a></nav>
<div id="root"><h1 class="heading">Data Scientist, Pricing</h1>
<div class="pane-left"><div><h2>Location</h2><p>New York, NY</p></div><div><h2>Employment Type</h2><p>Full time</p></div>
<div><h2>Location Type</h2><p>Hybrid</p></div><div><h2>Compensation</h2><p>$150K – $185K • Offers Equity</p></div></div>
<div class="pane-right">${POSTING}</div></div>
<footer>© Larkspur. Privacy. Terms. Cookie settings. Accessibility statement for applicants.</footer></body></html>`;

describe('a job page no profile reads', () => {
  it('takes the heading, the block holding the posting, the labelled facts and the company from the document title', () => {
    const p = parseFile(ATS_PAGE);
    expect([p.title.value, p.company.value, p.location.value]).toEqual(['Data Scientist, Pricing', 'Larkspur', 'New York, NY']);
    expect([p.employmentType.value, p.workplace.value]).toEqual(['full-time', 'hybrid']);
    expect(p.salary.value).toMatchObject({ min: 150000, max: 185000, currency: 'USD', period: 'year' });
    expect(p.title.source).toBe('selector:page.title[0]');
    expect(p.location.source).toBe('selector:page.location[0]');
    expect(p.descriptionText).toContain('3+ years of experience');
    // The posting only: not the facts pane, the menu or the footer.
    expect(p.descriptionText).not.toContain('Employment Type');
    expect(p.descriptionText).not.toContain('Cookie settings');
    expect(p.requirements.minYearsExperience?.min).toBe(3);
    expect(p.requirements.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Python', 'SQL']));
  });

  it('reads `<dt>`/`<dd>` facts and prefers the page to a JSON-LD summary', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Quantity Surveyor', description: 'Join our team in Leeds.', hiringOrganization: { name: 'Hallam & Reid Ltd' } });
    const page = `<!doctype html><html><head><title>Quantity Surveyor – Leeds | Careers | Hallam &amp; Reid</title>
<script type="application/ld+json">${ld}</script></head><body><main><h1>Quantity Surveyor</h1>
<dl class="meta"><dt>Location</dt><dd>Leeds</dd><dt>Contract type</dt><dd>Permanent, full time</dd></dl>
<div class="content">${POSTING}</div></main></body></html>`;
    const p = parseFile(page);
    expect([p.title.value, p.company.value, p.location.value]).toEqual(['Quantity Surveyor', 'Hallam & Reid Ltd', 'Leeds']);
    expect(p.employmentType.value).toBe('full-time');
    expect(p.descriptionText).toContain("What we're looking for");
  });

  it('takes an h2 the document title names when the page has no h1, and facts from a sidebar', () => {
    const page = `<!doctype html><html><head><title>Copperline Therapeutics - Executive Assistant to the CEO</title></head><body>
<header><img alt="Copperline"></header><div class="layout"><div class="main"><h2>Executive Assistant to the CEO</h2>${POSTING}</div>
<aside><div><p>Location</p><p>Cambridge, Massachusetts</p></div><div><p>Location Type</p><p>Hybrid</p></div></aside></div></body></html>`;
    const p = parseFile(page);
    expect([p.title.value, p.company.value, p.location.value, p.workplace.value]).toEqual([
      'Executive Assistant to the CEO',
      'Copperline Therapeutics',
      'Cambridge, Massachusetts',
      'hybrid',
    ]);
    expect(p.title.source).toBe('selector:page.title[2]');
  });

  it('reads iCIMS\' "US-PA-Lancaster" as a place, and a posting whose apply button sits outside its text', () => {
    const page = `<!doctype html><html><head><title>Teller I | Keystone Heritage Bank</title></head><body><div class="iCIMS_JobContainer">
<h1>Teller I</h1><dl><dt>Job Locations</dt><dd><span>US-PA-Lancaster</span></dd></dl>
<div class="iCIMS_InfoMsg"><h2>Your mission</h2><p>${'Serve members at the branch counter with care, balance your drawer and process deposits and withdrawals accurately. '.repeat(3)}</p>
<h2>Your profile</h2><ul><li>1 year of cash-handling experience</li><li>High school diploma or GED</li></ul></div>
<a class="button">Apply for this job online</a></div></body></html>`;
    const p = parseFile(page);
    expect([p.title.value, p.company.value, p.location.value]).toEqual(['Teller I', 'Keystone Heritage Bank', 'Lancaster, PA']);
    expect(p.requirements.minYearsExperience?.min).toBe(1);
  });

  it("takes the job's heading, not the site header's logo heading", () => {
    const page = ATS_PAGE.replace('<nav>', '<header class="site"><h1>Larkspur Careers</h1></header><nav>');
    expect(parseFile(page).title.value).toBe('Data Scientist, Pricing');
  });

  it('refuses a page that does not read like a job posting', () => {
    const article = `<!doctype html><html><head><title>Ten tips for spring gardens | Home Blog</title></head><body><main><h1>Ten tips for spring gardens</h1>
<p>${'Plant bulbs early and water them well through the first weeks of spring. '.repeat(8)}</p></main></body></html>`;
    expect(() => parseFile(article)).toThrow(CaptureError);
  });
});

describe('Lever pages', () => {
  it('read every section of the posting, not only the opening, and the workplace category', () => {
    const page = `<!doctype html><html><head><title>Tandem Health - Senior Product Designer</title></head><body>
<div class="content-wrapper posting-page"><div class="content">
<div class="section-wrapper accent-section page-full-width"><div class="section page-centered posting-header">
<div class="posting-headline"><h2>Senior Product Designer</h2><div class="posting-categories">
<div class="location">Austin, TX /</div><div class="commitment">Full-time /</div><div class="workplaceTypes">Hybrid</div></div></div>
<div class="postings-btn-wrapper"><a class="postings-btn">Apply for this job</a></div></div></div>
<div class="section-wrapper page-full-width"><div class="section page-centered" data-qa="job-description"><p>Tandem Health builds care software.</p></div>
<div class="section page-centered"><h3>Requirements</h3><ul class="posting-requirements plain-list"><li>5+ years of product design experience</li><li>Expert in Figma</li></ul></div>
<div class="section page-centered last-section-apply" data-qa="btn-apply-bottom"><a class="postings-btn">Apply for this job</a></div>
</div></div></div></body></html>`;
    const p = parseFile(page);
    expect([p.title.value, p.company.value, p.location.value, p.workplace.value, p.employmentType.value]).toEqual([
      'Senior Product Designer',
      'Tandem Health',
      'Austin, TX',
      'hybrid',
      'full-time',
    ]);
    expect(p.requirements.minYearsExperience?.min).toBe(5);
    expect(p.requirements.skills.map((s) => s.name)).toContain('Figma');
    expect(p.descriptionText).not.toContain('Apply for this job');
  });
});

describe('companyInDocumentTitle', () => {
  it.each([
    ['Data Scientist, Pricing @ Larkspur', 'Data Scientist, Pricing', 'Larkspur'],
    ['Quantity Surveyor – Leeds | Careers | Hallam & Reid Construction', 'Quantity Surveyor', 'Hallam & Reid Construction'],
    ['Tandem Health - Senior Product Designer', 'Senior Product Designer', 'Tandem Health'],
    ['General Manager | Copper Kettle Kitchen & Tap | SmartRecruiters', 'General Manager', 'Copper Kettle Kitchen & Tap'],
    ['Backend Engineer at Acme', 'Backend Engineer', 'Acme'],
  ])('%s → %s', (documentTitle, title, company) => {
    expect(companyInDocumentTitle(documentTitle, title)).toBe(company);
  });

  it('names none when only the title and words like "Careers" are there', () => {
    expect(companyInDocumentTitle('Careers | Backend Engineer', 'Backend Engineer')).toBeNull();
    expect(companyInDocumentTitle('Backend Engineer', 'Backend Engineer')).toBeNull();
  });
});

describe('readsLikeJob', () => {
  it('tells a posting from other text', () => {
    expect(readsLikeJob('Requirements: 3 years of experience. Full-time. Apply now.')).toBe(true);
    expect(readsLikeJob('Plant bulbs early and water them well. Our experience says spring is best.')).toBe(false);
  });
});
