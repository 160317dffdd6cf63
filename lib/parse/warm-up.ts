import type { ParsedPosting } from '../posting';
import type { Snapshot } from '../snapshot';
import { parseSnapshot } from './parse-snapshot';

/**
 * A small LinkedIn job in the guest page's markup, written here (no employer's text): a top card,
 * the criteria list and a description that names skills, a certification, years, a degree, pay and
 * the workplace, so one parse of it runs every step a real capture runs.
 */
const SAMPLE: Snapshot = {
  url: 'https://www.linkedin.com/jobs/view/1000000001/',
  urlJobId: '1000000001',
  paneJobId: null,
  documentTitle: 'Example Co hiring Data Analyst in Springfield, IL | LinkedIn',
  jsonLd: [],
  region: 'warm-up',
  html: `<section class="top-card-layout">
  <h1 class="top-card-layout__title topcard__title">Data Analyst</h1>
  <h4><span class="topcard__flavor"><a class="topcard__org-name-link" href="https://www.linkedin.com/company/example">Example Co</a></span>
  <span class="topcard__flavor topcard__flavor--bullet">Springfield, IL</span></h4>
</section>
<div class="description__text description__text--rich"><section class="show-more-less-html"><div class="show-more-less-html__markup">
  <p>Example Co is hiring a Data Analyst. This is a hybrid role.</p>
  <p><strong>Requirements</strong></p>
  <ul><li>3+ years of experience with SQL and Python</li><li>Bachelor's degree in Statistics or equivalent experience</li><li>Strong communication skills</li></ul>
  <p><strong>Preferred Qualifications</strong></p>
  <ul><li>Tableau</li><li>AWS Certified Cloud Practitioner</li></ul>
  <p>Pay range: $70,000 - $85,000 per year.</p>
</div></section></div>
<ul class="description__job-criteria-list">
  <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Seniority level</h3><span class="description__job-criteria-text">Associate</span></li>
  <li class="description__job-criteria-item"><h3 class="description__job-criteria-subheader">Employment type</h3><span class="description__job-criteria-text">Full-time</span></li>
</ul>`,
};

/**
 * Parses the sample once. The service worker does this when a LinkedIn job page wakes it: Chromium
 * stops the worker after 30 s idle, and its first parse after a start pays once for what every
 * later one reuses (the taxonomy's dictionary, compiling the parser's functions and patterns).
 * Done while the member reads the job, that first parse no longer waits in their click.
 */
export function warmUpParser(): ParsedPosting {
  return parseSnapshot(SAMPLE);
}
