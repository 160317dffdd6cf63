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
import { employmentTypeInText, salaryInField } from '../extract/extract-facts';
import { dollarOf, MONEY } from '../extract/salary';
import { sourced, type EmploymentType, type Salary, type Sourced, type Workplace } from '../posting';
import { cleanText, normalizeEmploymentType, normalizeWorkplace } from './normalize';
import { flatText } from './load-bounded';
import { firstOf } from './pick';
import { isPlaceItem } from './place';
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

/** One item of the facts under a page's title: its text, and the class names and test ids around it. */
interface Chip {
  text: string;
  /** `class`, `data-testid`, `itemprop` and `id` of the item's elements, up to the header block. */
  hint: string;
}

/** "Permanent employee, Full-time · Berlin": the separators between facts on one line. */
const CHIP_SEPARATOR = /\s+[·•|]\s+/;
const MAX_CHIP = 60;
/** A block under the title holding more text than this is the posting, not its facts. */
const MAX_HEADER_TEXT = 300;

const hintOf = (el: Element): string =>
  [el.attribs.class, el.attribs['data-testid'], el.attribs.itemprop, el.attribs.id].filter(Boolean).join(' ');

/** The items of `el`: each text node, cut at the separators, with the hints of the elements above it. */
function collectChips(el: Element, hint: string, out: Chip[]): void {
  const here = `${hint} ${hintOf(el)}`;
  for (const child of el.children) {
    if (child.type === 'text') {
      for (const part of child.data.split(CHIP_SEPARATOR)) {
        const text = cleanText(part);
        if (text && text.length <= MAX_CHIP) out.push({ text, hint: here });
      }
    } else if (isTag(child) && !NO_FACTS.has(child.name)) collectChips(child, here, out);
  }
}

/**
 * The facts a page shows under its title without labels, as chips or a subtitle: Breezy's
 * `<ul class="meta">` (place, type, pay), Recruitee's offer tags, Personio's "Permanent employee,
 * Full-time · Berlin". The blocks after the heading (or after the block holding it), up to the
 * first that holds prose.
 */
function headerChips(heading: Element): Chip[] {
  let node: Element = heading;
  for (let level = 0; level < 2; level++) {
    const chips: Chip[] = [];
    let blocks = 0;
    for (let sibling = node.next; sibling && blocks < 4; sibling = sibling.next) {
      if (!isTag(sibling)) continue;
      blocks++;
      if (NO_FACTS.has(sibling.name)) continue;
      if (flatText([sibling]).length > MAX_HEADER_TEXT) break;
      collectChips(sibling, '', chips);
    }
    if (chips.length > 0 || !node.parent || !isTag(node.parent) || node.parent.name === 'body') return chips;
    node = node.parent;
  }
  return [];
}

const CHIP_WORKPLACE = /^(?:fully remote|remote|hybrid|on[- ]?site|in[- ]office)\b/i;
/** An amount of money, as the salary rule reads one (not global: a test, not a scan). */
const CHIP_PAY = new RegExp(MONEY.source);
const CHIP_LOCATION_HINT = /locat|city|place|address|region/i;

/** The facts the chips under the title give: the first chip of each kind. */
function chipFacts(chips: readonly Chip[]): Labelled {
  const facts: Labelled = { location: null, type: null, workplace: null, pay: null };
  for (const { text, hint } of chips) {
    const typePart = text.split(/\s*,\s*/).find((part) => normalizeEmploymentType(part));
    if (CHIP_PAY.test(text)) facts.pay ??= text;
    else if (typePart) facts.type ??= typePart;
    else if (CHIP_WORKPLACE.test(text)) facts.workplace ??= CHIP_WORKPLACE.exec(text)![0];
    else if (CHIP_LOCATION_HINT.test(hint) || isPlaceItem(text)) facts.location ??= text;
  }
  return facts;
}

/** A place as a label's value gives it; iCIMS writes "US-PA-Lancaster" for "Lancaster, PA". */
function placeOf(value: string): string {
  const icims = /^[A-Z]{2}-([A-Z]{2})-(.+)$/.exec(value);
  return icims ? `${icims[2]}, ${icims[1]}` : value;
}

/** Applicant-tracking systems that put their own name where a site names itself. */
const ATS_NAMES = /^(?:smartrecruiters|lever|greenhouse|workday|ashby|icims|jobvite|bamboohr|workable|recruitee|teamtailor|personio|jazzhr|indeed|glassdoor|linkedin|ziprecruiter|breezy hr|pinpoint|rippling|gusto)$/i;
/** Parts of a document title that name no company: "Careers", "Jobs", "Job Application for ...", NEOGOV's "Job Details tab | Career Pages". */
const NOT_A_COMPANY_PART = /^(?:careers?|jobs?|job openings?|open positions|vacancies|join us|home|apply|job application(?: for .*)?|job details(?: tab)?|job (?:bulletin|posting|description)|(?:career|job|employment) (?:pages?|opportunities|board|portal)|.*\bcareers? (?:site|page|portal)s?|careers? at .*|jobs at .*)$/i;

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
  // A part of the title: "Structural Welder / Fabricator - AWS D1.1" splits into two parts.
  const isTitle = (p: string) => Boolean(titleLower) && (titleLower === p.toLowerCase() || titleLower.startsWith(`${p.toLowerCase()} `) || titleLower.includes(` ${p.toLowerCase()}`));
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
  const labelled = labelledFacts(body);
  // Read only when a label leaves a fact unsaid.
  const complete = labelled.location && labelled.type && labelled.workplace && labelled.pay;
  const chips = h1 && !complete ? chipFacts(headerChips(h1)) : null;
  const location = firstOf(sourced(labelled.location && placeOf(labelled.location), 'selector:page.location[0]'), sourced(chips?.location, 'selector:page.header.location'));
  return {
    title,
    company: firstOf(
      sourced(siteName && !ATS_NAMES.test(siteName) ? siteName : null, 'selector:page.company[0]'),
      sourced(companyInDocumentTitle(documentTitle, title.value), 'document-title'),
    ),
    location,
    employmentType: firstOf(sourced(typeOf(labelled.type), 'selector:page.employmentType[0]'), sourced(typeOf(chips?.type), 'selector:page.header.employmentType')),
    workplace: firstOf(sourced(normalizeWorkplace(labelled.workplace), 'selector:page.workplace[0]'), sourced(normalizeWorkplace(chips?.workplace), 'selector:page.header.workplace')),
    salary: firstOf(sourced(payOf(labelled.pay, location.value), 'selector:page.salary[0]'), sourced(payOf(chips?.pay, location.value), 'selector:page.header.salary')),
    descriptionNodes: [main],
  };
}

/** A type as the text reads it after its label: "Permanent, full time". */
const typeOf = (value: string | null | undefined): EmploymentType | null =>
  value ? (normalizeEmploymentType(value) ?? employmentTypeInText(`Job type: ${value}`)) : null;

/** Pay as the text reads it after its label; Ashby's "$150K – $185K • Offers Equity": the first part. */
const payOf = (value: string | null | undefined, location: string | null): Salary | null =>
  value ? salaryInField(value.split(/\s+[•|·]\s+/)[0] as string, dollarOf(location)) : null;

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
