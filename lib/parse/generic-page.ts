/**
 * A job page from a site without a profile (lib/sites/site-profiles.ts) and without a usable
 * JSON-LD description: a company's own careers page, an ATS the profiles do not know (Ashby,
 * SmartRecruiters, iCIMS, Teamtailor...). Read the way a person reads it: the title is the page's
 * heading, the description is the block that holds most of the page's text, and the facts sit
 * under their labels ("Location" / "Leeds", `<dt>Employment Type</dt><dd>Full time</dd>`).
 * Every field says which of these gave it (`selector:page.*`), and a page whose text does not read
 * like a job posting gives nothing, so a random page is refused rather than saved as a job.
 */
import type { CheerioAPI } from 'cheerio/slim';
import { isTag, type AnyNode, type Element } from 'domhandler';
import { textContent } from 'domutils';
import { employmentTypeInText, salaryInText } from '../extract/extract-facts';
import { none, sourced, type EmploymentType, type Salary, type Sourced, type Workplace } from '../posting';
import { cleanText, normalizeEmploymentType, normalizeWorkplace } from './normalize';
import { flatText } from './load-bounded';
import { firstOf } from './pick';
import { elementsOf, firstElementOf } from './query';

export interface GenericFields {
  title: Sourced<string>;
  company: Sourced<string>;
  location: Sourced<string>;
  employmentType: Sourced<EmploymentType>;
  workplace: Sourced<Workplace>;
  salary: Sourced<Salary>;
  descriptionNodes: AnyNode[];
}

/** Never the job's text: the site's chrome and what a page runs or embeds. */
const CHROME = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav', 'header', 'footer', 'form', 'aside', 'button', 'select', 'head', 'object', 'embed', 'canvas', 'math']);

/** Blocks that hold a posting; a paragraph or a list holding most of the text is part of it, not all. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'body']);

/** Share of the page's text a block must hold to be taken as the description, going down from the page. */
const MAIN_SHARE = 0.7;
/** Less text than this is no posting. */
const MIN_DESCRIPTION = 200;

/** Text length of every element outside CHROME, in one iterative walk (no recursion: pages nest deep). */
function textLengths(root: Element): Map<Element, number> {
  const lengths = new Map<Element, number>();
  // Post-order: an element is summed after its children.
  const stack: Array<{ el: Element; i: number }> = [{ el: root, i: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const child = top.el.children[top.i++];
    if (child === undefined) {
      stack.pop();
      let sum = 0;
      for (const c of top.el.children) {
        if (c.type === 'text') sum += c.data.trim().length;
        else if (isTag(c)) sum += lengths.get(c) ?? 0;
      }
      lengths.set(top.el, sum);
    } else if (isTag(child) && !CHROME.has(child.name)) stack.push({ el: child, i: 0 });
  }
  return lengths;
}

/**
 * The block holding the posting: from `main`, `article` or the body down, into the child that
 * still holds MAIN_SHARE of the text, as far as one does. The left pane of facts, the apply
 * button, related jobs stay outside it.
 */
export function mainContent($: CheerioAPI): Element | null {
  const start = firstElementOf($, 'main') ?? firstElementOf($, '[role=main]') ?? firstElementOf($, 'article') ?? firstElementOf($, 'body');
  if (!start) return null;
  const lengths = textLengths(start);
  const total = lengths.get(start) ?? 0;
  if (total < MIN_DESCRIPTION) return null;
  let best = start;
  for (;;) {
    const next = best.children.find((c): c is Element => isTag(c) && CONTAINERS.has(c.name) && (lengths.get(c) ?? 0) >= MAIN_SHARE * total);
    if (!next) return best;
    best = next;
  }
}

/** A label's text: "Employment Type", "Location:" → lower case, no colon. */
const labelText = (el: Element) => (cleanText(textContent(el)) ?? '').replace(/\s*:$/, '').toLowerCase();

const LOCATION_LABELS = new Set(['location', 'locations', 'job location', 'job locations', 'office', 'office location', 'city', 'where']);
/** Where facts are never written (a sidebar of facts, `<aside>`, is read). */
const NO_FACTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'nav', 'footer', 'form', 'head', 'select', 'button']);
const TYPE_LABELS = new Set(['employment type', 'job type', 'type', 'commitment', 'contract type', 'position type', 'time type', 'employment', 'schedule']);
const WORKPLACE_LABELS = new Set(['location type', 'workplace type', 'workplace', 'remote type', 'remote status', 'work arrangement', 'work model', 'remote']);
const PAY_LABELS = new Set(['compensation', 'salary', 'pay', 'pay range', 'salary range', 'base salary']);

/** Tags a label is written in: headings, terms, bold, small boxes. */
const LABEL_TAGS = new Set(['dt', 'th', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'label', 'span', 'div', 'p']);

interface Labelled {
  location: string | null;
  type: string | null;
  workplace: string | null;
  pay: string | null;
}

/**
 * Facts written as a label and its value in the next element: `<dt>Location</dt><dd>Leeds</dd>`,
 * `<h2>Employment Type</h2><p>Full time</p>`, `<th>Salary</th><td>...`. The first of each wins;
 * a value over 120 characters is prose, not a value.
 */
function labelledFacts(root: Element): Labelled {
  const found: Labelled = { location: null, type: null, workplace: null, pay: null };
  const stack: AnyNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!isTag(node) || NO_FACTS.has(node.name)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    if (!LABEL_TAGS.has(node.name) || node.children.length > 3) continue;
    let value = node.next;
    while (value && !isTag(value)) value = value.next;
    if (!value || !isTag(value)) continue;
    const label = labelText(node);
    if (label.length > 30) continue;
    const text = cleanText(textContent(value));
    if (!text || text.length > 120) continue;
    if (LOCATION_LABELS.has(label)) found.location ??= text;
    else if (TYPE_LABELS.has(label)) found.type ??= text;
    else if (WORKPLACE_LABELS.has(label)) found.workplace ??= text;
    else if (PAY_LABELS.has(label)) found.pay ??= text;
  }
  return found;
}

/** A place as a label's value gives it; iCIMS writes "US-PA-Lancaster" for "Lancaster, PA". */
function placeOf(value: string): string {
  const icims = /^[A-Z]{2}-([A-Z]{2})-(.+)$/.exec(value);
  return icims ? `${icims[2]}, ${icims[1]}` : value;
}

/** Applicant-tracking systems that put their own name where a site names itself. */
const ATS_NAMES = /^(?:smartrecruiters|lever|greenhouse|workday|ashby|icims|jobvite|bamboohr|workable|recruitee|teamtailor|personio|jazzhr|indeed|glassdoor|linkedin|ziprecruiter|breezy hr|pinpoint|rippling|gusto)$/i;
/** Parts of a document title that name no company: "Careers", "Jobs", "Job Application for ...". */
const NOT_A_COMPANY_PART = /^(?:careers?|jobs?|job openings?|open positions|vacancies|join us|home|apply|job application(?: for .*)?|.*\bcareers? (?:site|page|portal)|careers? at .*|jobs at .*)$/i;

/**
 * The employer a document title names beside the job's title: "Data Scientist, Pricing @
 * Larkspur", "Quantity Surveyor – Leeds | Careers | Hallam & Reid Construction", "Tandem Health -
 * Senior Product Designer". The parts left once the title, the ATS and words like "Careers" are
 * dropped: the last, or with the title last, the first.
 */
export function companyInDocumentTitle(documentTitle: string, title: string | null): string | null {
  const parts = documentTitle
    .split(/\s+(?:[|–—@·•-]|at)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const titleLower = title?.toLowerCase() ?? '';
  const isTitle = (p: string) => Boolean(titleLower) && (titleLower === p.toLowerCase() || titleLower.startsWith(`${p.toLowerCase()} `));
  const titleAt = parts.findIndex(isTitle);
  const rest = parts.filter((p, i) => i !== titleAt && !isTitle(p) && !ATS_NAMES.test(p) && !NOT_A_COMPANY_PART.test(p) && p.length <= 80);
  if (rest.length === 0) return null;
  return titleAt === parts.length - 1 ? rest[0]! : rest[rest.length - 1]!;
}

/** Words a job posting's text nearly always holds, in four groups: a posting holds three of them. */
const JOB_SIGNALS = [
  /\b(?:responsibilities|requirements|qualifications|what you['’]ll do|what you['’]ll need|what we['’]re looking for|about the (?:role|job|position)|job (?:description|summary)|duties|you will|you['’]ll|your (?:mission|profile|role|tasks)|about you|who you are|nice to have|what we offer)\b/i,
  /\b(?:apply|applicants?|candidates?|hiring|join our team|join us)\b/i,
  /\bexperience\b/i,
  /\b(?:full[- ]time|part[- ]time|contract|internship|salary|per hour|per year|compensation|benefits|pay range)\b/i,
];

/** Whether a text reads like a job posting (JOB_SIGNALS), not an article or a product page. */
export function readsLikeJob(text: string): boolean {
  return JOB_SIGNALS.filter((re) => re.test(text)).length >= 3;
}

/**
 * A page read without a profile: its heading, the block with most of its text, its labelled
 * facts, and the company from `og:site_name` or the document title. Null when the page holds no
 * block of posting text.
 */
export function parseGenericPage($: CheerioAPI, documentTitle: string): GenericFields | null {
  const main = mainContent($);
  if (!main) return null;
  const description = cleanText(textContent(main)) ?? '';
  const body = firstElementOf($, 'body') ?? main;
  // The whole page: "Apply" is often on its button or form, outside the description. Its text
  // nodes spaced apart: `textContent` runs "Your mission</h2><p>Serve" together, and no word ends.
  if (description.length < MIN_DESCRIPTION || !readsLikeJob(flatText([body]))) return null;
  const h1 = elementsOf($, 'h1').find((el) => !isChrome(el));
  const heading = h1 ? cleanText(textContent(h1)) : null;
  const ogTitle = cleanText(firstElementOf($, 'meta[property="og:title"]')?.attribs.content);
  const title = firstOf(
    sourced(heading && heading.length <= 200 ? heading : null, 'selector:page.title[0]'),
    sourced(ogTitle, 'selector:page.title[1]'),
    sourced(headingInDocumentTitle($, documentTitle), 'selector:page.title[2]'),
  );
  const siteName = cleanText(firstElementOf($, 'meta[property="og:site_name"]')?.attribs.content);
  const facts = labelledFacts(body);
  return {
    title,
    company: firstOf(
      sourced(siteName && !ATS_NAMES.test(siteName) ? siteName : null, 'selector:page.company[0]'),
      sourced(companyInDocumentTitle(documentTitle, title.value), 'document-title'),
    ),
    location: sourced(facts.location && placeOf(facts.location), 'selector:page.location[0]'),
    // A value is read as the text reads it after its label: "Permanent, full time", "$150K – $185K".
    employmentType: sourced(normalizeEmploymentType(facts.type) ?? (facts.type ? employmentTypeInText(`Job type: ${facts.type}`) : null), 'selector:page.employmentType[0]'),
    workplace: sourced(normalizeWorkplace(facts.workplace), 'selector:page.workplace[0]'),
    // Ashby's "$150K – $185K • Offers Equity": the pay is the first of the parts.
    salary: facts.pay ? sourced(salaryInText(`Compensation: ${facts.pay.split(/\s+[•|·]\s+/)[0]}`), 'selector:page.salary[0]') : none(),
    descriptionNodes: [main],
  };
}

/**
 * A page without an `h1` (BambooHR's "h2"): the first `h2`/`h3` outside the chrome whose text is
 * one of the document title's parts ("Copperline Therapeutics - Executive Assistant to the CEO").
 */
function headingInDocumentTitle($: CheerioAPI, documentTitle: string): string | null {
  const parts = new Set(documentTitle.split(/\s+[|–—@·•-]\s+/).map((p) => p.trim().toLowerCase()));
  for (const el of elementsOf($, 'h2, h3')) {
    const text = cleanText(textContent(el));
    if (text && parts.has(text.toLowerCase()) && !isChrome(el)) return text;
  }
  return null;
}

/**
 * Whether an element sits in the site's chrome: a menu, a footer, or the site's header (a logo's
 * heading). A header inside `main` or `article` is the job's own ("job-header": title, place).
 */
function isChrome(el: Element): boolean {
  let inHeader = false;
  for (let p = el.parent; p; p = p.parent) {
    if (!isTag(p)) continue;
    if (p.name === 'nav' || p.name === 'footer') return true;
    if (p.name === 'header') inHeader = true;
    else if (p.name === 'main' || p.name === 'article' || p.attribs.role === 'main') return false;
  }
  return inHeader;
}
