/**
 * Career sites other than LinkedIn, as data: where each field sits on the page. One entry per
 * site; a markup change is a one-line fix here plus a fixture. JSON-LD, when a page has it, is
 * read before any of these.
 */
export interface SiteProfile {
  /** Name used in provenance (`selector:greenhouse.title[0]`). */
  name: string;
  /** Hosts the site serves job pages from. */
  hosts: RegExp;
  /** Markup that identifies the site in a saved page whose address is unknown. */
  marker: RegExp;
  title: readonly string[];
  company: readonly string[];
  /** Patterns over `document.title` whose first group is the company ("... at GitLab"). */
  companyInTitle: readonly RegExp[];
  /** Patterns over a selector's text whose first group is the company ("CAREERS AT NVIDIA"). */
  companyInText?: { selector: string; pattern: RegExp };
  location: readonly string[];
  employmentType: readonly string[];
  /** "Remote", "Hybrid", "On-site" as the site labels the job. */
  workplace?: readonly string[];
  /** The pay box outside the description (Greenhouse's pay-transparency range). */
  salary?: readonly string[];
  /** The first selector that matches gives the description: all its elements, outermost only. */
  description: readonly string[];
}

export const SITE_PROFILES: readonly SiteProfile[] = [
  {
    name: 'greenhouse',
    hosts: /(^|\.)greenhouse\.io$/,
    marker: /job-boards\.greenhouse\.io|class="job__description/,
    title: ['.job__title h1', '.job__title', 'h1.app-title', 'h1'],
    company: ['.company-name'],
    companyInTitle: [/^Job Application for .+ at (.+)$/i],
    location: ['.job__location', '.location'],
    employmentType: [],
    salary: ['.pay-range'],
    description: ['.job__description', '#content .body', '#content'],
  },
  {
    name: 'workday',
    hosts: /(^|\.)myworkdayjobs\.com$/,
    marker: /data-automation-id="jobPostingDescription"/,
    title: ['[data-automation-id=jobPostingHeader]'],
    company: [],
    companyInTitle: [],
    companyInText: { selector: '[data-automation-id=headerTitle]', pattern: /^careers at (.+)$/i },
    location: ['[data-automation-id=locations] dd', '[data-automation-id=locations]'],
    employmentType: ['[data-automation-id=time] dd'],
    workplace: ['[data-automation-id=remoteType] dd'],
    description: ['[data-automation-id=jobPostingDescription]'],
  },
  {
    name: 'lever',
    hosts: /(^|\.)lever\.co$/,
    marker: /class="posting-headline/,
    title: ['.posting-headline h2'],
    company: [],
    companyInTitle: [/^(.+?) - .+$/],
    location: ['.posting-categories .location', '.sort-by-time.posting-category'],
    employmentType: ['.posting-categories .commitment'],
    workplace: ['.posting-categories .workplaceTypes'],
    // The opening, then a section per list ("What you'll do", "Requirements"), the pay, the close:
    // every section but the header and the apply button.
    description: [
      '.posting-page .section-wrapper:not(.accent-section) > .section:not(.last-section-apply)',
      '[data-qa=job-description]',
      '.section-wrapper.page-full-width',
    ],
  },
];

/** The profile for a page, by its address or, for a saved file, by its markup. */
export function findSiteProfile(url: string, html: string): SiteProfile | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // a saved file: decide by markup
  }
  return SITE_PROFILES.find((p) => (host && p.hosts.test(host)) || p.marker.test(html)) ?? null;
}
