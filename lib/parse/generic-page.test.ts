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

  it('reads the unlabelled facts under the title: chips, tags and a subtitle line', () => {
    const page = (header: string) => `<!doctype html><html><head><title>Event Coordinator | Honeysuckle Hospitality</title></head><body>
<div class="banner"><h1>Event Coordinator</h1>${header}</div><div class="description">${POSTING}</div></body></html>`;
    // Breezy: icons and spans in a list, a department among them.
    const breezy = parseFile(
      page(`<ul class="meta"><li class="location"><i class="fa fa-map-marker"></i><span>Nashville, TN</span></li>
<li class="type"><span>Full-Time</span></li><li class="department"><span>Events &amp; Catering</span></li><li class="salary"><span>$24 - $27 / hr</span></li></ul>`),
    );
    expect([breezy.location.value, breezy.employmentType.value, breezy.workplace.value]).toEqual(['Nashville, TN', 'full-time', null]);
    expect(breezy.salary.value).toMatchObject({ min: 24, max: 27, period: 'hour' });
    expect(breezy.location.source).toBe('selector:page.header.location');
    // Recruitee: a place alone, named by its test id.
    const recruitee = parseFile(
      page(`<ul data-testid="offer-tags"><li data-testid="offer-location"><span>Singapore</span></li><li><span>Finance</span></li><li><span>Full-time</span></li><li><span>On-site</span></li></ul>`),
    );
    expect([recruitee.location.value, recruitee.employmentType.value, recruitee.workplace.value]).toEqual(['Singapore', 'full-time', 'on-site']);
    // Personio: one line, the type after a comma, the parts apart by a middle dot.
    const personio = parseFile(page(`<p class="subtitle">Permanent employee, Full-time &middot; Remote (EU)</p>`));
    expect([personio.employmentType.value, personio.workplace.value]).toEqual(['full-time', 'remote']);
  });

  it('reads no chips from prose under the title, nor a department as a place', () => {
    const page = `<!doctype html><html><head><title>Event Coordinator | Honeysuckle</title></head><body><div class="top"><h1>Event Coordinator</h1>
<p>${'We plan weddings and full-time festivals across the South, remote venues too. '.repeat(5)}</p></div>
<ul class="tags"><li>Finance</li><li>Operations</li></ul><div class="description">${POSTING}</div></body></html>`;
    const p = parseFile(page);
    expect([p.location.value, p.employmentType.source, p.workplace.source]).toEqual([null, 'none', 'none']);
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

describe('Greenhouse pages', () => {
  it('read the pay box outside the description', () => {
    const page = (divider: string) => `<!doctype html><html><head><title>Job Application for SRE at Parcelwise</title></head><body>
<div class="job__title"><h1>Senior Site Reliability Engineer</h1></div><div class="job__location">Remote (US)</div>
<div class="job__description body">${POSTING}<ul><li>$1,500 home-office setup budget and a $150 monthly remote-work stipend</li></ul></div>
<div class="pay-transparency"><div class="title">US Annual Base Salary Range</div>
<div class="pay-range"><span>$165,000</span><span class="divider">${divider}</span><span>$195,000 USD</span></div></div></body></html>`;
    for (const divider of ['&mdash;', '']) {
      // The pay box is the employer's statement: it wins over a perk's figure in the text.
      const p = parseFile(page(divider).replace('<div class="job__location">', '<div class="company-name">at Parcelwise</div><div class="job__location">').replace('</ul></div>', '<li>Pay for on-call weeks: $500 per week</li></ul></div>'));
      expect(p.company.value).toBe('Parcelwise');
      expect(p.salary.value).toEqual({ min: 165000, max: 195000, currency: 'USD', period: 'year' });
      expect(p.salary.source).toBe('selector:greenhouse.salary[0]');
    }
  });
});

describe('companyInDocumentTitle', () => {
  it.each([
    ['Data Scientist, Pricing @ Larkspur', 'Data Scientist, Pricing', 'Larkspur'],
    ['Quantity Surveyor – Leeds | Careers | Hallam & Reid Construction', 'Quantity Surveyor', 'Hallam & Reid Construction'],
    ['Tandem Health - Senior Product Designer', 'Senior Product Designer', 'Tandem Health'],
    ['General Manager | Copper Kettle Kitchen & Tap | SmartRecruiters', 'General Manager', 'Copper Kettle Kitchen & Tap'],
    ['Backend Engineer at Acme', 'Backend Engineer', 'Acme'],
    ['Three Rivers Steel Fabricators, Inc. - Structural Welder / Fabricator - AWS D1.1', 'Structural Welder / Fabricator - AWS D1.1', 'Three Rivers Steel Fabricators, Inc.'],
  ])('%s → %s', (documentTitle, title, company) => {
    expect(companyInDocumentTitle(documentTitle, title)).toBe(company);
  });

  it('names none when only the title and words like "Careers" are there', () => {
    expect(companyInDocumentTitle('Careers | Backend Engineer', 'Backend Engineer')).toBeNull();
    expect(companyInDocumentTitle('Backend Engineer', 'Backend Engineer')).toBeNull();
    expect(companyInDocumentTitle('Firefighter/EMT | Job Details tab | Career Pages', 'Firefighter/EMT')).toBeNull();
  });
});

describe('readsLikeJob', () => {
  it('tells a posting from other text', () => {
    expect(readsLikeJob('Requirements: 3 years of experience. Full-time. Apply now.')).toBe(true);
    expect(readsLikeJob('Plant bulbs early and water them well. Our experience says spring is best.')).toBe(false);
  });
});
