import { describe, expect, it } from 'vitest';
import { textContent } from 'domutils';
import { loadBounded } from './load-bounded';
import { descriptionByClass, descriptionByHeading, dotSegments, payPill, placeFromMetaLine, titleFromJobLink } from './linkedin-fallbacks';
import { parseDocumentTitle } from './document-title';
import { parseSnapshot } from './parse-snapshot';
import type { Snapshot } from '../snapshot';

const text = (nodes: ReturnType<typeof descriptionByHeading>) => nodes.map((n) => textContent(n)).join('').replace(/\s+/g, ' ').trim();

describe('descriptionByClass', () => {
  const posting = 'We run 1.2 million sq ft of chilled storage. '.repeat(12);
  it("reads a renamed box that still names a job's description, not the section holding the criteria", () => {
    const $ = loadBounded(
      `<section class="core-section-container description"><div class="message-the-recruiter"><p>Direct message the job poster</p></div>` +
        `<div class="job-description__body"><div class="job-description__content">${posting}</div></div>` +
        `<ul class="description__job-criteria-list"><li class="description__job-criteria-item">Seniority level Mid-Senior level</li></ul></section>`,
    );
    expect(text(descriptionByClass($))).toBe(posting.trim());
  });

  it("reads no post's or comment's description, and no short one", () => {
    expect(descriptionByClass(loadBounded(`<div class="feed-shared-update-v2__description">${posting}</div>`))).toEqual([]);
    expect(descriptionByClass(loadBounded('<div class="job-description__content">We hire.</div>'))).toEqual([]);
  });
});

describe('descriptionByHeading', () => {
  it('reads the box after a wrapped heading, in any of its layouts', () => {
    for (const html of [
      '<section class="x"><header><h2>About the job</h2></header><div class="body"><p>We build ledgers.</p></div></section><section><h2>About the company</h2><p>Blurb</p></section>',
      '<section><div class="_3c2da613"><h2 class="_91">About the job</h2></div><div data-testid="expandable-text-box-v2"><p>We build ledgers.</p><button>Show less</button></div></section>',
    ]) {
      expect(text(descriptionByHeading(loadBounded(html)))).toMatch(/^We build ledgers\./);
    }
  });

  it('stops a flat description at the next section heading, and reads other languages', () => {
    const $ = loadBounded('<div><h2>À propos de l’offre d’emploi</h2><p>Nous cherchons.</p><ul><li>CAP</li></ul><h2>À propos de l’entreprise</h2><p>Blurb</p></div>');
    expect(text(descriptionByHeading($))).toBe('Nous cherchons.CAP');
  });

  it('finds nothing without the heading, or with nothing after it', () => {
    expect(descriptionByHeading(loadBounded('<div><h2>Job details</h2><p>Text</p></div>'))).toEqual([]);
    expect(descriptionByHeading(loadBounded('<section><h2>About the job</h2></section>'))).toEqual([]);
  });
});

describe('titleFromJobLink', () => {
  const page = (links: string) => loadBounded(`<main>${links}</main>`);

  it("is the text of the job's own link", () => {
    const $ = page('<a href="/jobs/view/4474018826/?trk=x"><!---->Senior Backend Engineer<!----></a>');
    expect(titleFromJobLink($, '4474018826')?.text).toBe('Senior Backend Engineer');
  });

  it("is no pill, no apply link, no job card, nor another job's link", () => {
    const $ = page(
      [
        '<a href="/jobs/view/4474018826/"><span><span>$16/hr - $18.50/hr</span></span></a>',
        '<a href="/jobs/view/4474018826/"><span>On-site</span></a>',
        '<a href="/jobs/view/4474018826/apply/?openSDUIApplyFlow=true">Easy Apply</a>',
        '<a href="/jobs/view/4474018826/"><p>Stock Associate</p><p>Scioto Goods</p></a>',
        '<a href="/jobs/view/4400000001/">Cashier</a>',
      ].join(''),
    );
    expect(titleFromJobLink($, '4474018826')).toBeNull();
    expect(titleFromJobLink($, null)).toBeNull();
  });
});

describe('placeFromMetaLine', () => {
  it('takes the segment that reads as a place, wherever it stands', () => {
    expect(placeFromMetaLine('Reposted 1 week ago · Rotterdam, South Holland, Netherlands · Over 100 people clicked apply')).toBe(
      'Rotterdam, South Holland, Netherlands',
    );
    expect(placeFromMetaLine('2 weeks ago · 38 applicants · Newbury, England, United Kingdom')).toBe('Newbury, England, United Kingdom');
  });

  it('takes an unknown place written first, but never a time, a count or a status', () => {
    expect(placeFromMetaLine('Kigali · 2 days ago · 19 applicants')).toBe('Kigali');
    expect(placeFromMetaLine('2 days ago · 19 applicants')).toBeNull();
    expect(placeFromMetaLine('Promoted by hirer · Actively reviewing applicants')).toBeNull();
    expect(placeFromMetaLine(' · ')).toBeNull();
  });

  it('takes an unknown place in the shape of one after a time, and no status in any language', () => {
    expect(placeFromMetaLine('hace 3 días · Zaragoza, Aragón, España · 34 solicitudes')).toBe('Zaragoza, Aragón, España');
    expect(placeFromMetaLine('Promocionado por el anunciante · Revisando solicitudes activamente')).toBeNull();
    expect(placeFromMetaLine("Promu par l'employeur · Candidature simplifiée")).toBeNull();
  });
});

describe('parseSnapshot on a criteria list written as terms and definitions', () => {
  it('reads the labels LinkedIn uses, in its languages', () => {
    const html = `<h1 class="top-card-layout__title">Physiotherapeut (m/w/d)</h1>
      <div class="show-more-less-html__markup"><p>Wir suchen Verstärkung.</p></div>
      <dl class="job-criteria"><div><dt>Karrierestufe</dt><dd>Berufseinstieg</dd></div>
      <div><dt>Beschäftigungsverhältnis</dt> <dd>Vollzeit</dd></div><div><dt>Branchen</dt><dd>Gesundheitswesen</dd></div></dl>`;
    const p = parseSnapshot(snapshot(html, 'https://de.linkedin.com/jobs/view/physiotherapeut-4400000002', 'Physiotherapeut (m/w/d) | LinkedIn'));
    expect([p.seniority.value, p.employmentType.value]).toEqual(['entry', 'full-time']);
  });

  it('reads the labels a layout renamed: "Experience level", "Job type"', () => {
    const html = `<h2 class="top-card-layout__title">Mechanical Design Engineer</h2>
      <ul class="description__job-criteria-list"><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Experience level</h3>
      <span class="description__job-criteria-text">Associate</span></li><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Job type</h3>
      <span class="description__job-criteria-text">Full-time</span></li></ul>
      <div class="show-more-less-html__markup"><p>We design gearboxes.</p></div>`;
    const p = parseSnapshot(snapshot(html, 'https://in.linkedin.com/jobs/view/mechanical-design-engineer-4400000003', 'Mechanical Design Engineer | LinkedIn'));
    expect([p.seniority.value, p.employmentType.value]).toEqual(['associate', 'full-time']);
  });
});

describe('what set-79 and set-80 showed', () => {
  it("reads a criteria list whose labels no list knows by its values, and a level written with 'senior'", () => {
    const html = `<h1 class="top-card-layout__title">2. styrmann – PSV</h1>
      <div class="show-more-less-html__markup"><p>Vi søker styrmann.</p></div>
      <ul class="description__job-criteria-list"><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Ansiennitetsnivå (ny)</h3>
      <span class="description__job-criteria-text">Middels til senior nivå</span></li><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Ansettelsesform (ny)</h3>
      <span class="description__job-criteria-text">Heltid</span></li><li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Bransjer</h3>
      <span class="description__job-criteria-text">Sjøfart</span></li></ul>`;
    const p = parseSnapshot(snapshot(html, 'https://no.linkedin.com/jobs/view/2-styrmann-4400000004', '2. styrmann – PSV | LinkedIn'));
    expect([p.seniority.value, p.employmentType.value]).toEqual(['mid-senior', 'full-time']);
  });

  it('takes no count of applicants for the place when the place lost its class, and keeps "(Remote)" as the workplace', () => {
    const html = `<section class="top-card-layout"><h1 class="top-card-layout__title">Customer Support Associate</h1>
      <h4><span class="topcard__flavor"><a class="topcard__org-name-link" href="https://in.linkedin.com/company/quickfold">Quickfold</a></span>
      <span class="topcard__flavor topcard__flavor--location">Pune, Maharashtra, India (Remote)</span>
      <span class="num-applicants__caption topcard__flavor--metadata topcard__flavor--bullet">Over 200 applicants</span></h4></section>
      <div class="show-more-less-html__markup"><p>Answer customers on chat.</p></div>`;
    const p = parseSnapshot(snapshot(html, 'https://in.linkedin.com/jobs/view/customer-support-associate-4400000005', 'Customer Support Associate | LinkedIn'));
    expect([p.location.value, p.workplace.value]).toEqual(['Pune, Maharashtra, India (Remote)', 'remote']);
  });
});

describe('parseDocumentTitle', () => {
  it('keeps a title that holds a pipe whole: the company is the last part', () => {
    expect(parseDocumentTitle('(2) Senior Accountant | Hybrid — Month-End Close | Meridian Harbor Foods | LinkedIn')).toEqual({
      title: 'Senior Accountant | Hybrid — Month-End Close',
      company: 'Meridian Harbor Foods',
      location: null,
    });
  });
});

/** A logged-in page whose top card classes were all renamed (a layout no selector names). */
const RENAMED = `
<div class="jobs-search-filters"><button><span>Remote</span></button><button><span>Job type</span></button></div>
<ul class="results"><li><a href="/jobs/view/4400000001/"><p>Picker</p><p>Other Co</p><p>Austin, TX · 1 day ago</p></a>
  <a href="/company/other-co/">Other Co</a></li></ul>
<div class="jobs-details-header">
  <div class="jobs-details-header__company"><a href="https://www.linkedin.com/company/kirana/life">Kirana Ledger</a></div>
  <h2 class="jobs-details-header__title"><a href="/jobs/view/4474018826/?trk=x">Senior Backend Engineer</a></h2>
  <dl><div><dt class="visually-hidden">Location</dt><dd>Bengaluru, Karnataka, India</dd></div><div><dd>Reposted 4 days ago</dd></div></dl>
  <ul><li><span>Hybrid</span></li><li><span>Full-time</span></li><li><span>Mid-Senior level</span></li><li><span>₹28L/yr - ₹40L/yr</span></li></ul>
  <button>Easy Apply</button>
  <h2>Meet the hiring team</h2><p>Remote</p><p>Director</p>
</div>
<section class="jobs-details-description"><header><h2>About the job</h2></header>
  <div class="jobs-details-description__text"><p>We build payments for small retailers. You will own our ledger service.</p></div></section>`;

const snapshot = (html: string, url: string, documentTitle = 'Top job picks for you | LinkedIn'): Snapshot => ({
  url,
  urlJobId: null,
  paneJobId: null,
  documentTitle,
  html,
  jsonLd: [],
  region: 'test',
});

describe('parseSnapshot on a LinkedIn layout no selector names', () => {
  it("reads the job from its heading, its link and its top card's lines", () => {
    const p = parseSnapshot(snapshot(RENAMED, 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4474018826'));
    expect(p.title).toEqual({ value: 'Senior Backend Engineer', source: 'selector:jobLink[0]' });
    expect(p.location).toEqual({ value: 'Bengaluru, Karnataka, India', source: 'selector:topCard[place]' });
    expect([p.workplace.value, p.employmentType.value, p.seniority.value]).toEqual(['hybrid', 'full-time', 'mid-senior']);
    expect(p.salary.value).toEqual({ min: 2_800_000, max: 4_000_000, currency: 'INR', period: 'year' });
    expect(p.descriptionText).toMatch(/^We build payments/);
    expect(p.descriptionText).not.toContain('About the job');
  });
});

describe('what set-18 showed', () => {
  it("reads an SDUI pill's shown label beside its screen-reader sentence, and a title beside a badge", () => {
    const html = `<div data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.JobDetailsV2">
      <a href="https://www.linkedin.com/company/moreton/">Moreton Vets</a>
      <p class="b9a">Veterinary Nurse<span class="a0d"></span><a href="#" aria-label="Verified job"><svg aria-hidden="true"></svg></a></p>
      <p><span>Brisbane, Queensland, Australia</span><span> · </span><span>6 days ago</span></p>
      <div><button type="button"><span aria-hidden="true">Part-time</span><span class="ec5">Matches your job preferences, job type is Part-time.</span></button>
      <button type="button"><span aria-hidden="true">On-site</span><span class="ec5">Matches your job preferences, workplace type is On-site.</span></button></div>
      <div componentkey="JobDetails_JobDescription_4392210876"><h2>About the job</h2><span data-testid="expandable-text-box"><p>We care for pets around the clock.</p></span></div></div>`;
    const p = parseSnapshot(snapshot(html, 'https://www.linkedin.com/jobs/view/4392210876/', 'Veterinary Nurse | Moreton Vets | LinkedIn'));
    expect(p.title).toEqual({ value: 'Veterinary Nurse', source: 'selector:sduiTitle[0]' });
    expect([p.employmentType.value, p.workplace.value]).toEqual(['part-time', 'on-site']);
  });

  it("reads a guest card's place from its subline heading, its country in the interface's language", () => {
    const html = `<section><h1 class="jobs-guest-header__title">Qualitätsprüfer (m/w/d)</h1>
      <h4><div><a class="jobs-guest-header__company-link" href="https://de.linkedin.com/company/neckartal">Neckartal GmbH</a>
      <span class="jobs-guest-header__location">Stuttgart, Baden-Württemberg, Deutschland</span></div>
      <div><span>Vor 5 Tagen</span> <span>19 Bewerber:innen</span></div></h4></section>
      <div class="show-more-less-html__markup"><p>Wir prüfen Bauteile im Wareneingang.</p></div>`;
    const p = parseSnapshot(snapshot(html, 'https://de.linkedin.com/jobs/view/qualitaetspruefer-4400000003', 'Neckartal GmbH sucht Qualitätsprüfer (m/w/d) | LinkedIn'));
    expect(p.location).toEqual({ value: 'Stuttgart, Baden-Württemberg, Deutschland', source: 'selector:topCard[place]' });
  });
});

describe('dotSegments', () => {
  it("splits a top card's line at its dots, not at French inclusive writing's inside a word", () => {
    expect(dotSegments('Goma, Nord-Kivu · Il y a 3 jours · 12 candidats')).toEqual(['Goma, Nord-Kivu', 'Il y a 3 jours', '12 candidats']);
    expect(dotSegments('Conseiller·ère Sécurité Terrain – Nord-Kivu')).toEqual(['Conseiller·ère Sécurité Terrain – Nord-Kivu']);
    expect(dotSegments('étudiant·e·s · Lyon')).toEqual(['étudiant·e·s', 'Lyon']);
    expect(dotSegments('Paris·Il y a 2 jours')).toEqual(['Paris', 'Il y a 2 jours']);
  });
});

describe('pay pills', () => {
  it('reads pay, not the Premium upsell beside the pills (set-207)', () => {
    expect(payPill('$85K/yr - $110K/yr', 'New York, NY')).toEqual({ min: 85_000, max: 110_000, currency: 'USD', period: 'year' });
    expect(payPill('Premium 1 Monat für 0 EUR testen', 'Frankfurt am Main, Hessen, Deutschland')).toBeNull();
    expect(payPill('Try Premium for €0', 'Dublin, Ireland')).toBeNull();
  });
});
