import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import * as sel from '../linkedin/selectors';
import { jobIdFromAttribute } from '../linkedin/job-id';
import { none, sourced, type ParsedPosting, type Sourced } from '../posting';
import { cleanText, normalizeEmploymentType, normalizeSeniority, normalizeWorkplace, parseSalaryLabel } from './normalize';
import { firstOf, pickText } from './pick';
import { selectAllOf, selectFirstOf } from './query';

/** What LinkedIn's own markup says, field by field; text and JSON-LD strategies come elsewhere. */
export interface LinkedInFields
  extends Pick<ParsedPosting, 'title' | 'company' | 'location' | 'employmentType' | 'seniority' | 'workplace' | 'salary' | 'postedText'> {
  /** Description nodes with LinkedIn chrome removed; empty when no selector matched. */
  descriptionNodes: AnyNode[];
  paneJobId: string | null;
}

/** Guest criteria list: "Seniority level" → "Mid-Senior level", ... (labels may be localized). */
function readCriteria($: CheerioAPI): Map<string, string> {
  const criteria = new Map<string, string>();
  selectAllOf($, sel.criteriaItem).each((_, li) => {
    const label = cleanText($(li).find(sel.criteriaLabel).text());
    const value = cleanText($(li).find(sel.criteriaValue).text());
    if (label && value) criteria.set(label.toLowerCase(), value);
  });
  return criteria;
}

/** Pill texts under the top card, with the screen-reader duplicates dropped. */
function readPills($: CheerioAPI): Array<{ text: string; index: number }> {
  for (const [index, selector] of sel.pills.entries()) {
    const pills = selectAllOf($, selector)
      .toArray()
      .map((el) => {
        const copy = $(el).clone();
        copy.find('.visually-hidden, .a11y-text').remove();
        return cleanText(copy.text());
      })
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
    const text = cleanText(selectFirstOf($, selector).text());
    if (text) return text.split('·').map((s) => s.trim()).filter(Boolean);
  }
  return [];
}

function readPaneJobId($: CheerioAPI): string | null {
  for (const { selector, attribute } of sel.paneJobId) {
    const id = jobIdFromAttribute(selectFirstOf($, selector).attr(attribute));
    if (id) return id;
  }
  return null;
}

/** SDUI has no stable classes: the company is the first company link outside a component. */
function sduiCompany($: CheerioAPI): Sourced<string> {
  const link = selectAllOf($, sel.sduiCompanyLink)
    .toArray()
    .find((a) => $(a).closest(sel.sduiComponent).length === 0 && cleanText($(a).text()));
  return link ? sourced(cleanText($(link).text()), 'selector:sduiCompany[0]') : none();
}

/** SDUI: the leaf element whose text is exactly the title `document.title` names. */
function sduiTitle($: CheerioAPI, titleFromDocument: string | null): Sourced<string> {
  if (!titleFromDocument) return none();
  const match = selectAllOf($, sel.sduiTitleCandidates)
    .toArray()
    .find((el) => $(el).children().length === 0 && cleanText($(el).text()) === titleFromDocument);
  return match ? sourced(titleFromDocument, 'selector:sduiTitle[0]') : none();
}

/** SDUI: the first span of the `·` line outside components. */
function sduiLocation($: CheerioAPI): Sourced<string> {
  const line = selectAllOf($, sel.sduiMetaLine)
    .toArray()
    .find((el) => $(el).closest(sel.sduiComponent).length === 0 && $(el).children('span').toArray().some((s) => $(s).text().trim() === '·'));
  return line ? sourced(cleanText($(line).children('span').first().text()), 'selector:sduiMetaLine[0]') : none();
}

/**
 * Reads every field LinkedIn's markup offers, recording which selector gave each.
 * `titleFromDocument` is `document.title` part 1, which SDUI pages show as the title's text.
 */
export function parseLinkedIn($: CheerioAPI, titleFromDocument: string | null = null): LinkedInFields {
  const criteria = readCriteria($);
  const pills = readPills($);
  const meta = metaSegments($);

  let descriptionNodes: AnyNode[] = [];
  for (const selector of sel.description) {
    const found = selectFirstOf($, selector);
    if (found.length && cleanText(found.text())) {
      const copy = found.clone();
      for (const chrome of sel.descriptionChrome) copy.find(chrome).remove();
      if (selector === '#job-details') copy.children('h2').first().remove(); // "About the job"
      descriptionNodes = copy.toArray();
      break;
    }
  }

  const recruiter = cleanText(selectFirstOf($, sel.recruiterCompany).text());
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
    descriptionNodes,
    paneJobId: readPaneJobId($),
  };
}
