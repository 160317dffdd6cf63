import type { CheerioAPI } from 'cheerio/slim';
import { hasChildren, isTag, type AnyNode, type Element, type Text } from 'domhandler';
import { textContent } from 'domutils';
import * as sel from '../linkedin/selectors';
import { jobIdFromAttribute } from '../linkedin/job-id';
import { none, sourced, type ParsedPosting, type Sourced } from '../posting';
import { cleanText, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace, parseSalaryLabel } from './normalize';
import { firstOf, pickText } from './pick';
import { closestMatch, elementsIn, elementsOf, firstElementOf, isInside } from './query';

/** What LinkedIn's own markup says, field by field; text and JSON-LD strategies come elsewhere. */
export interface LinkedInFields
  extends Pick<ParsedPosting, 'title' | 'company' | 'location' | 'employmentType' | 'seniority' | 'workplace' | 'salary' | 'postedText'> {
  /** The description element; empty when no selector matched. */
  descriptionNodes: AnyNode[];
  /** LinkedIn chrome inside the description (buttons, "About the job"), left out of its text. */
  descriptionSkip: ReadonlySet<AnyNode>;
  paneJobId: string | null;
}

const textOf = (el: Element | null): string | null => (el ? cleanText(textContent(el)) : null);

/** Whether any text under `el` is more than white space (stops at the first that is). */
function hasText(el: Element): boolean {
  const stack: AnyNode[] = [el];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' && /[^\s\u00a0]/.test((node as Text).data)) return true;
    if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return false;
}

/** Guest criteria list: "Seniority level" → "Mid-Senior level", ... (labels may be localized). */
function readCriteria($: CheerioAPI): Map<string, string> {
  const criteria = new Map<string, string>();
  for (const li of elementsOf($, sel.criteriaItem)) {
    const label = cleanText(elementsIn(li, sel.criteriaLabel).map(textContent).join(''));
    const value = cleanText(elementsIn(li, sel.criteriaValue).map(textContent).join(''));
    if (label && value) criteria.set(label.toLowerCase(), value);
  }
  return criteria;
}

const SCREEN_READER_ONLY = '.visually-hidden, .a11y-text';

/** The text under `el` without its screen-reader-only duplicates. */
function visibleText(el: Element): string | null {
  const hidden = new Set<AnyNode>(elementsIn(el, SCREEN_READER_ONLY));
  if (!hidden.size) return textOf(el);
  const parts: string[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (hidden.has(node)) continue;
    if (node.type === 'text') parts.push((node as Text).data);
    else if (hasChildren(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return cleanText(parts.join(''));
}

/** Pill texts under the top card, with the screen-reader duplicates dropped. */
function readPills($: CheerioAPI): Array<{ text: string; index: number }> {
  for (const [index, selector] of sel.pills.entries()) {
    const pills = elementsOf($, selector)
      .map(visibleText)
      .filter((t): t is string => Boolean(t));
    if (pills.length) return pills.map((text) => ({ text, index }));
  }
  return [];
}

function fromPills<T>(pills: Array<{ text: string; index: number }>, read: (t: string) => T | null): Sourced<T> {
  for (const pill of pills) {
    const value = read(pill.text);
    if (value !== null) return { value, source: `selector:pills[${pill.index}]` };
  }
  return none();
}

/** The `·` segments of the classic meta line ("New York · Reposted 2 weeks ago · 100 applicants"). */
function metaSegments($: CheerioAPI): string[] {
  for (const selector of sel.metaLine) {
    const text = textOf(firstElementOf($, selector));
    if (text) return text.split('·').map((s) => s.trim()).filter(Boolean);
  }
  return [];
}

function readPaneJobId($: CheerioAPI): string | null {
  for (const { selector, attribute } of sel.paneJobId) {
    const id = jobIdFromAttribute(firstElementOf($, selector)?.attribs[attribute]);
    if (id) return id;
  }
  return null;
}

/** Whether `el` sits inside an SDUI component (whose links and lines belong to other jobs, ads, ...). */
const inComponent = (el: Element) => closestMatch(el, sel.sduiComponent) !== null;

/** SDUI has no stable classes: the company is the first company link outside a component. */
function sduiCompany($: CheerioAPI): Sourced<string> {
  const link = elementsOf($, sel.sduiCompanyLink).find((a) => !inComponent(a) && textOf(a));
  return link ? sourced(textOf(link), 'selector:sduiCompany[0]') : none();
}

/** SDUI: the leaf element whose text is exactly the title `document.title` names. */
function sduiTitle($: CheerioAPI, titleFromDocument: string | null): Sourced<string> {
  if (!titleFromDocument) return none();
  const match = elementsOf($, sel.sduiTitleCandidates).find(
    (el) => !el.children.some(isTag) && textOf(el) === titleFromDocument,
  );
  return match ? sourced(titleFromDocument, 'selector:sduiTitle[0]') : none();
}

/** SDUI: the first span of the `·` line outside components. */
function sduiLocation($: CheerioAPI): Sourced<string> {
  const spans = (el: Element) => el.children.filter((c): c is Element => isTag(c) && c.name === 'span');
  const line = elementsOf($, sel.sduiMetaLine).find(
    (el) => !inComponent(el) && spans(el).some((s) => textContent(s).trim() === '·'),
  );
  return line ? sourced(textOf(spans(line)[0] ?? null), 'selector:sduiMetaLine[0]') : none();
}

/** The description element and the chrome inside it (buttons, "About the job") to leave out. */
function readDescription($: CheerioAPI): { nodes: AnyNode[]; skip: Set<AnyNode> } {
  for (const selector of sel.description) {
    const found = firstElementOf($, selector);
    if (!found || !hasText(found)) continue;
    const skip = new Set<AnyNode>(sel.descriptionChrome.flatMap((chrome) => elementsOf($, chrome).filter((el) => isInside(el, found))));
    if (selector === '#job-details') {
      const heading = found.children.find((c): c is Element => isTag(c) && c.name === 'h2'); // "About the job"
      if (heading) skip.add(heading);
    }
    return { nodes: [found], skip };
  }
  return { nodes: [], skip: new Set() };
}

/**
 * Reads every field LinkedIn's markup offers, recording which selector gave each.
 * `titleFromDocument` is `document.title` part 1, which SDUI pages show as the title's text.
 */
export function parseLinkedIn($: CheerioAPI, titleFromDocument: string | null = null): LinkedInFields {
  const criteria = readCriteria($);
  const pills = readPills($);
  const meta = metaSegments($);

  const description = readDescription($);
  const recruiter = textOf(firstElementOf($, sel.recruiterCompany));
  // "Direct message the job poster from Acme, Inc." — keep the period of "Inc.", drop a sentence's.
  const poster = /job poster from (.+)$/i.exec(recruiter ?? '')?.[1] ?? null;
  const recruiterCompany = poster && !/\b(inc|co|corp|ltd|llc)\.$/i.test(poster) ? poster.replace(/\.$/, '') : poster;

  const criteriaValue = (label: RegExp) => [...criteria].find(([k]) => label.test(k))?.[1] ?? null;
  const employmentCriterion = criteriaValue(/employment type|type d.emploi|beschäftigungsverhältnis|tipo de empleo/);
  const seniorityCriterion = criteriaValue(/seniority level|niveau hiérarchique|karrierestufe|nivel de antigüedad/);
  const locationText = firstOf(pickText($, 'location', sel.location), () => sduiLocation($));

  return {
    title: firstOf(pickText($, 'title', sel.title), () => sduiTitle($, titleFromDocument)),
    company: firstOf(
      pickText($, 'company', sel.company),
      sourced(recruiterCompany, 'selector:recruiterCompany[0]'),
      () => sduiCompany($),
    ),
    location: locationText,
    employmentType: employmentCriterion
      ? sourced(normalizeEmploymentType(employmentCriterion), 'selector:criteria[employment]')
      : fromPills(pills, normalizeEmploymentType),
    seniority: sourced(normalizeSeniority(seniorityCriterion), 'selector:criteria[seniority]'),
    workplace: (() => {
      const pill = fromPills(pills, normalizeWorkplace);
      if (pill.value) return pill;
      const inLocation = /\((remote|hybrid|on-site)\)/i.exec(locationText.value ?? '')?.[1];
      return sourced(normalizeWorkplace(inLocation), 'selector:location[workplace]');
    })(),
    salary: (() => {
      const labelled = pickText($, 'salary', sel.salary);
      if (labelled.value) return sourced(parseSalaryLabel(labelled.value), labelled.source);
      return fromPills(pills, (t) => (/[$€£₹¥]|\b(USD|EUR|GBP)\b/.test(t) ? parseSalaryLabel(t) : null));
    })(),
    postedText: (() => {
      const guest = pickText($, 'postedTime', sel.postedTime);
      if (guest.value) return guest;
      return sourced(meta.find((s) => /\bago\b/i.test(s)) ?? null, 'selector:metaLine[posted]');
    })(),
    descriptionNodes: description.nodes,
    descriptionSkip: description.skip,
    paneJobId: readPaneJobId($),
  };
}
