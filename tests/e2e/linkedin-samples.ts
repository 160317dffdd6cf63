import { linkedInPage } from './extension-browser';

/** A bundled LinkedIn page and the real job URL it is served under (tests, demo and bench). */
export interface LinkedInSample {
  url: string;
  /** The page as the browser loads it (fragments get a `document.title`). */
  html: () => string;
  /** Primary key the saved posting gets. */
  jobId: string;
  title: string;
}

/** Guest (logged-out) full job page. */
export const GUEST: LinkedInSample = {
  url: 'https://www.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
  html: () => linkedInPage('guest-full-page-senior-software-engineer.html'),
  jobId: 'linkedin:4411867124',
  title: 'Senior Software Engineer - Developer Experience',
};

/** Classic two-pane search, detail pane only. */
export const TWO_PANE: LinkedInSample = {
  url: 'https://www.linkedin.com/jobs/search/?currentJobId=4302668926&keywords=software',
  html: () =>
    linkedInPage('logged-in-two-pane-software-engineer-intern.html', 'Software Engineer - Internship | Hunter Bond | LinkedIn'),
  jobId: 'linkedin:4302668926',
  title: 'Software Engineer - Internship - Up to $18,000 p/m + Benefits - Quant Fund',
};

/** SDUI job view, reconstructed from the documented hooks (see the fixture's comment). */
export const SDUI: LinkedInSample = {
  url: 'https://www.linkedin.com/jobs/view/4399912345/',
  html: () => linkedInPage('sdui-reconstructed-logged-in-job.html'),
  jobId: 'linkedin:4399912345',
  title: 'Site Reliability Engineer',
};
