/**
 * Every LinkedIn selector lives here, as data: one array per field, tried in order, first match
 * wins, one commented alternative per page variant (see ../shared/LINKEDIN.md). When LinkedIn
 * changes its markup, the fix is a line here plus a fixture and a test.
 */

/** Regions a snapshot sends: the detail pane or the job's top card and description. */
export const region = [
  '.jobs-search__job-details--wrapper', // classic two-pane search / collections
  '.jobs-search__job-details', // classic two-pane, older wrapper
  '.scaffold-layout__detail', // classic layout detail column
  '[data-sdui-screen$=".SemanticJobDetails"]', // SDUI (2025-26)
  '[data-sdui-screen$=".JobDetails"]', // SDUI standalone
  '.job-view-layout', // classic standalone /jobs/view/<id>/
  '.jobs-details', // classic, any
] as const;

/** Guest pages split the job over two sections that sit apart in a 300 KB page. */
export const guestRegionParts = [
  'section.top-card-layout', // guest top card: title, company, location, posted
  '.decorated-job-posting__details', // guest description + criteria
  'section.description', // guest description fragment (/jobs-guest/jobs/api/jobPosting/<id>)
] as const;

export const title = [
  'h1.top-card-layout__title', // guest
  '.topcard__title', // guest, older
  'h2.top-card-layout__title', // guest, embedded
  '.job-details-jobs-unified-top-card__job-title h1', // classic
  'h1.t-24', // classic, class drift
] as const;

/** The page's heading, when nothing names the title (on a list page it is the list's: read last). */
export const anyTitle = ['h1'] as const;

export const company = [
  'a.topcard__org-name-link', // guest
  '[data-tracking-control-name=public_jobs_topcard-org-name]', // guest, link variant
  '.job-details-jobs-unified-top-card__company-name a', // classic
  '.job-details-jobs-unified-top-card__company-name', // classic, unlinked company
] as const;

/** A guest top card's company as plain text (a closed job, an employer without a page). */
export const unlinkedCompany = ['section.top-card-layout .topcard__flavor:not(.topcard__flavor--bullet):not(.topcard__flavor--metadata)'] as const;
/** A guest top card's logo, whose `alt` names the company. */
export const topCardLogo = 'section.top-card-layout img.artdeco-entity-image[alt]';

export const location = [
  '.topcard__flavor--bullet', // guest: first bullet is the location
  '.job-details-jobs-unified-top-card__tertiary-description-container .tvm__text', // classic 2025-26
  '.job-details-jobs-unified-top-card__primary-description-container .tvm__text', // classic 2024
] as const;

/** Lines of `·`-separated facts under the title ("New York · 2 weeks ago · 100 applicants"). */
export const metaLine = [
  '.job-details-jobs-unified-top-card__tertiary-description-container', // classic 2025-26
  '.job-details-jobs-unified-top-card__primary-description-container', // classic 2024
] as const;

export const postedTime = [
  '.posted-time-ago__text', // guest
] as const;

/** Pills under the top card: workplace, employment type, salary. */
export const pills = [
  '.job-details-fit-level-preferences button', // classic 2025-26
  '.job-details-preferences-and-skills__pill', // classic 2024
  '.job-details-jobs-unified-top-card__job-insight', // classic 2023
  '[data-sdui-screen] button', // SDUI: hashed classes, so any button after the title; each pill's text is checked
  '.job-details-fit-level-preferences > *', // classic, the pills as list items (no tag named: none indexed in every page)
] as const;

/** The SDUI alternative of `pills`: any button, so only those after the title are read. */
export const sduiPills = '[data-sdui-screen] button';

export const salary = [
  '.compensation__salary', // guest
  '.salary.compensation__salary', // guest, older
  '.jobs-details__salary-main-rail-card', // classic
] as const;

/** Guest "Seniority level / Employment type / Job function / Industries" list. */
export const criteriaItem = 'li.description__job-criteria-item';
export const criteriaLabel = '.description__job-criteria-subheader';
export const criteriaValue = '.description__job-criteria-text';

export const description = [
  '.show-more-less-html__markup', // guest
  '.description__text', // guest, wrapper
  'section.show-more-less-html', // guest, the markup's own section (its inner box renamed: set-85)
  '#job-details', // classic
  '.jobs-description__content .jobs-box__html-content', // classic 2024
  '.jobs-description-content__text--stretch', // classic 2025
  '[componentkey^="JobDetails_AboutTheJob_"] [data-testid=expandable-text-box]', // SDUI
  '[data-sdui-component$=".aboutTheJob"] [data-testid=expandable-text-box]', // SDUI, component hook
] as const;

/** Nodes inside a description that are chrome, not posting text. */
export const descriptionChrome = [
  'button',
  '.show-more-less-html__button',
  '#job-details > h2:first-child', // classic "About the job" heading
] as const;

/** Guest description fragment names the poster: "Direct message the job poster from <Company>". */
export const recruiterCompany = '.message-the-recruiter p';

/** The job id the pane shows, to compare with the address bar's. */
export const paneJobId = [
  { selector: '.jobs-apply-button[data-job-id]', attribute: 'data-job-id' }, // classic
  { selector: '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]', attribute: 'href' }, // classic title link
  { selector: '[componentkey^="JobDetails_AboutTheJob_"]', attribute: 'componentkey' }, // SDUI
  { selector: 'link[rel=canonical]', attribute: 'href' }, // guest
] as const;

/** SDUI pages keep company links outside components; hashed classes give nothing else stable. */
export const sduiCompanyLink = 'a[href*="/company/"]';
export const sduiComponent = '[data-sdui-component]';
/** SDUI shows the title as plain text (no h1) equal to `document.title` part 1. */
export const sduiTitleCandidates = '[data-sdui-screen] p, [data-sdui-screen] span, [data-sdui-screen] div, [data-sdui-screen] a';
/** SDUI meta line under the title: "Toronto, Ontario, Canada · Reposted 3 days ago · ..."; first span is the place. */
export const sduiMetaLine = '[data-sdui-screen] p, [data-sdui-screen] div';

