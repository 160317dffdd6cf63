import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { salaryInField } from '../extract/extract-facts';
import { none, sourced, type EmploymentType, type Salary, type Sourced, type Workplace } from '../posting';
import type { SiteProfile } from '../sites/site-profiles';
import { flatText } from './load-bounded';
import { cleanText, normalizeEmploymentType, normalizeWorkplace } from './normalize';
import { textContent } from 'domutils';
import { firstOf, pickText } from './pick';
import { elementsOf, isInside, selectFirstOf } from './query';

export interface SiteFields {
  title: Sourced<string>;
  company: Sourced<string>;
  location: Sourced<string>;
  employmentType: Sourced<EmploymentType>;
  workplace: Sourced<Workplace>;
  salary: Sourced<Salary>;
  descriptionNodes: AnyNode[];
}

/**
 * The pay a site's pay box states: Greenhouse's `<span>$165,000</span><span class="divider">—</span>
 * <span>$195,000 USD</span>`. Its figures are spans side by side: a divider left empty still
 * parts a range.
 */
function salaryOf($: CheerioAPI, name: string, selectors: readonly string[]): Sourced<Salary> {
  for (const [i, selector] of selectors.entries()) {
    for (const el of elementsOf($, selector)) {
      const text = flatText([el]).replace(/(\d)\s+(?=[$£€]|[A-Z]{3}\s*\d)/g, '$1 – ');
      const salary = salaryInField(text);
      if (salary) return sourced(salary, `selector:${name}.salary[${i}]`);
    }
  }
  return none();
}

/**
 * The description: every element the first selector with a match finds, outermost only, in
 * document order. A posting split into sections (Lever: the opening, then one section per list)
 * is all of them, not its first.
 */
function descriptionOf($: CheerioAPI, selectors: readonly string[]): AnyNode[] {
  for (const selector of selectors) {
    const found = elementsOf($, selector).filter((el) => cleanText(textContent(el)));
    const outer = found.filter((el) => !found.some((other) => other !== el && isInside(el, other)));
    if (outer.length) return outer;
  }
  return [];
}

/** Greenhouse's company line reads "at Kestrel Pay": the name without the "at". */
function withoutAt(found: Sourced<string>): Sourced<string> {
  return found.value ? sourced(found.value.replace(/^at\s+/i, ''), found.source) : found;
}

/** A value from a row of labels keeps no separator around it (Lever's "Austin, TX /"). */
function withoutSeparators(found: Sourced<string>): Sourced<string> {
  return found.value ? sourced(found.value.replace(/^[\s/|·•]+|[\s/|·•]+$/g, ''), found.source) : found;
}

/** Reads a career site's page with its profile's selectors, recording which gave each field. */
export function parseSite($: CheerioAPI, profile: SiteProfile, documentTitle: string): SiteFields {
  const name = profile.name;
  const companyFromTitle = profile.companyInTitle.map((re) => re.exec(documentTitle.trim())?.[1]).find(Boolean);
  const companyText = profile.companyInText
    ? profile.companyInText.pattern.exec(cleanText(selectFirstOf($, profile.companyInText.selector).text()) ?? '')?.[1]
    : undefined;
  const employment = pickText($, `${name}.employmentType`, profile.employmentType);
  const workplace = pickText($, `${name}.workplace`, profile.workplace ?? []);
  return {
    title: pickText($, `${name}.title`, profile.title),
    company: firstOf<string>(
      withoutAt(pickText($, `${name}.company`, profile.company)),
      sourced(cleanText(companyFromTitle), 'document-title'),
      sourced(cleanText(companyText), `selector:${name}.companyInText[0]`),
    ),
    location: withoutSeparators(pickText($, `${name}.location`, profile.location)),
    employmentType: employment.value ? sourced(normalizeEmploymentType(employment.value), employment.source) : none(),
    workplace: workplace.value ? sourced(normalizeWorkplace(workplace.value), workplace.source) : none(),
    salary: salaryOf($, name, profile.salary ?? []),
    descriptionNodes: descriptionOf($, profile.description),
  };
}
